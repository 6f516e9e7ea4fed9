// SPDX-License-Identifier: GPL-3.0-or-later
// A phone number typed on the keypad: the number in its groups in a large box, a line saying
// whether it is whole (or what is wrong with it), the model's error, and the keypad with Next.
// The pages that ask for a phone (a home assessment or fee waiver, a certificate procedure)
// share it, so the number is typed, shown and checked alike. Digits and Delete from a keyboard
// work wherever the focus is inside it; once the number is whole the focus moves from the key
// to Next, so Return goes on.
//
// Landscape: Next sits at the foot of the number's column and the keypad keeps four rows, so
// Next and every key stay on screen at the largest text (five rows of keys do not fit a
// 1080-high screen); the words beside the keys shrink a little instead, never cut.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility

FocusScope {
    id: entry

    /// The digits typed so far, and the same in their groups ("138 1234 5678").
    property string digits
    property string grouped
    /// A whole number.
    property bool complete: false
    /// What is wrong with the digits typed so far, in plain words.
    property string problem
    /// What the model refused (shown in bold under the state line).
    property string errorText
    property string nextText: qsTr("Next")
    /// Next can be pressed: by default only with a whole number; a page that explains a wrong
    /// number when Next is pressed enables it as soon as something is typed.
    property bool nextEnabled: complete
    property string completeText: qsTr("A whole number. Touch Next to check it.")
    /// Under the state line in the number's column (e.g. "No phone").
    default property alias below: typedColumn.data

    signal digitTyped(string key)
    signal deleteRequested
    signal nextRequested

    /// A landscape screen: the number and Next beside the keypad. By the window, not by this
    /// item: in portrait the room under a long title can be wider than high, and the keys
    /// beside the number would be too narrow for "Delete".
    readonly property bool wide: Window.width > Window.height
    /// Next, beside the keypad or as its last key: the page's primary action.
    readonly property Item nextControl: wide ? nextBeside : keypad.confirmButton
    /// The least height the number and the keys need (keys no shorter than a touch target or
    /// their words): a low-reach page measures its content by it and never pushes the keys
    /// below the screen. From sizes alone, not from the laid-out keys, which follow the height.
    readonly property real leastKeyHeight: Math.max(Theme.targetSize, Math.ceil(Theme.fontTitle * 1.4) + Theme.spacing)
    implicitHeight: wide ? 4 * leastKeyHeight + 3 * Theme.spacing
                         : typedColumn.implicitHeight + Theme.spacing + 5 * leastKeyHeight + 4 * Theme.spacing

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            entry.digitTyped(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            entry.deleteRequested();
            event.accepted = true;
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && entry.nextEnabled) {
            // Return reaches here when the focused control did not take it.
            entry.nextRequested();
            event.accepted = true;
        }
    }

    GridLayout {
        id: layout
        anchors.fill: parent
        columns: entry.wide ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        ColumnLayout {
            id: typedColumn
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.alignment: Qt.AlignTop
            // Beside the keypad: the whole height, Next at its foot; the words between shrink
            // a little at the largest text (never cut) so Next and the keys stay on screen.
            Layout.fillHeight: entry.wide
            Layout.maximumHeight: layout.height
            spacing: Theme.spacing
            Rectangle {
                Layout.fillWidth: true
                // The height of the digits as fitted to the box, not of the unfitted font.
                implicitHeight: typed.contentHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: entry.errorText.length > 0 ? Theme.danger : Theme.border
                Text {
                    id: typed
                    objectName: "typedPhone"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    height: parent.height - 2 * Theme.spacing
                    verticalAlignment: Text.AlignVCenter
                    // Never empty, so the box keeps its height before the first digit.
                    text: entry.digits.length > 0 ? entry.grouped : " "
                    color: Theme.onSurface
                    // Smaller beside the keypad, so the words under it have room to the end.
                    font.pixelSize: entry.wide ? Math.round(Theme.fontBody * 1.8) : Theme.fontHuge
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                    horizontalAlignment: Text.AlignHCenter
                    // The whole number on one line: shrinks to fit rather than wrapping.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%n digit(s) typed", "", entry.digits.length)
                }
            }
            Text {
                objectName: "phoneState"
                Layout.fillWidth: true
                Layout.fillHeight: entry.wide
                Layout.minimumHeight: font.pixelSize * 1.3
                Layout.alignment: Qt.AlignTop
                verticalAlignment: Text.AlignTop
                text: entry.complete ? entry.completeText
                                     : entry.digits.length > 0 ? entry.problem : qsTr("No number typed yet.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                // Never cut ("..." hides the words from a visitor who cannot hear them): beside
                // the keypad at the largest text the words shrink a little to fit instead.
                fontSizeMode: entry.wide ? Text.Fit : Text.FixedSize
                minimumPixelSize: Theme.fontSmall
            }
            Text {
                objectName: "requestError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: entry.errorText
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            KioskButton {
                id: nextBeside
                objectName: entry.wide ? "key_confirm" : ""
                visible: entry.wide
                Layout.fillWidth: true
                text: entry.nextText
                icon: "arrow_forward"
                fontSize: Theme.fontTitle
                enabled: entry.nextEnabled
                fill: Theme.success
                ink: Theme.onSuccess
                onActivated: if (enabled) entry.nextRequested()
            }
        }

        NumberKeypad {
            id: keypad
            Layout.fillWidth: true
            // Wider than the number in landscape, so "Delete" fits its key on one line.
            Layout.preferredWidth: 3
            Layout.alignment: Qt.AlignTop
            focus: true
            confirmShown: !entry.wide
            confirmText: entry.nextText
            confirmIcon: "arrow_forward"
            confirmEnabled: entry.nextEnabled
            entryWhole: entry.complete
            // Tall keys (portrait): words in proportion, not body size in a 45 mm key.
            keyFontSize: Math.round(Math.min(Theme.fontHuge, Math.max(Theme.fontTitle, keyHeight * 0.4)))
            // The rows of keys share what the number leaves (beside it, or under it in portrait).
            readonly property int rows: confirmShown ? 5 : 4
            keyHeight: Math.max(Theme.targetSize,
                                (layout.height - (layout.columns === 1 ? typedColumn.implicitHeight + layout.rowSpacing : 0)
                                 - (rows - 1) * Theme.spacing) / rows - 1)
            onKeyPressed: key => entry.digitTyped(key)
            onDeleteRequested: entry.deleteRequested()
            onConfirmRequested: entry.nextRequested()
            onEntryCompleted: if (!confirmShown) nextBeside.forceActiveFocus()
        }
    }
}
