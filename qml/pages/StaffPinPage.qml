// SPDX-License-Identifier: GPL-3.0-or-later
// The staff PIN, typed on the keypad and shown as dots. Never spoken: the window puts the
// announcer into staff mode before this page opens.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    property string pin
    property bool wrong: false


    title: qsTr("Staff mode")
    instruction: qsTr("For station staff. Type the staff PIN, then touch Confirm.")
    primaryAction: keypad.confirmButton

    function tryPin() {
        if (StaffMode.unlock(pin)) {
            pin = "";
            Navigator.finishStep(["staffpin"], "staff");
        } else {
            pin = "";
            wrong = true;
        }
    }

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && pin.length < 8) {
            pin += String(event.key - Qt.Key_0);
            wrong = false;
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            pin = pin.slice(0, -1);
            event.accepted = true;
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: page.width > page.height ? 2 : 1
        columnSpacing: Theme.spacing * 2
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            Text {
                objectName: "pinDots"
                Layout.fillWidth: true
                text: page.pin.replace(/./g, "● ")
                color: Theme.onBackground
                font.pixelSize: Theme.fontHuge
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "pinProblem"
                Layout.fillWidth: true
                visible: page.wrong || StaffMode.lockedOut || !StaffMode.available
                text: !StaffMode.available ? qsTr("Staff mode is not set up at this kiosk.")
                      : StaffMode.lockedOut ? qsTr("Too many wrong PINs. Wait a minute and try again.")
                      : qsTr("That PIN is not right. Try again.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
        NumberKeypad {
            id: keypad
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            focus: true
            confirmEnabled: page.pin.length >= 4
            onKeyPressed: key => { if (page.pin.length < 8) { page.pin += key; page.wrong = false; } }
            onDeleteRequested: page.pin = page.pin.slice(0, -1)
            onConfirmRequested: page.tryPin()
        }
    }
}
