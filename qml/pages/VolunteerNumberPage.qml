// SPDX-License-Identifier: GPL-3.0-or-later
// Typing a volunteer number on the keypad: its digits only ("123" finds TJ-V-000123), shown
// large. Confirm finds the volunteer and goes back to the volunteers' desk; a number no one
// has is said in plain words. Return on a whole number (six digits) confirms, wherever the
// focus is, so a keypad user never types a seventh digit by mistake.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerDesk desk: Visit.volunteers

    title: Pages.titles["volunteer-number"]
    primaryAction: page.wide ? besideAction : keypad.confirmButton
    // The example number keeps its line: its hyphens do not break (U+2011).
    instruction: qsTr("Type the digits of your volunteer number, for example %1 for %2. Then touch Confirm.")
                 .arg("123").arg("TJ\u2011V\u2011000123")

    function type(key) {
        if (desk.appendDigit(key))
            Voice.sayTyped(key, true);
    }
    function confirm() {
        if (desk.typedNumber.length === 0) {
            Voice.say(qsTr("Please type the digits of your volunteer number."));
            return;
        }
        if (desk.fromVolunteerNumber())
            Navigator.finishStep(["volunteer-number"], "checkin");
        else
            Voice.say(desk.message);
    }

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            page.type(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            page.desk.removeLastDigit();
            event.accepted = true;
        }
    }
    // A whole number: Return confirms before the focused key could take it as a digit.
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: page.visible && page.desk.typedComplete
        onActivated: page.confirm()
    }

    readonly property bool wide: page.width > page.height

    GridLayout {
        id: layout
        anchors.fill: parent
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        ColumnLayout {
            id: typedColumn
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: typed.contentHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: page.desk.message.length > 0 ? Theme.danger : Theme.border
                Text {
                    id: typed
                    objectName: "typedVolunteerNumber"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    height: parent.height - 2 * Theme.spacing
                    verticalAlignment: Text.AlignVCenter
                    // Never empty, so the box keeps its height before the first digit.
                    text: page.desk.typedNumber.length > 0 ? page.desk.typedNumber : " "
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                    horizontalAlignment: Text.AlignHCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%n digit(s) typed", "", page.desk.typedNumber.length)
                }
            }
            Text {
                objectName: "volunteerNumberState"
                Layout.fillWidth: true
                text: page.desk.message.length > 0 ? page.desk.message
                      : page.desk.typedComplete ? qsTr("A whole number. Touch Confirm.")
                      : page.desk.typedNumber.length > 0 ? qsTr("Touch Confirm when all digits are typed.")
                      : qsTr("No digit typed yet.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: page.desk.message.length > 0
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            KioskButton {
                id: besideAction
                objectName: page.wide ? "key_confirm" : "confirmBeside"
                visible: page.wide
                Layout.fillWidth: true
                text: qsTr("Confirm")
                icon: "check"
                enabled: page.desk.typedNumber.length > 0
                fill: Theme.success
                ink: Theme.onSuccess
                onActivated: if (enabled) page.confirm()
            }
        }

        NumberKeypad {
            id: keypad
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            Layout.alignment: Qt.AlignTop
            focus: true
            confirmShown: !page.wide
            confirmEnabled: page.desk.typedNumber.length > 0
            readonly property int rows: confirmShown ? 5 : 4
            keyHeight: Math.max(Theme.targetSize,
                                (layout.height - (layout.columns === 1 ? typedColumn.implicitHeight + layout.rowSpacing : 0)
                                 - (rows - 1) * Theme.spacing) / rows - 1)
            onKeyPressed: key => page.type(key)
            onDeleteRequested: page.desk.removeLastDigit()
            onConfirmRequested: page.confirm()
        }
    }
}
