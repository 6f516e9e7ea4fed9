// SPDX-License-Identifier: GPL-3.0-or-later
// Typing the ID number on a big keypad: the number shown in groups of 6-8-4, each key
// confirmed in speech ("digit entered" on the public speaker), the check character verified
// as soon as all 18 characters are in.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    title: qsTr("Type your ID number")
    instruction: qsTr("Type the 18 characters of your ID card. The last one can be X. Then touch Confirm.")
    primaryAction: keypad.confirmButton

    IdNumberEntry {
        id: entry
        objectName: "idNumberEntry"
        onProblemChanged: if (problem.length > 0) Voice.say(problem)
    }

    function type(key) {
        if (entry.append(key))
            Voice.sayTyped(key, true);
    }
    /// A whole number the check refused: Confirm turns into "What is wrong?", which says why
    /// and takes the focus to Delete, where the number is mended (never a green key that does
    /// nothing).
    readonly property bool refused: entry.problem.length > 0
    function confirm() {
        if (entry.confirm()) {
            Navigator.identified();
            return;
        }
        Voice.say(entry.problem);
        keypad.focusKey("delete");
    }

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            page.type(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_X) {
            page.type("X");
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            entry.removeLast();
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
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
            spacing: Theme.spacing
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: typed.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: entry.problem.length > 0 ? Theme.danger : Theme.border
                Text {
                    id: typed
                    objectName: "typedNumber"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    text: entry.grouped
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                    horizontalAlignment: Text.AlignHCenter
                    // The whole number on one line: shrinks to fit rather than wrapping.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%n of 18 characters typed", "", entry.length)
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("%n of 18 characters typed", "", entry.length)
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Rectangle {
                Layout.fillWidth: true
                visible: entry.problem.length > 0
                implicitHeight: problemRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.danger
                Row {
                    id: problemRow
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    Icon { name: "error"; color: Theme.onDanger; size: Theme.fontTitle }
                    Text {
                        objectName: "idProblem"
                        width: parent.width - Theme.fontTitle - Theme.spacing
                        text: entry.problem
                        color: Theme.onDanger
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
        }

        NumberKeypad {
            id: keypad
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            focus: true
            extraKey: "X"
            extraEnabled: entry.length === 17
            confirmEnabled: entry.length === 18 || entry.length === 15
            confirmText: page.refused ? qsTr("What is wrong?") : qsTranslate("NumberKeypad", "Confirm")
            confirmIcon: page.refused ? "error" : "check"
            confirmFill: page.refused ? Theme.danger : Theme.success
            confirmInk: page.refused ? Theme.onDanger : Theme.onSuccess
            // Only at 18: an old 15-digit number may be the start of a new one still being typed.
            entryWhole: entry.length === 18
            keyHeight: Math.max(Theme.targetSize, (page.height - 200) / 8)
            onKeyPressed: key => page.type(key)
            onDeleteRequested: entry.removeLast()
            onConfirmRequested: page.confirm()
        }
    }
}
