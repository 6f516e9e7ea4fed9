// SPDX-License-Identifier: GPL-3.0-or-later
// Staff mode: denser, smaller text and a colour of its own so no one takes it for a visitor
// screen; never spoken. The reader, demo cards, the outbox and the last problem in words.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

FocusScope {
    id: page


    // Not a theme role on purpose: this must never look like a visitor screen.
    readonly property color staffBackground: "#1b2a3a"
    readonly property color staffInk: "#ffffff"
    readonly property color staffAccent: "#ffd54f"
    readonly property int small: Math.round(Theme.fontSmall * 0.9)

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Staff mode")

    Component.onCompleted: StationStore.refreshCounts()

    Timer {
        interval: 5000
        running: true
        repeat: true
        onTriggered: StationStore.refreshCounts()
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
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.focusRingWidth
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            // Room for the focus ring, which is drawn outside the focused button.
            x: Theme.focusRingWidth
            y: Theme.focusRingWidth
            width: scroller.width - 2 * Theme.focusRingWidth
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "pageTitle"
                    Layout.fillWidth: true
                    text: qsTr("Staff mode")
                    color: page.staffAccent
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                KioskButton {
                    objectName: "leaveStaffMode"
                    text: qsTr("Leave staff mode")
                    icon: "logout"
                    fontSize: page.small
                    focus: true
                    onActivated: Navigator.home()
                }
            }

            // The station's queue and the bookings that need staff.
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                KioskButton {
                    objectName: "openStaffQueue"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Today's queue: call the next number")
                    icon: "format_list_numbered"
                    fontSize: page.small
                    fill: page.staffAccent
                    ink: "#000000"
                    onActivated: Navigator.open("staff-queue")
                }
                KioskButton {
                    objectName: "openStaffBookings"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Bookings not confirmed")
                    icon: "event_busy"
                    fontSize: page.small
                    fill: page.staffAccent
                    ink: "#000000"
                    onActivated: Navigator.open("staff-bookings")
                }
                KioskButton {
                    objectName: "openStaffVolunteers"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Volunteers checked in now")
                    icon: "groups"
                    fontSize: page.small
                    fill: page.staffAccent
                    ink: "#000000"
                    onActivated: Navigator.open("staff-volunteers")
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                // The card reader.
                StaffBox {
                    title: qsTr("Card reader")
                    lines: [
                        qsTr("State: %1").arg(page.readerStateWords(CardReader.state)),
                        CardReader.reason.length > 0 && CardReader.state === "error" ? qsTr("Reason: %1").arg(CardReader.reason) : "",
                        qsTr("Reader: %1").arg(CardReader.description.length > 0 ? CardReader.description : qsTr("none found")),
                        CardReader.transport.length > 0 ? qsTr("Transport setting: %1").arg(CardReader.transport) : ""
                    ]
                }
                // The local store and its outbox.
                StaffBox {
                    title: qsTr("Records waiting to be sent")
                    lines: {
                        const shown = [
                            StationStore.available ? qsTr("Local store: open") : qsTr("Local store: NOT available — %1").arg(StationStore.problem),
                            qsTr("Waiting to be sent: %1").arg(StationStore.pendingCount),
                            qsTr("Refused by the server, kept for staff: %1").arg(StationStore.parkedCount)
                        ];
                        // Then each refused record with the server's reason.
                        for (const reason of StationStore.parkedReasons)
                            shown.push(reason);
                        return shown;
                    }
                }
                StaffBox {
                    title: qsTr("Last problem")
                    lines: [StationStore.lastError.length > 0 ? StationStore.lastError : qsTr("No problem so far.")]
                }
                // The sync client: delivery to the central server.
                StaffBox {
                    objectName: "syncBox"
                    title: qsTr("Connection to the central server")
                    lines: !SyncStatus.available ? [qsTr("No central server is configured: requests stay on this kiosk.")] : [
                        SyncStatus.enrolled ? qsTr("Station enrolled") : qsTr("Not enrolled yet (enrollment code from the settings)"),
                        SyncStatus.lastSuccess.getTime() > 0
                            ? qsTr("Last successful sync: %1").arg(SyncStatus.lastSuccess.toLocaleString(Qt.locale(), "yyyy-MM-dd HH:mm:ss"))
                            : qsTr("Last successful sync: never"),
                        SyncStatus.lastError.length > 0 ? qsTr("Last error: %1").arg(SyncStatus.lastError) : qsTr("No error")
                    ]
                }
            }

            Text {
                Layout.fillWidth: true
                visible: CardReader.demoCards
                text: qsTr("Demo: lay a demo card on the simulated reader")
                color: page.staffAccent
                font.pixelSize: page.small
                font.bold: true
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                visible: CardReader.demoCards
                spacing: Theme.spacing
                Repeater {
                    model: CardReader.demoCardLabels
                    delegate: KioskButton {
                        required property string modelData
                        required property int index
                        objectName: "demoCard_" + index
                        text: qsTr("Present demo card %1: %2").arg(index + 1).arg(modelData)
                        fontSize: page.small
                        fill: page.staffAccent
                        ink: "#000000"
                        onActivated: CardReader.presentDemoCard(index)
                    }
                }
                KioskButton {
                    objectName: "removeDemoCard"
                    text: qsTr("Take the demo card away")
                    fontSize: page.small
                    onActivated: CardReader.removeDemoCard()
                }
            }
        }
    }

    function readerStateWords(state) {
        switch (state) {
        case "ready": return qsTr("ready, no card");
        case "reading": return qsTr("reading a card");
        case "remove": return qsTr("card read, waiting for it to be taken away");
        case "error": return qsTr("error");
        default: return qsTr("no reader");
        }
    }

    // Its own colours and size: an inline component does not see the page's ids.
    component StaffBox: Rectangle {
        id: box
        property string title
        property var lines: []
        readonly property color ink: "#ffffff"
        readonly property color accent: "#ffd54f"
        readonly property int textSize: Math.round(Theme.fontSmall * 0.9)
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        implicitHeight: boxColumn.implicitHeight + 2 * Theme.spacing
        color: "transparent"
        radius: Theme.radius
        border.width: Math.max(1, Theme.mm(0.4))
        border.color: box.ink
        Column {
            id: boxColumn
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.mm(0.8)
            Text {
                width: parent.width
                text: box.title
                color: box.accent
                font.pixelSize: box.textSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: box.lines
                delegate: Text {
                    required property string modelData
                    width: boxColumn.width
                    visible: modelData.length > 0
                    text: modelData
                    color: box.ink
                    font.pixelSize: box.textSize
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
