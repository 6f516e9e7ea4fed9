// SPDX-License-Identifier: GPL-3.0-or-later
// "More below" in words and a pictogram, not only the scroll bar at the side: the page's column
// (`scroller`, a ScrollColumn) goes on below the screen. Shown while there is more to scroll to;
// it keeps its room when hidden, so nothing jumps as the visitor scrolls.
import QtQuick
import Kiosk.Accessibility

Row {
    id: cue

    required property Flickable scroller
    /// The words' and pictogram's colour: the visitor's theme, or staff mode's own colours.
    property color ink: Theme.onBackground
    /// The words: "More below", or what it is that goes on ("More calls below").
    property string words: qsTr("More below")
    readonly property bool more: scroller.contentHeight > scroller.height + 1 && !scroller.atYEnd

    objectName: "moreBelow"
    spacing: Theme.spacing
    opacity: more ? 1 : 0
    Accessible.ignored: !more

    /// Said once, after the page's title and instruction, when the page opens with more below
    /// than the screen shows: a visitor who cannot see the cue hears it.
    readonly property string arrivalWords: qsTr("The page continues below; use the down key.")
    // Once the page's column has been laid out at the visitor's text size and opened at its top.
    Timer {
        interval: 300
        running: true
        onTriggered: if (cue.more && cue.visible) Announcer.say(cue.arrivalWords)
    }

    Icon {
        name: "expand_more"
        size: Theme.fontBody * 1.3
        color: cue.ink
        anchors.verticalCenter: parent.verticalCenter
    }
    Text {
        objectName: "moreBelowWords"
        text: cue.words
        color: cue.ink
        font.pixelSize: Theme.fontBody
        font.bold: true
        anchors.verticalCenter: parent.verticalCenter
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
