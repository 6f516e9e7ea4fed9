// SPDX-License-Identifier: GPL-3.0-or-later
// One big choice of the services and booking pages: a pictogram, a name, a line under it and,
// for days and times, how many places are left. A full or closed one stays on screen and in
// the keypad's order (a blind visitor hears that it is full), marked by its pictogram and its
// word, never by colour alone; touching it says why it cannot be chosen.
import QtQuick
import Kiosk.Accessibility
import Kiosk

Rectangle {
    id: choice

    property string title
    property string detail
    /// The title and detail as the voice says them (a time "10:00" is said "10点").
    property string spokenTitle: title
    property string spokenDetail: detail
    /// The state in words ("3 places left", "FULL", "Closed"); bold under the detail.
    property string note
    property string icon
    /// False: full or closed. Still focusable and touchable, so it can say so.
    property bool available: true
    property bool selected: false
    property int titleSize: Theme.fontTitle
    /// Centre the words (the day and time tiles), or keep them at the left (the service rows).
    property bool centred: false

    signal activated

    readonly property color ink: selected ? Theme.onPrimary : Theme.onSurface
    // Never below about 15 mm of ink (a Material pictogram fills about 0.84 of its size), and
    // growing with the text.
    readonly property int pictogramSize: Math.round(Math.max(titleSize * 1.4, Theme.mm(18)))

    implicitWidth: Math.max(Theme.targetSize, Math.ceil(naturalTitle.advanceWidth) + pictogramSize + 4 * Theme.spacing)
    implicitHeight: Math.max(Theme.targetSize, words.implicitHeight + Theme.spacing * 1.5)
    radius: Theme.radius
    color: selected ? Theme.primary : (pressArea.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface)
    border.width: selected ? Math.max(4, Theme.mm(1)) : Math.max(2, Theme.mm(0.5))
    border.color: Theme.border
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: spokenDetail.length > 0 ? spokenTitle + ", " + spokenDetail : spokenTitle
    Accessible.description: note
    Accessible.focusable: true
    Accessible.onPressAction: activated()

    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "button", selected ? "selected" : "", note)

    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onSpacePressed: activated()

    TextMetrics {
        id: naturalTitle
        font.pixelSize: choice.titleSize
        font.bold: true
        text: choice.title
    }

    Row {
        id: line
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing
        Icon {
            id: picture
            anchors.verticalCenter: parent.verticalCenter
            visible: choice.icon.length > 0
            name: choice.icon
            size: choice.pictogramSize
            color: choice.ink
        }
        Column {
            id: words
            anchors.verticalCenter: parent.verticalCenter
            width: line.width - (picture.visible ? picture.width + line.spacing : 0)
            spacing: Theme.mm(0.5)
            Text {
                width: parent.width
                text: choice.title
                color: choice.ink
                font.pixelSize: choice.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: choice.centred ? Text.AlignHCenter : Text.AlignLeft
                Accessible.ignored: true
            }
            Text {
                width: parent.width
                visible: text.length > 0
                text: choice.detail
                color: choice.ink
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: choice.centred ? Text.AlignHCenter : Text.AlignLeft
                Accessible.ignored: true
            }
            Text {
                width: parent.width
                visible: text.length > 0
                text: choice.note
                color: choice.ink
                font.pixelSize: Theme.fontBody
                font.bold: true
                font.underline: !choice.available
                wrapMode: Text.Wrap
                horizontalAlignment: choice.centred ? Text.AlignHCenter : Text.AlignLeft
                Accessible.ignored: true
            }
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
