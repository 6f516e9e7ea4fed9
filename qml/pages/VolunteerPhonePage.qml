// SPDX-License-Identifier: GPL-3.0-or-later
// The phone number a coordinator calls a volunteer on, typed on the keypad and shown in its
// groups; needed to register (a coordinator calls about tasks), so there is no "No phone".
// The one phone rule says what is wrong with a number, in words.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerRegistration registration: Visit.registration

    title: Pages.titles["volunteer-phone"]
    primaryAction: page.wide ? besideAction : keypad.confirmButton
    instruction: qsTr("Type a mobile, or a landline with its area code, so a coordinator can call you about tasks. Then touch Next.")

    function type(key) {
        if (registration.appendDigit(key))
            Voice.sayTyped(key, true);
    }
    function next() {
        if (registration.phoneComplete)
            Navigator.open(registration.reviewed ? "volunteer-review" : "volunteer-consent");
        else
            Voice.say(registration.phone.length > 0 ? registration.phoneProblem
                                                    : qsTr("Please type your phone number. A coordinator needs it to reach you."));
    }

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            page.type(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            page.registration.removeLastDigit();
            event.accepted = true;
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && page.registration.phoneComplete) {
            // A whole number: Return goes on, wherever the focus is.
            page.next();
            event.accepted = true;
        }
    }

    // Landscape: Next sits under the number and the keypad keeps four rows, so Next stays on
    // screen at the largest text.
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
                border.color: page.registration.phone.length > 0 && !page.registration.phoneComplete ? Theme.danger : Theme.border
                Text {
                    id: typed
                    objectName: "typedPhone"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    height: parent.height - 2 * Theme.spacing
                    verticalAlignment: Text.AlignVCenter
                    // Never empty, so the box keeps its height before the first digit.
                    text: page.registration.phone.length > 0 ? page.registration.groupedPhone : " "
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                    horizontalAlignment: Text.AlignHCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Digits typed: %1").arg(page.registration.phone.length)
                }
            }
            Text {
                objectName: "phoneState"
                Layout.fillWidth: true
                text: page.registration.phoneComplete ? qsTr("A whole number. Touch Next.")
                                                      : page.registration.phone.length > 0 ? page.registration.phoneProblem
                                                                                           : qsTr("No number typed yet.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            KioskButton {
                id: besideAction
                objectName: page.wide ? "key_confirm" : "nextBeside"
                visible: page.wide
                Layout.fillWidth: true
                text: qsTr("Next")
                icon: "check"
                enabled: page.registration.phoneComplete
                fill: Theme.success
                ink: Theme.onSuccess
                onActivated: if (enabled) page.next()
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
            confirmEnabled: page.registration.phoneComplete
            // The rows of keys share what the number leaves (beside it, or under it in portrait).
            readonly property int rows: confirmShown ? 5 : 4
            keyHeight: Math.max(Theme.targetSize,
                                (layout.height - (layout.columns === 1 ? typedColumn.implicitHeight + layout.rowSpacing : 0)
                                 - (rows - 1) * Theme.spacing) / rows - 1)
            onKeyPressed: key => page.type(key)
            onDeleteRequested: page.registration.removeLastDigit()
            onConfirmRequested: page.next()
        }
    }
}
