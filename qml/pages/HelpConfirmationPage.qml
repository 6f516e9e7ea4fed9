// SPDX-License-Identifier: GPL-3.0-or-later
// The help request is saved: the code huge and spoken character by character, what happens
// next, "My requests" to follow it, and Done, which ends the visit. Ends it by itself after a
// while.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property HelpRequest help: Visit.help
    readonly property string code: help.code
    property int homeAfterSeconds: 60
    readonly property string nextText: help.maskedPhone.length > 0
        ? qsTr("A coordinator will call you on %1 within one working day to arrange a volunteer.").arg(help.maskedPhone)
        : qsTr("A coordinator will look for a volunteer within one working day. Come back and open \"My requests\" to see who comes and when.")

    title: Pages.titles["help-confirmation"]
    primaryAction: doneButton
    instruction: qsTr("Remember this code. The coordinator will ask for it.")
    backEnabled: false

    Component.onCompleted: {
        Voice.say(page.nextText);
        Voice.sayCode(code);
    }

    Timer {
        interval: page.homeAfterSeconds * 1000
        running: true
        onTriggered: Visit.finish()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Theme.mm(22)
                implicitHeight: implicitWidth
                radius: width / 2
                color: Theme.success
                Icon {
                    anchors.centerIn: parent
                    name: "check"
                    size: parent.width * 0.8
                    color: Theme.onSuccess
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Your code")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
            }
            ConfirmationCode {
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: scroller.columnWidth
                code: page.code
            }
            Text {
                objectName: "whatHappensNext"
                Layout.fillWidth: true
                text: page.nextText
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2 // one row, so the content keeps the room at every text size
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            KioskButton {
                objectName: "openMyRequests"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("My requests")
                icon: "list_alt"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: Navigator.open("my-requests")
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
