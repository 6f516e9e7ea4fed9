// SPDX-License-Identifier: GPL-3.0-or-later
// One of a group of choices (an option) with a small preview of what it does beside its name:
// the settings screen's text sizes and colour themes. Chosen or not is shown by the ring mark
// and a heavier border, never by colour alone, and said with the name as ToggleChoice does.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: choice

    property string text
    /// A second, smaller line ("130%", "This station's setting").
    property string detail
    property bool selected: false
    property int fontSize: Theme.fontBody
    /// The preview, drawn to the right of the words; it sizes itself (implicit size).
    default property alias preview: previewSlot.data

    signal activated

    readonly property int markSize: Math.round(choice.fontSize * 1.4)
    readonly property real previewWidth: previewSlot.childrenRect.width

    implicitWidth: Math.max(Theme.targetSize, Math.ceil(naturalWord.advanceWidth) + markSize + previewWidth + 5 * Theme.spacing)
    implicitHeight: Math.max(Theme.targetSize, Math.max(words.implicitHeight, previewSlot.childrenRect.height) + Theme.spacing * 1.5)
    radius: Theme.radius
    color: selected ? Theme.primary : (pressArea.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface)
    border.width: selected ? Math.max(4, Theme.mm(1)) : Math.max(2, Theme.mm(0.5))
    border.color: Theme.border
    activeFocusOnTab: true
    opacity: enabled ? 1 : 0.45

    readonly property color ink: selected ? Theme.onPrimary : Theme.onSurface

    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.description: detail
    Accessible.checkable: true
    Accessible.checked: selected
    Accessible.focusable: true
    Accessible.onPressAction: activated()
    Accessible.onToggleAction: activated()

    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "radio", selected ? "selected" : "notselected", detail)
    // The new state is said once the setting has changed it.
    onSelectedChanged: if (activeFocus) Announcer.focused(Accessible.name, "radio", selected ? "selected" : "notselected", "")

    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onSpacePressed: activated()

    TextMetrics {
        id: naturalWord
        font.pixelSize: choice.fontSize
        font.bold: true
        text: choice.text
    }

    Row {
        id: line
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing

        Icon {
            id: mark
            anchors.verticalCenter: parent.verticalCenter
            name: choice.selected ? "radio_button_checked" : "radio_button_unchecked"
            size: choice.markSize
            color: choice.ink
        }
        Column {
            id: words
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(0, line.width - mark.width - choice.previewWidth - 2 * line.spacing)
            spacing: Theme.mm(0.5)
            Text {
                width: parent.width
                text: choice.text
                color: choice.ink
                font.pixelSize: choice.fontSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Text {
                width: parent.width
                visible: text.length > 0
                text: choice.detail
                color: choice.ink
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }
        Item {
            id: previewSlot
            anchors.verticalCenter: parent.verticalCenter
            width: childrenRect.width
            height: childrenRect.height
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
