// SPDX-License-Identifier: GPL-3.0-or-later
// Five large choices: three and two in landscape, two columns in portrait. The tiles share the
// space and are all of one height, with the same room for their words, so every band is as tall
// as its neighbours'; when the largest text makes them taller than the screen, the page
// scrolls, says "More below", and the focused tile is always brought into view.
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

    /// Every task here reads or writes the station's records, Call staff too (a call is on disk
    /// before it is sent): without them the tiles say so instead of leading to a page that fails.
    property bool tasksOpen: StationStore.available

    Flickable {
        id: scroller
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.bottom: moreBelow.visible ? moreBelow.top : visitorLinks.visible ? visitorLinks.top : parent.bottom
        anchors.bottomMargin: moreBelow.visible || visitorLinks.visible ? Theme.spacing : 0
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
            /// The most any tile's words need: every tile keeps this much under its band.
            readonly property real wordsRoom: {
                let most = 0;
                for (let i = 0; i < tileRepeater.count; ++i) {
                    const tile = tileRepeater.itemAt(i);
                    if (tile)
                        most = Math.max(most, tile.wordsNeed);
                }
                return most;
            }
            readonly property real tileHeight: {
                const first = tileRepeater.count > 0 ? tileRepeater.itemAt(0) : null;
                return Math.max(shareOfHeight, first ? first.implicitHeight : 0);
            }
            /// Tiles at their smallest still taller than the room: the page scrolls.
            readonly property bool overflows: {
                const first = tileRepeater.count > 0 ? tileRepeater.itemAt(0) : null;
                const room = scroller.parent.height - (visitorLinks.visible ? visitorLinks.height + Theme.spacing : 0) - 2 * scroller.ringRoom;
                return first !== null && rowCount * first.implicitHeight + (rowCount - 1) * spacing > room + 1;
            }

            Repeater {
                id: tileRepeater
                model: Pages.homeTiles
                delegate: HomeTile {
                    required property string modelData
                    required property int index
                    objectName: "tile_" + modelData
                    width: (tiles.width - (tiles.columns - 1) * tiles.spacing) / tiles.columns
                    height: tiles.tileHeight
                    wordsRoom: tiles.wordsRoom
                    title: Pages.titles[modelData]
                    subtitle: Pages.subtitles[modelData]
                    icon: Pages.icons[modelData]
                    band: index
                    available: home.tasksOpen
                    focus: index === 0
                    onActivated: {
                        if (home.tasksOpen)
                            Navigator.open(modelData);
                        else
                            Announcer.say(qsTr("This cannot be done now: the kiosk cannot open its records. Please wave at the counter, or ask someone nearby to fetch a member of staff."));
                    }
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

    MoreBelow {
        id: moreBelow
        scroller: scroller
        visible: tiles.overflows
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: visitorLinks.visible ? visitorLinks.top : parent.bottom
        anchors.bottomMargin: visitorLinks.visible ? Theme.spacing : 0
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
