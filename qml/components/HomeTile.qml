// SPDX-License-Identifier: GPL-3.0-or-later
// One of the home screen's five big choices: a pictogram, a two-line label and a colour band
// of its own (colour never alone: the icon and the words say the same).
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: tile

    property string title
    property string subtitle
    property string icon
    property int band: 0
    /// The pictogram's size; a page of fewer, bigger tiles passes a larger one.
    property int iconSize: Theme.iconSize

    signal activated

    radius: Theme.radius
    color: Theme.surface
    border.width: Math.max(2, Theme.mm(0.5))
    border.color: Theme.border
    activeFocusOnTab: true
    clip: false

    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: subtitle
    Accessible.focusable: true
    Accessible.onPressAction: activated()

    // Name, role and state of the control the keypad (or a touch) brought focus to.
    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "button", enabled ? "" : "unavailable", Accessible.description)

    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onSpacePressed: activated()

    // The band and its pictogram take what the words leave; the tile is never shorter than a
    // small band plus all of its words, so large text makes the page scroll, never overlap.
    implicitHeight: symbol.size + Theme.spacing + words.implicitHeight + 3 * Theme.spacing

    Rectangle {
        id: stripe
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: tile.height - words.implicitHeight - 3 * Theme.spacing
        radius: Theme.radius
        color: Theme.bands[Math.min(tile.band, Theme.bands.length - 1)]
        Icon {
            id: symbol
            anchors.centerIn: parent
            name: tile.icon
            color: Theme.onBand
            size: tile.iconSize
        }
    }

    Column {
        id: words
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        anchors.margins: Theme.spacing
        spacing: Theme.mm(1)
        Text {
            width: parent.width
            text: tile.title
            color: Theme.onSurface
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
        Text {
            width: parent.width
            text: tile.subtitle
            color: Theme.onSurface
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: {
            tile.forceActiveFocus();
            tile.activated();
        }
    }

    FocusRing {}
}
