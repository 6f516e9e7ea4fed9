// SPDX-License-Identifier: GPL-3.0-or-later
// The one button every screen uses: a pictogram and a word, at least 15 mm, reachable by touch
// and by keys, with an accessible name and a thick focus ring.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: button

    property string text
    property string icon
    property string description
    property color fill: Theme.primary
    property color ink: Theme.onPrimary
    property int fontSize: Theme.fontBody
    property bool vertical: false

    signal activated

    // Sized from the word's natural (unwrapped) width, never from the laid-out text, so the
    // width cannot feed back into itself; a narrower button made by a layout wraps the word.
    readonly property int pictogramRoom: icon.length > 0 && !vertical ? pictogram.size + content.spacing : 0
    readonly property real wordWidth: Math.ceil(naturalWord.advanceWidth) + 2
    implicitWidth: Math.max(Theme.targetSize, (vertical ? Math.max(wordWidth, pictogram.size) : wordWidth + pictogramRoom)
                                              + 2 * Theme.spacing)

    TextMetrics {
        id: naturalWord
        font: label.font
        text: button.text
    }
    implicitHeight: Math.max(Theme.targetSize, content.implicitHeight + Theme.spacing)
    radius: Theme.radius
    color: pressArea.pressed ? Qt.darker(fill, 1.15) : fill
    border.width: Math.max(2, Theme.mm(0.5))
    border.color: Theme.border
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: description
    Accessible.focusable: true
    Accessible.onPressAction: activated()

    // Name, role and state of the control the keypad (or a touch) brought focus to.
    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "button", enabled ? "" : "unavailable", Accessible.description)

    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onSpacePressed: activated()

    // A row (or a column) of pictogram and word; the word wraps rather than leaving the button.
    Grid {
        id: content
        anchors.centerIn: parent
        columns: button.vertical ? 1 : 2
        spacing: Theme.mm(2)
        horizontalItemAlignment: Grid.AlignHCenter
        verticalItemAlignment: Grid.AlignVCenter

        Icon {
            id: pictogram
            name: button.icon
            visible: button.icon.length > 0
            color: button.ink
            size: Math.round(button.fontSize * 1.3)
        }
        Text {
            id: label
            readonly property real room: button.width - 2 * Theme.spacing - button.pictogramRoom
            text: button.text
            color: button.ink
            font.pixelSize: button.fontSize
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            width: Math.min(button.wordWidth, room)
            Accessible.ignored: true
        }
    }

    MouseArea {
        id: pressArea
        anchors.fill: parent
        onClicked: {
            button.forceActiveFocus();
            button.activated();
        }
    }

    FocusRing {}
}
