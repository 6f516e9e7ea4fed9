// SPDX-License-Identifier: GPL-3.0-or-later
// The phone number for a home assessment or fee waiver request, typed on the keypad; the
// review step that follows shows it grouped before anything is sent.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    /// This visit's request, which the review and confirmation pages show afterwards.
    readonly property AssessmentRequest request: Visit.assessment

    title: page.request.kind === "fee_waiver" ? qsTr("Ask not to pay the assessment fee")
                                         : qsTr("Ask for an assessment at home")
    instruction: qsTr("Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange it. Then touch Next.")

    function type(key) {
        if (page.request.append(key))
            Voice.sayTyped(key, true);
    }
    function next() {
        if (page.request.phoneComplete)
            Navigator.open("phone-review");
        else
            Voice.say(page.request.problemText);
    }

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            page.type(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            page.request.removeLast();
            event.accepted = true;
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && page.request.phoneComplete) {
            // A whole number: Return goes on, wherever the focus is.
            page.next();
            event.accepted = true;
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: page.width > page.height ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        ColumnLayout {
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
                border.color: page.request.errorText.length > 0 ? Theme.danger : Theme.border
                Text {
                    id: typed
                    objectName: "typedPhone"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    text: page.request.groupedPhone
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                    horizontalAlignment: Text.AlignHCenter
                    // The whole number on one line: shrinks to fit rather than wrapping.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%n digit(s) typed", "", page.request.phone.length)
                }
            }
            Text {
                Layout.fillWidth: true
                text: page.request.phoneComplete ? qsTr("A whole number. Touch Next to check it.")
                                                 : qsTr("%n digit(s) typed", "", page.request.phone.length)
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "requestError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.request.errorText
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        NumberKeypad {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            focus: true
            confirmText: qsTr("Next")
            confirmEnabled: page.request.phoneComplete
            keyHeight: Math.max(Theme.targetSize, (page.height - 200) / 8)
            onKeyPressed: key => page.type(key)
            onDeleteRequested: page.request.removeLast()
            onConfirmRequested: page.next()
        }
    }
}
