// SPDX-License-Identifier: GPL-3.0-or-later
// What a check-in or check-out did, once it is on disk: checked in (for what, since when, that
// station duty waits for a coordinator), or the time served this time in half-hour steps, the
// new total (with what is not yet sent to the central office), the star level and what the
// next star needs, and why a time was counted differently (past midnight, the kiosk's timer).
// The stars stand with the level in words, apart from this time's hours, so they never read
// as a rating of this visit. All of it spoken, hours said as words. Done ends the visit; a
// while untouched ends it through the Session's time-out and its warning, as on every page
// (doubled for speech and keypad visitors), so a long result is never cut short.
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

    title: desk.resultKind === "in" ? qsTr("You are checked in") : Pages.titles["checkout"]
    primaryAction: doneButton
    instruction: desk.resultKind === "" ? qsTr("Nothing was checked in or out yet. Go back to the volunteers' page.")
               : qsTr("Touch Done when you have read this.")

    Component.onCompleted: if (desk.resultSpeech.length > 0) Voice.say(desk.resultSpeech)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
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
            // The level: the stars with their words beside (never by colour or count alone).
            Rectangle {
                objectName: "levelBox"
                Layout.fillWidth: true
                visible: page.out
                implicitHeight: levelColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.5))
                border.color: Theme.border
                ColumnLayout {
                    id: levelColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.mm(1.5)
                    Row {
                        objectName: "stars"
                        spacing: Theme.mm(1)
                        // The words below say the level.
                        Accessible.ignored: true
                        Repeater {
                            model: 5
                            delegate: Icon {
                                required property int index
                                name: index < page.desk.stars ? "star" : "star_border"
                                size: Theme.fontTitle * 1.4
                                color: Theme.onSurface
                            }
                        }
                    }
                    Repeater {
                        model: page.desk.levelLines
                        delegate: Text {
                            required property string modelData
                            required property int index
                            objectName: "levelLine_" + index
                            Layout.fillWidth: true
                            text: modelData
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            font.bold: index === 0
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
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
                id: doneButton
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
