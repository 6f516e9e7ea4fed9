// SPDX-License-Identifier: GPL-3.0-or-later
// The content of a page between its title and the bottom bar, as one column that scrolls when
// the largest text makes it taller than the screen. The control the keypad brings focus to is
// always scrolled into view, and a bar at the side shows that there is more.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility

Flickable {
    id: scroller

    default property alias content: column.data
    property alias spacing: column.spacing
    /// The width the column's children lay themselves out in.
    readonly property real columnWidth: column.width

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.focusRingWidth * 2
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    function bringIntoView(item) {
        const ring = Theme.focusRingWidth * 2;
        const top = item.mapToItem(column, 0, 0).y + column.y - ring;
        const bottom = top + item.height + 2 * ring;
        // An item taller than the view shows its top first.
        if (top < contentY || bottom - top > height)
            contentY = Math.max(0, top);
        else if (bottom > contentY + height)
            contentY = Math.min(contentHeight - height, bottom - height);
    }

    // After the layouts have placed the item: a focus given while the page is still being laid
    // out would scroll by sizes that are about to change. The page opens at its top.
    property bool settled: false
    Timer {
        interval: 250
        running: true
        onTriggered: {
            scroller.contentY = 0;
            scroller.settled = true;
            // The control that has the focus by now is shown, wherever it is.
            const item = scroller.Window.activeFocusItem;
            for (let it = item; it; it = it.parent)
                if (it === column) {
                    scroller.bringIntoView(item);
                    return;
                }
        }
    }
    onContentHeightChanged: returnToBounds()
    // Once the focus move is done and the layouts have placed the item.
    property Item pendingItem: null
    Timer {
        id: scrollLater
        interval: 0
        onTriggered: {
            if (scroller.pendingItem)
                scroller.bringIntoView(scroller.pendingItem);
            scroller.pendingItem = null;
        }
    }
    Connections {
        target: scroller.Window.window
        function onActiveFocusItemChanged() {
            const item = scroller.Window.activeFocusItem;
            if (!scroller.settled)
                return;
            for (let it = item; it; it = it.parent)
                if (it === column) {
                    scroller.pendingItem = item;
                    scrollLater.restart();
                    return;
                }
        }
    }

    ColumnLayout {
        id: column
        x: Theme.focusRingWidth * 2
        y: Theme.focusRingWidth * 2
        // Room on the right for the scroll bar, always, so the width never depends on the height.
        width: scroller.width - 4 * Theme.focusRingWidth - Theme.mm(2)
        spacing: Theme.spacing * 1.5
    }

    // Shows that the page goes on below (or above).
    Rectangle {
        objectName: "scrollHint"
        visible: scroller.contentHeight > scroller.height
        parent: scroller
        anchors.right: parent.right
        width: Theme.mm(1.5)
        y: scroller.visibleArea.yPosition * scroller.height
        height: scroller.visibleArea.heightRatio * scroller.height
        radius: width / 2
        color: Theme.onBackground
        Accessible.ignored: true
    }
}
