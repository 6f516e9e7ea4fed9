// SPDX-License-Identifier: GPL-3.0-or-later
// "More below" in words and a pictogram, not only the scroll bar at the side: the page's column
// (`scroller`, a ScrollColumn) goes on below the screen. Shown while there is more to scroll to;
// it keeps its room when hidden, so nothing jumps as the visitor scrolls.
import QtQuick
import Kiosk.Accessibility

Row {
    id: cue

    required property Flickable scroller
    readonly property bool more: scroller.contentHeight > scroller.height + 1 && !scroller.atYEnd

    objectName: "moreBelow"
    spacing: Theme.spacing
    opacity: more ? 1 : 0
    Accessible.ignored: !more

    Icon {
        name: "expand_more"
        size: Theme.fontBody * 1.3
        color: Theme.onBackground
        anchors.verticalCenter: parent.verticalCenter
    }
    Text {
        objectName: "moreBelowWords"
        text: qsTr("More below")
        color: Theme.onBackground
        font.pixelSize: Theme.fontBody
        font.bold: true
        anchors.verticalCenter: parent.verticalCenter
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
