// SPDX-License-Identifier: GPL-3.0-or-later
// A choice that stays chosen: one of several (radio) or any number of them (checkbox). Its
// state is shown by a tick and a heavier border, never by colour alone, and said with its name
// when the focus comes to it and when it is touched. Items declared inside it are a preview of
// what the choice does (the settings page's sizes and colours), drawn right of the words.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: choice

    property string text
    /// A second, smaller line (a date, a one-line explanation).
    property string detail
    property string icon
    property bool selected: false
    /// true: several may be chosen (a check box); false: one of a group (an option).
    property bool multiple: false
    property int fontSize: Theme.fontBody
    /// The preview, drawn to the right of the words; it sizes itself (implicit size). Empty by
    /// default, taking no room.
    default property alias preview: previewSlot.data

    signal activated

    readonly property string roleKey: multiple ? "checkbox" : "radio"
    readonly property string stateKey: multiple ? (selected ? "checked" : "unchecked") : (selected ? "selected" : "notselected")
    readonly property int markSize: Math.round(choice.fontSize * 1.4)
    readonly property real previewWidth: previewSlot.visible ? previewSlot.width + line.spacing : 0

    implicitWidth: Math.max(Theme.targetSize, Math.ceil(naturalWord.advanceWidth) + markSize + (icon.length > 0 ? markSize : 0) + previewWidth + 5 * Theme.spacing)
    implicitHeight: Math.max(Theme.targetSize, Math.max(words.implicitHeight, previewSlot.visible ? previewSlot.height : 0) + Theme.spacing * 1.5)
    radius: Theme.radius
    color: selected && enabled ? Theme.primary : (pressArea.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface)
    border.width: selected ? Math.max(4, Theme.mm(1)) : Math.max(2, Theme.mm(0.5))
    border.color: Theme.border
    activeFocusOnTab: true
    // Not usable yet: lighter words (still 4.5:1, so they are read), never faded as a whole.
    readonly property color ink: !enabled ? Theme.onUnavailable : selected ? Theme.onPrimary : Theme.onSurface

    Accessible.role: multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: text
    Accessible.description: detail
    Accessible.checkable: true
    Accessible.checked: selected
    Accessible.focusable: true
    Accessible.onPressAction: activated()
    Accessible.onToggleAction: activated()

    function speakState() {
        // From `selected` itself: in its change handler the bindings on it may not have caught up.
        const state = multiple ? (selected ? "checked" : "unchecked") : (selected ? "selected" : "notselected");
        Announcer.focused(Accessible.name, roleKey, enabled ? state : "unavailable", "");
    }
    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, roleKey, enabled ? stateKey : "unavailable", detail)
    // The new state is said once the model has changed it.
    onSelectedChanged: if (activeFocus) speakState()

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

        // The tick (or the empty box / ring) that says chosen or not without colour.
        Icon {
            id: mark
            anchors.verticalCenter: parent.verticalCenter
            name: choice.multiple ? (choice.selected ? "check_box" : "check_box_outline_blank")
                                  : (choice.selected ? "radio_button_checked" : "radio_button_unchecked")
            size: choice.markSize
            color: choice.ink
        }
        Icon {
            id: picture
            anchors.verticalCenter: parent.verticalCenter
            visible: choice.icon.length > 0
            name: choice.icon
            size: choice.markSize
            color: choice.ink
        }
        Column {
            id: words
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(0, line.width - mark.width - line.spacing - (picture.visible ? picture.width + line.spacing : 0) - choice.previewWidth)
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
            visible: children.length > 0
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
