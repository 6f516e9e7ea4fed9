// SPDX-License-Identifier: GPL-3.0-or-later
// Staff mode: denser, smaller text and a colour of its own so no one takes it for a visitor
// screen; never spoken. The visitors' calls, the reader, demo cards, the outbox and every
// problem there is now, all in the language on screen (the reader's and the sync client's own
// settings and codes are put into words here).
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
    /// A page of equal choices: no single primary action.
    property Item primaryAction: null

    /// The list that scrolls, for the "more below" words.
    readonly property Flickable listScroller: scroller
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Staff mode")

    StaffCalls {
        id: calls
    }

    /// Every problem there is now, each in words; empty: none. One list, so the page never says
    /// "no problem" beside one.
    readonly property var problems: {
        const found = [];
        if (!StationStore.available)
            found.push(qsTr("Local store: NOT available — %1").arg(StationStore.problem));
        if (CardReader.state === "error")
            found.push(CardReader.reason.length > 0 ? qsTr("Card reader: %1").arg(CardReader.reason)
                                                    : qsTr("Card reader: error"));
        if (SyncStatus.available && SyncStatus.lastError.length > 0)
            found.push(qsTr("Central server: %1").arg(SyncStatus.lastError));
        if (StationStore.parkedCount > 0)
            found.push(qsTr("Records refused by the central server: %1 (see the list of records waiting to be sent)").arg(StationStore.parkedCount));
        if (StationStore.lastError.length > 0)
            found.push(qsTr("Last problem a visitor met: %1").arg(StationStore.lastError));
        return found;
    }

    Component.onCompleted: {
        StationStore.refreshCounts();
        calls.reload();
    }

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
        // Room below for the words that say the list goes on.
        anchors.bottomMargin: Theme.spacing * 1.5 + moreBelowStaff.height
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

            // The visitors' calls, the station's queue and the bookings that need staff.
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                KioskButton {
                    objectName: "openStaffCalls"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: calls.openCount > 0 ? qsTr("Calls from visitors: %1 not answered").arg(calls.openCount)
                        : calls.items.length > 0 ? qsTr("Calls from visitors: %1 on the way").arg(calls.items.length)
                        : qsTr("Calls from visitors: none")
                    icon: "support_agent"
                    fontSize: page.small
                    // A call nobody answered stands out in the colour of an alarm.
                    fill: calls.openCount > 0 ? "#ffffff" : page.staffAccent
                    ink: "#000000"
                    onActivated: Navigator.open("staff-calls")
                }
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
                        qsTr("Reader: %1").arg(page.readerWords(CardReader.description)),
                        CardReader.transport.length > 0 ? qsTr("Connection setting: %1").arg(page.transportWords(CardReader.transport)) : ""
                    ]
                }
                // The local store and its outbox.
                StaffBox {
                    title: qsTr("Records waiting to be sent")
                    lines: {
                        const shown = [
                            StationStore.available ? qsTr("Local store: open") : qsTr("Local store: not available"),
                            qsTr("Waiting to be sent: %1").arg(StationStore.pendingCount),
                            qsTr("Refused by the server, kept for staff: %1").arg(StationStore.parkedCount)
                        ];
                        // Then each refused record: what it is and when, then the server's own
                        // note, which the server writes in English.
                        for (const reason of StationStore.parkedReasons)
                            shown.push(page.parkedWords(reason));
                        return shown;
                    }
                }
                StaffBox {
                    objectName: "problemsBox"
                    title: page.problems.length > 0 ? qsTr("Problems now") : qsTr("Problems")
                    lines: page.problems.length > 0 ? page.problems : [qsTr("No problems right now.")]
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
                        // The error itself is under "Problems now", said once.
                        SyncStatus.lastError.length > 0 ? qsTr("The last attempt failed (see Problems now)")
                                                        : qsTr("The last attempt went well")
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
                id: demoCards
                Layout.fillWidth: true
                visible: CardReader.demoCards
                spacing: Theme.spacing
                Repeater {
                    model: CardReader.demoCardLabels
                    delegate: KioskButton {
                        required property string modelData
                        required property int index
                        // Never wider than the list: a long label wraps inside the button.
                        width: Math.min(implicitWidth, demoCards.width)
                        objectName: "demoCard_" + index
                        text: qsTr("Present demo card %1: %2").arg(index + 1).arg(modelData)
                        fontSize: page.small
                        fill: page.staffAccent
                        ink: "#000000"
                        onActivated: CardReader.presentDemoCard(index)
                    }
                }
                KioskButton {
                    width: Math.min(implicitWidth, demoCards.width)
                    objectName: "removeDemoCard"
                    text: qsTr("Take the demo card away")
                    fontSize: page.small
                    onActivated: CardReader.removeDemoCard()
                }
            }
        }
    }

    /// The reader the driver found, as the driver names it ("simulated", "serial /dev/ttyACM0",
    /// "usb 0400:c35a bus 1 device 4"): the ids and paths stay, the words are translated.
    function readerWords(description) {
        if (description.length === 0)
            return qsTr("none found");
        if (description === "simulated")
            return qsTr("simulated reader (demo)");
        let m = description.match(/^serial (.*)$/);
        if (m)
            return qsTr("serial port %1").arg(m[1]);
        m = description.match(/^usb ([0-9a-f]{4}:[0-9a-f]{4}) bus (\d+) device (\d+)$/);
        if (m)
            return qsTr("USB reader %1 (bus %2, device %3)").arg(m[1]).arg(m[2]).arg(m[3]);
        return description;
    }

    /// The [reader] transport setting: auto, usb, simulated, serial or serial:PATH.
    function transportWords(spec) {
        switch (spec) {
        case "auto": return qsTr("automatic");
        case "usb": return qsTr("USB");
        case "simulated": return qsTr("simulated reader (demo)");
        case "serial": return qsTr("serial port, found automatically");
        }
        if (spec.startsWith("serial:"))
            return qsTr("serial port %1").arg(spec.slice(7));
        return spec;
    }

    /// A refused record as StationStore lists it ("help_call, 2026-12-01 09:05: the server's
    /// note"): the kind in words, the time, then the server's note as it wrote it.
    function parkedWords(line) {
        const m = line.match(/^([a-z_]+), ([0-9: -]+): (.*)$/);
        if (!m)
            return line;
        return qsTr("%1 of %2, refused. The server's note: %3").arg(page.recordKindWords(m[1])).arg(m[2]).arg(m[3]);
    }

    function recordKindWords(kind) {
        switch (kind) {
        case "help_call": return qsTr("A call for staff");
        case "volunteer_request": return qsTr("A request for a volunteer");
        case "booking": return qsTr("A booking");
        case "booking_cancellation": return qsTr("A booking's cancellation");
        case "check_in": return qsTr("A volunteer's check-in");
        case "check_out": return qsTr("A volunteer's check-out");
        case "rating": return qsTr("A rating of help");
        case "home_assessment_request": return qsTr("A home assessment or fee waiver request");
        case "request_cancellation": return qsTr("A request's cancellation");
        case "volunteer_registration": return qsTr("A volunteer registration");
        case "certificate_application": return qsTr("A certificate application");
        }
        return qsTr("A record (%1)").arg(kind);
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
