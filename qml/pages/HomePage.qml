// SPDX-License-Identifier: GPL-3.0-or-later
// Five large choices: three and two in landscape, two columns in portrait. The tiles share the
// space; when the largest text makes them taller than the screen, the page scrolls and the
// focused tile is always brought into view.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: home

    title: Pages.titles["home"]
    instruction: qsTr("Touch a picture, or use the keypad's arrows and the round select key.")
    backEnabled: false

    Flickable {
        id: scroller
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.bottom: visitorLinks.visible ? visitorLinks.top : parent.bottom
        anchors.bottomMargin: visitorLinks.visible ? Theme.spacing : 0
        // Room around the tiles for the focus ring, which is drawn outside its tile.
        readonly property int ringRoom: Theme.focusRingWidth * 2
        contentWidth: width
        contentHeight: tiles.height + 2 * ringRoom
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        function bringIntoView(item) {
            const top = item.y;
            const bottom = item.y + item.height + 2 * ringRoom;
            // A tile taller than the view shows its top (its pictogram and title) first.
            if (top < contentY || bottom - top > height)
                contentY = Math.max(0, top);
            else if (bottom > contentY + height)
                contentY = Math.min(contentHeight - height, bottom - height);
        }

        Grid {
            id: tiles
            x: scroller.ringRoom
            y: scroller.ringRoom
            width: scroller.width - 2 * scroller.ringRoom
            readonly property bool portrait: home.height > home.width
            columns: portrait ? 2 : 3
            readonly property int rowCount: Math.ceil(Pages.homeTiles.length / columns)
            readonly property real shareOfHeight: (scroller.height - 2 * scroller.ringRoom - (rowCount - 1) * spacing) / rowCount
            spacing: Theme.spacing * 2

            Repeater {
                model: Pages.homeTiles
                delegate: HomeTile {
                    required property string modelData
                    required property int index
                    objectName: "tile_" + modelData
                    width: (tiles.width - (tiles.columns - 1) * tiles.spacing) / tiles.columns
                    height: Math.max(tiles.shareOfHeight, implicitHeight)
                    title: Pages.titles[modelData]
                    subtitle: Pages.subtitles[modelData]
                    icon: Pages.icons[modelData]
                    band: index
                    focus: index === 0
                    onActivated: Navigator.open(modelData)
                    onActiveFocusChanged: if (activeFocus) scroller.bringIntoView(this)
                }
            }
        }
    }

    // Shows that the page goes on below (or above) when the tiles are taller than the screen.
    Rectangle {
        objectName: "scrollHint"
        visible: scroller.contentHeight > scroller.height
        anchors.right: parent.right
        anchors.rightMargin: -Theme.spacing * 1.5
        width: Theme.mm(1.5)
        y: scroller.y + scroller.visibleArea.yPosition * scroller.height
        height: scroller.visibleArea.heightRatio * scroller.height
        radius: width / 2
        color: Theme.onBackground
        Accessible.ignored: true
    }

    // Once the visitor has said who they are: their bookings, one touch from home.
    KioskButton {
        id: visitorLinks
        objectName: "homeMyBookings"
        visible: VisitorIdentity.present
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        text: qsTr("My bookings")
        icon: "event_note"
        fill: Theme.surface
        ink: Theme.onSurface
        onActivated: Navigator.open("my-bookings")
    }
}
