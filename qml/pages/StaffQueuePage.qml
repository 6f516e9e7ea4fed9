// SPDX-License-Identifier: GPL-3.0-or-later
// Staff: today's queue of every walk-in service (the numbers waiting, the longest wait), the
// window the next call sends people to, and "Call next". A call shows on the queue display
// and is said on the public speaker; this page itself is never spoken. Staff colours, as in
// staff mode, so no one takes it for a visitor screen.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

FocusScope {
    id: page

    // Not theme roles on purpose: this must never look like a visitor screen.
    readonly property color staffBackground: "#1b2a3a"
    readonly property color staffInk: "#ffffff"
    readonly property color staffAccent: "#ffd54f"
    readonly property int small: Math.round(Theme.fontSmall * 0.9)

    /// The list that scrolls, for the "more below" words.
    readonly property Flickable listScroller: scroller
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Today's queue")

    Component.onCompleted: QueueCaller.reload()
    Component.onDestruction: QueueCaller.clearMessage()

    // Numbers taken meanwhile, and the waits, stay current.
    Timer {
        interval: 10000
        running: true
        repeat: true
        onTriggered: QueueCaller.reload()
    }

    Rectangle {
        anchors.fill: parent
        color: page.staffBackground
        border.width: Theme.mm(1.5)
        border.color: page.staffAccent
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        // Room below for the words that say the list goes on.
        anchors.bottomMargin: Theme.spacing * 1.5 + moreBelowStaff.height
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.focusRingWidth
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        // The staff colour under the whole content, also where it scrolls into view.
        Rectangle {
            width: scroller.contentWidth
            height: Math.max(scroller.height, scroller.contentHeight)
            color: page.staffBackground
        }

        ColumnLayout {
            id: column
            x: Theme.focusRingWidth
            y: Theme.focusRingWidth
            width: scroller.width - 2 * Theme.focusRingWidth
            spacing: Theme.spacing

            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height && Theme.textScale < 1.5 ? 3 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Text {
                    objectName: "pageTitle"
                    Layout.fillWidth: true
                    text: qsTr("Today's queue")
                    color: page.staffAccent
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                KioskButton {
                    objectName: "openQueueDisplay"
                    Layout.fillWidth: parent.columns === 1
                    text: qsTr("Show the queue display")
                    icon: "tv"
                    fontSize: page.small
                    onActivated: Navigator.finishStep(["staffpin", "staff", "staff-queue", "staff-bookings"], "queue-display")
                }
                KioskButton {
                    objectName: "backToStaffMode"
                    Layout.fillWidth: parent.columns === 1
                    text: qsTr("Back to staff mode")
                    icon: "arrow_back"
                    fontSize: page.small
                    onActivated: Navigator.back()
                }
            }

            // The window the next call sends people to.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: windowRow.implicitHeight + 2 * Theme.spacing
                color: "transparent"
                radius: Theme.radius
                border.width: Math.max(1, Theme.mm(0.4))
                border.color: page.staffInk
                RowLayout {
                    id: windowRow
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Calling to window")
                        color: page.staffInk
                        font.pixelSize: page.small
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    KioskButton {
                        objectName: "windowDown"
                        text: qsTr("Lower")
                        icon: "remove"
                        description: qsTr("Window %1").arg(QueueCaller.window)
                        fontSize: page.small
                        enabled: QueueCaller.window > 1
                        onActivated: QueueCaller.window = QueueCaller.window - 1
                    }
                    Text {
                        objectName: "windowNumber"
                        Layout.minimumWidth: Theme.targetSize
                        text: QueueCaller.window
                        color: page.staffAccent
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Window %1").arg(QueueCaller.window)
                    }
                    KioskButton {
                        objectName: "windowUp"
                        text: qsTr("Higher")
                        icon: "add"
                        description: qsTr("Window %1").arg(QueueCaller.window)
                        fontSize: page.small
                        enabled: QueueCaller.window < QueueCaller.maximumWindow
                        onActivated: QueueCaller.window = QueueCaller.window + 1
                    }
                }
            }

            // What the last call did.
            Text {
                objectName: "callMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: QueueCaller.calling ? qsTr("Calling ...") : QueueCaller.message
                color: QueueCaller.messageKind === "called" ? page.staffAccent : page.staffInk
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }

            Text {
                Layout.fillWidth: true
                visible: QueueCaller.queues.length === 0
                text: StationStore.available ? qsTr("No service of this station gives queue numbers.")
                                             : qsTr("The local store is not available: the queue cannot be read.")
                color: page.staffInk
                font.pixelSize: page.small
                wrapMode: Text.Wrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: QueueCaller.queues
                    delegate: QueueBox {}
                }
            }
        }
    }

    // One service's queue today. Its own colours and size: an inline component does not see
    // the page's ids.
    component QueueBox: Rectangle {
        id: box
        required property var modelData
        readonly property color ink: "#ffffff"
        readonly property color accent: "#ffd54f"
        readonly property int textSize: Math.round(Theme.fontSmall * 0.9)
        readonly property var waiting: modelData.waiting
        objectName: "queue_" + modelData.serviceId
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        implicitHeight: boxColumn.implicitHeight + 2 * Theme.spacing
        color: "transparent"
        radius: Theme.radius
        border.width: Math.max(1, Theme.mm(0.4))
        border.color: box.ink
        ColumnLayout {
            id: boxColumn
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.mm(0.8)
            Text {
                Layout.fillWidth: true
                text: box.modelData.prefix.length > 0 ? box.modelData.prefix + " · " + box.modelData.name : box.modelData.name
                color: box.accent
                font.pixelSize: box.textSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "waitingLine_" + box.modelData.serviceId
                Layout.fillWidth: true
                text: box.modelData.waitingCount === 0
                      ? qsTr("Nobody is waiting.")
                      : qsTr("Waiting: %1").arg(box.modelData.waitingCount) + " — " + box.waiting.slice(0, 12).join(", ")
                        + (box.waiting.length > 12 ? " ..." : "")
                color: box.ink
                font.pixelSize: box.textSize
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "longestWait_" + box.modelData.serviceId
                Layout.fillWidth: true
                visible: box.modelData.waitingCount > 0
                text: qsTr("Longest wait: %n minute(s)", "", box.modelData.longestWaitMinutes)
                color: box.ink
                font.pixelSize: box.textSize
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: box.modelData.calledCount > 0
                text: qsTr("Called today: %1, the last one %2").arg(box.modelData.calledCount).arg(box.modelData.lastCalled)
                color: box.ink
                font.pixelSize: box.textSize
                wrapMode: Text.Wrap
            }
            KioskButton {
                objectName: "callNext_" + box.modelData.serviceId
                Layout.fillWidth: true
                text: qsTr("Call next to window %1").arg(QueueCaller.window)
                icon: "campaign"
                fontSize: box.textSize
                fill: box.accent
                ink: "#000000"
                enabled: !QueueCaller.calling
                onActivated: QueueCaller.callNext(box.modelData.serviceId)
            }
        }
    }

    // The page goes on below the screen: said in words, in the staff colours, not only by
    // the scroll position.
    MoreBelow {
        id: moreBelowStaff
        scroller: page.listScroller
        ink: page.staffAccent
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
    }
}
