// SPDX-License-Identifier: GPL-3.0-or-later
// A phone number the station can call if the booked time changes, typed on the keypad and shown
// in its groups; optional: "No phone" goes on without one.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property BookingFlow booking: Visit.booking

    title: Pages.titles["book-phone"]
    primaryAction: page.wide ? besideAction : keypad.confirmButton
    instruction: qsTr("Type a phone number so the station can call you if the time changes. Then touch Next, or \"No phone\".")

    function type(key) {
        if (booking.appendDigit(key))
            Voice.sayTyped(key, true);
    }
    function onwards() {
        Navigator.open("book-review");
    }
    function next() {
        if (booking.phoneComplete)
            onwards();
        else
            Voice.say(booking.phone.length > 0 ? booking.phoneProblem : qsTr("Please type a phone number, or touch \"No phone\"."));
    }
    function skip() {
        booking.clearPhone();
        onwards();
    }

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            page.type(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            page.booking.removeLastDigit();
            event.accepted = true;
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && page.booking.phoneComplete) {
            // A whole number: Return goes on, wherever the focus is.
            page.next();
            event.accepted = true;
        }
    }

    // Landscape: Next sits under the number and the keypad keeps four rows, so Next stays on
    // screen at the largest text (five rows of keys did not fit a 1080-high screen).
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
                // The height of the digits as fitted to the box, not of the unfitted font.
                implicitHeight: typed.contentHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: page.booking.errorText.length > 0 ? Theme.danger : Theme.border
                Text {
                    id: typed
                    objectName: "typedPhone"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    height: parent.height - 2 * Theme.spacing
                    verticalAlignment: Text.AlignVCenter
                    // Never empty, so the box keeps its height before the first digit.
                    text: page.booking.phone.length > 0 ? page.booking.groupedPhone : " "
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                    horizontalAlignment: Text.AlignHCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%n digit(s) typed", "", page.booking.phone.length)
                }
            }
            Text {
                objectName: "phoneState"
                Layout.fillWidth: true
                text: page.booking.phoneComplete ? qsTr("A whole number. Touch Next.")
                                              : page.booking.phone.length > 0 ? page.booking.phoneProblem
                                                                           : qsTr("No number typed yet.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            KioskButton {
                id: besideAction
                objectName: page.wide ? "key_confirm" : "nextBeside"
                visible: page.wide
                Layout.fillWidth: true
                text: qsTr("Next")
                icon: "check"
                enabled: page.booking.phoneComplete
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
            // Wider than the number in landscape, so "Delete" fits its key on one line.
            Layout.preferredWidth: 3
            Layout.alignment: Qt.AlignTop
            focus: true
            confirmShown: !page.wide
            confirmText: qsTr("Next")
            confirmEnabled: page.booking.phoneComplete
            // The rows of keys share what the number leaves (beside it, or under it in portrait).
            readonly property int rows: confirmShown ? 5 : 4
            keyHeight: Math.max(Theme.targetSize,
                                (layout.height - (layout.columns === 1 ? typedColumn.implicitHeight + layout.rowSpacing : 0)
                                 - (rows - 1) * Theme.spacing) / rows - 1)
            onKeyPressed: key => page.type(key)
            onDeleteRequested: page.booking.removeLastDigit()
            onConfirmRequested: page.next()
        }
    }
}
