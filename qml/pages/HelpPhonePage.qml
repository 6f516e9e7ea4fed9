// SPDX-License-Identifier: GPL-3.0-or-later
// A phone number the coordinator can call about the help, typed on the keypad and shown in its
// groups; optional: "No phone" goes on without one.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property HelpRequest help: Visit.help
    /// A landscape screen: Next beside the keypad, so four rows of keys fit at the largest text.
    readonly property bool wide: page.width > page.height

    title: Pages.titles["help-phone"]
    primaryAction: page.wide ? besideNext : keypad.confirmButton
    instruction: qsTr("Type a mobile, or a landline with its area code, so a coordinator can call you. Then touch Next. No phone? Touch \"No phone\".")

    function type(key) {
        if (help.appendDigit(key))
            Voice.sayTyped(key, true);
    }
    function onwards() {
        Navigator.open(help.reviewed ? "help-review" : "help-note");
    }
    function next() {
        if (help.phoneComplete)
            onwards();
        else
            Voice.say(help.phone.length > 0 ? help.phoneProblem : qsTr("Please type a phone number, or touch \"No phone\"."));
    }
    function skip() {
        help.clearPhone();
        onwards();
    }

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            page.type(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            page.help.removeLastDigit();
            event.accepted = true;
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && page.help.phoneComplete) {
            // A whole number: Return goes on, wherever the focus is.
            page.next();
            event.accepted = true;
        }
    }

    GridLayout {
        id: layout
        anchors.fill: parent
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        ColumnLayout {
            id: typedColumn
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: typed.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: page.help.errorText.length > 0 ? Theme.danger : Theme.border
                Text {
                    id: typed
                    objectName: "typedPhone"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    // Never empty, so the box keeps its height before the first digit.
                    text: page.help.phone.length > 0 ? page.help.groupedPhone : " "
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                    horizontalAlignment: Text.AlignHCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%n digit(s) typed", "", page.help.phone.length)
                }
            }
            Text {
                objectName: "phoneState"
                Layout.fillWidth: true
                text: page.help.phoneComplete ? qsTr("A whole number. Touch Next.")
                                              : page.help.phone.length > 0 ? page.help.phoneProblem
                                                                           : qsTr("No number typed yet.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            KioskButton {
                id: besideNext
                // The keypad's Page Down and the tests press the page's "key_confirm".
                objectName: page.wide ? "key_confirm" : "nextBeside"
                visible: page.wide
                Layout.fillWidth: true
                text: qsTr("Next")
                icon: "arrow_forward"
                fontSize: Theme.fontTitle
                enabled: page.help.phoneComplete
                fill: Theme.success
                ink: Theme.onSuccess
                onActivated: if (enabled) page.next()
            }
            KioskButton {
                objectName: "skipPhone"
                Layout.fillWidth: true
                text: qsTr("No phone")
                icon: "phone_disabled"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: page.skip()
            }
        }

        NumberKeypad {
            id: keypad
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            focus: true
            confirmShown: !page.wide
            confirmText: qsTr("Next")
            confirmEnabled: page.help.phoneComplete
            entryWhole: page.help.phoneComplete
            // The rows of keys share what the number leaves (beside it, or under it in portrait).
            readonly property int rows: confirmShown ? 5 : 4
            keyHeight: Math.max(Theme.targetSize,
                                (layout.height - (layout.columns === 1 ? typedColumn.implicitHeight + layout.rowSpacing : 0)
                                 - (rows - 1) * Theme.spacing) / rows - 1)
            onEntryCompleted: if (!confirmShown) besideNext.forceActiveFocus()
            onKeyPressed: key => page.type(key)
            onDeleteRequested: page.help.removeLastDigit()
            onConfirmRequested: page.next()
        }
    }
}
