// SPDX-License-Identifier: GPL-3.0-or-later
// One skill a volunteer may offer: a large pictogram (at least 18 mm, like the services'
// tiles) with its name under it, and a tick box that says chosen or not without colour. Any
// number may be chosen; the state is said with the name when the focus comes to it and when it
// is touched.
import QtQuick
import Kiosk.Accessibility
import Kiosk

Rectangle {
    id: choice

    property string text
    property string icon
    property bool selected: false

    signal activated

    readonly property color ink: selected ? Theme.onPrimary : Theme.onSurface
    // About 15 mm of ink at the least (a Material pictogram fills about 0.84 of its size),
    // growing with the text.
    readonly property int pictogramSize: Math.round(Math.max(Theme.mm(18), Theme.iconSize * 1.3))
    readonly property int markSize: Math.round(Theme.fontBody * 1.4)
    readonly property string stateKey: selected ? "checked" : "unchecked"

    implicitWidth: Math.max(Theme.targetSize, Math.ceil(naturalWord.advanceWidth) + 2 * Theme.spacing, pictogramSize + 2 * markSize + 2 * Theme.spacing)
    implicitHeight: Math.max(Theme.targetSize, column.implicitHeight + 2 * Theme.spacing)
    radius: Theme.radius
    color: selected ? Theme.primary : (pressArea.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface)
    border.width: selected ? Math.max(4, Theme.mm(1)) : Math.max(2, Theme.mm(0.5))
    border.color: Theme.border
    activeFocusOnTab: true

    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: selected
    Accessible.focusable: true
    Accessible.onPressAction: activated()
    Accessible.onToggleAction: activated()

    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "checkbox", stateKey, "")
    // The new state is said once the model has changed it.
    onSelectedChanged: if (activeFocus) Announcer.focused(Accessible.name, "checkbox", selected ? "checked" : "unchecked", "")

    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onSpacePressed: activated()

    TextMetrics {
        id: naturalWord
        font.pixelSize: Theme.fontBody
        font.bold: true
        // The longest word: a name may wrap between words, never inside one.
        text: choice.text.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "")
    }

    // The tick box in the corner, so the pictogram keeps the middle.
    Icon {
        x: Theme.spacing / 2
        y: Theme.spacing / 2
        name: choice.selected ? "check_box" : "check_box_outline_blank"
        size: choice.markSize
        color: choice.ink
    }

    Column {
        id: column
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.mm(1)
        Icon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: choice.icon
            size: choice.pictogramSize
            color: choice.ink
        }
        Text {
            width: parent.width
            text: choice.text
            color: choice.ink
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
    }

    MouseArea {
        id: pressArea
        anchors.fill: parent
        onClicked: {
            choice.forceActiveFocus();
            choice.activated();
        }
    }

    FocusRing {}
}
