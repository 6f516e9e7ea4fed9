// SPDX-License-Identifier: GPL-3.0-or-later
// What a check-in or check-out did, once it is on disk: checked in (for what, since when, that
// station duty waits for a coordinator), or the time served this time in half-hour steps, the
// new total (with what is not yet sent to the central office), the star level and what the
// next star needs, and why a time was counted differently (past midnight, the kiosk's timer).
// All of it spoken, hours said as words. Done ends the visit, and so does a while untouched.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerDesk desk: Visit.volunteers
    readonly property bool out: desk.resultKind === "out"
    property int homeAfterSeconds: 60

    title: desk.resultKind === "in" ? qsTr("You are checked in") : Pages.titles["checkout"]
    instruction: desk.resultKind === "" ? qsTr("Nothing was checked in or out yet. Go back to the volunteers' page.")
               : qsTr("Touch Done when you have read this.")

    Component.onCompleted: if (desk.resultSpeech.length > 0) Voice.say(desk.resultSpeech)

    Timer {
        interval: page.homeAfterSeconds * 1000
        running: page.desk.resultKind.length > 0
        onTriggered: Visit.finish()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            Layout.fillWidth: true
            Layout.fillHeight: true

            RowLayout {
                Layout.fillWidth: true
                visible: page.desk.resultKind.length > 0
                spacing: Theme.spacing * 2
                Icon {
                    Layout.preferredWidth: size
                    Layout.preferredHeight: size
                    Layout.alignment: Qt.AlignTop
                    name: page.out ? "task_alt" : "how_to_reg"
                    size: Theme.mm(20)
                    color: Theme.success
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.mm(1)
                    visible: page.out
                    Text {
                        Layout.fillWidth: true
                        text: page.desk.stationDuty ? qsTr("Station duty this time") : qsTr("This time")
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "servedHours"
                        Layout.fillWidth: true
                        text: page.desk.served
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("This time: %1").arg(text)
                    }
                }
            }
            // The star level as stars and in words (never by colour alone).
            Row {
                objectName: "stars"
                visible: page.out
                spacing: Theme.mm(1)
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%n star(s) of 5", "", page.desk.stars)
                Repeater {
                    model: 5
                    delegate: Icon {
                        required property int index
                        name: index < page.desk.stars ? "star" : "star_border"
                        size: Theme.fontTitle * 1.4
                        color: Theme.onBackground
                    }
                }
            }
            Repeater {
                model: page.desk.resultLines
                delegate: Text {
                    required property string modelData
                    required property int index
                    objectName: "resultLine_" + index
                    Layout.fillWidth: true
                    text: modelData
                    color: Theme.onBackground
                    // After a check-out the hours above are the headline; a check-in's first line is.
                    font.pixelSize: index === 0 && !page.out ? Theme.fontTitle : Theme.fontBody
                    font.bold: index === 0
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            // Side by side on a wide screen at any text size: the result keeps the height.
            columns: page.width > page.height ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            KioskButton {
                objectName: "hoursButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: page.desk.resultKind.length > 0
                text: qsTr("My hours")
                icon: "hourglass_bottom"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: Navigator.open("volunteer-hours")
            }
            KioskButton {
                objectName: "doneButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Done")
                icon: "done"
                fontSize: Theme.fontTitle
                focus: true
                onActivated: Visit.finish()
            }
        }
    }
}
