// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor's bookings from today on, in time order: the service, the day and time, the
// code, and where each stands in words and with its own pictogram (confirmed; provisional,
// staff will confirm; not confirmed, please call staff; cancelled). Cancel asks first. A queue
// number taken in this visit is shown too.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property MyBookings bookings: Visit.myBookings
    /// The booking waiting for "Yes, cancel it" (empty: the list is shown).
    property string confirming: ""
    readonly property var confirmingItem: confirming.length > 0 ? bookings.item(confirming) : ({})
    readonly property bool hasTicket: StationQueue.outcome === "taken"

    title: Pages.titles["my-bookings"]
    instruction: bookings.items.length > 0 ? qsTr("Your bookings, the soonest first. Touch Cancel if you cannot come.") : ""

    Component.onCompleted: {
        bookings.reload();
        if (bookings.items.length === 0 && !hasTicket)
            Voice.say(emptyText.text);
        // What the cards show, for a visitor who cannot see them.
        for (const item of bookings.items)
            Voice.say(spokenItem(item));
        if (hasTicket)
            Voice.say(ticketText.text);
    }
    function spokenItem(item) {
        return qsTr("%1, %2 at %3: %4.").arg(item.serviceName).arg(item.day).arg(item.spokenTime).arg(stateWords(item));
    }

    function stateWords(item) {
        switch (item.state) {
        case "confirmed": return qsTr("Confirmed");
        case "provisional": return qsTr("Provisional: staff will confirm it");
        case "refused": return qsTr("Not confirmed: please call staff");
        case "cancelled": return qsTr("Cancelled");
        }
        return "";
    }
    function stateIcon(state) {
        switch (state) {
        case "confirmed": return "check_circle";
        case "provisional": return "hourglass_top";
        case "refused": return "error_outline";
        case "cancelled": return "cancel";
        }
        return "help";
    }
    function askCancel(id) {
        confirming = id;
        afterChange.restart();
    }
    function keep() {
        confirming = "";
        Voice.say(qsTr("The booking is kept."));
        afterChange.restart();
    }
    function cancelNow() {
        if (!bookings.cancel(confirming))
            Voice.say(bookings.errorText);
    }

    Connections {
        target: page.bookings
        function onCancelled() {
            page.confirming = "";
            Voice.say(qsTr("Your booking is cancelled. The place is free for someone else."));
            afterChange.restart();
        }
        function onCancelFailed() {
            Voice.say(page.bookings.errorText);
        }
    }
    // Focus on the first control of what is on screen now, once it exists.
    Timer {
        id: afterChange
        interval: 0
        onTriggered: {
            if (page.confirming.length > 0)
                keepButton.forceActiveFocus();
            else if (cards.count > 0 && cards.itemAt(0))
                cards.itemAt(0).forceActiveFocus();
        }
    }

    // The confirm step of a cancellation.
    ColumnLayout {
        anchors.fill: parent
        visible: page.confirming.length > 0
        spacing: Theme.spacing

        ScrollColumn {
            id: confirmScroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Text {
                objectName: "cancelQuestion"
                Layout.fillWidth: true
                text: qsTr("Cancel your booking for %1 on %2 at %3 (code %4)?")
                      .arg(page.confirmingItem.serviceName || "").arg(page.confirmingItem.day || "")
                      .arg(page.confirmingItem.time || "").arg(page.confirmingItem.code || "")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Your place will be given to someone else.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "cancelError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.bookings.errorText
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing
                KioskButton {
                    id: keepButton
                    objectName: "keepBooking"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("No, keep it")
                    icon: "undo"
                    fontSize: Theme.fontTitle
                    fill: Theme.surface
                    ink: Theme.onSurface
                    onActivated: page.keep()
                }
                KioskButton {
                    objectName: "confirmCancelBooking"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: page.bookings.saving ? qsTr("Saving...") : qsTr("Yes, cancel it")
                    icon: "cancel"
                    fontSize: Theme.fontTitle
                    fill: Theme.danger
                    ink: Theme.onDanger
                    enabled: !page.bookings.saving
                    onActivated: page.cancelNow()
                }
            }
        }

        MoreBelow {
            scroller: confirmScroller
            Layout.alignment: Qt.AlignHCenter
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.confirming.length === 0
        spacing: Theme.spacing

        ScrollColumn {
            id: listScroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Text {
                id: emptyText
                objectName: "noBookings"
                Layout.fillWidth: true
                visible: page.bookings.items.length === 0
                text: page.bookings.outcome === "ok" ? qsTr("You have no bookings from today on.")
                      : page.bookings.outcome === "noVisitor" ? qsTr("Please show who you are first.")
                      : qsTr("Your bookings cannot be shown right now. Please press \"Call staff\".")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.Wrap
            }

            Rectangle {
                objectName: "todaysTicket"
                Layout.fillWidth: true
                visible: page.hasTicket
                implicitHeight: ticketRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(1, Theme.mm(0.3))
                border.color: Theme.border
                Row {
                    id: ticketRow
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    Icon {
                        id: ticketIcon
                        name: "confirmation_number"
                        size: Theme.fontTitle * 1.3
                        color: Theme.onSurface
                    }
                    Text {
                        id: ticketText
                        width: parent.width - ticketIcon.width - parent.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Your queue number today: %1, for %2").arg(StationQueue.label).arg(StationQueue.serviceName)
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
            }

            Repeater {
                id: cards
                model: page.bookings.items
                delegate: FocusScope {
                    id: entry
                    required property var modelData
                    required property int index
                    objectName: "booking_" + modelData.code
                    Layout.fillWidth: true
                    implicitHeight: card.implicitHeight
                    focus: index === 0

                    // The card itself takes the focus first, so a keypad or switch user hears the
                    // booking before its Cancel, never Cancel first.
                    Rectangle {
                        id: card
                        objectName: "bookingCard_" + entry.modelData.code
                        width: parent.width
                        implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
                        height: implicitHeight
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: Math.max(1, Theme.mm(0.3))
                        border.color: Theme.border
                        focus: true
                        activeFocusOnTab: true
                        Accessible.role: Accessible.ListItem
                        Accessible.name: page.spokenItem(entry.modelData)
                        Accessible.focusable: true
                        onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "", "", "")
                        FocusRing {}

                        Column {
                            id: cardColumn
                            x: Theme.spacing
                            y: Theme.spacing
                            width: parent.width - 2 * Theme.spacing
                            spacing: Theme.mm(1)
                            Text {
                                width: parent.width
                                text: entry.modelData.serviceName
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.Heading
                                Accessible.name: text
                            }
                            Text {
                                objectName: "when_" + entry.modelData.code
                                width: parent.width
                                text: qsTr("%1 at %2").arg(entry.modelData.day).arg(entry.modelData.time)
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontTitle
                                wrapMode: Text.Wrap
                            }
                            Row {
                                width: parent.width
                                spacing: Theme.spacing
                                Icon {
                                    id: stateIcon
                                    name: page.stateIcon(entry.modelData.state)
                                    size: Theme.fontTitle * 1.3
                                    color: Theme.onSurface
                                }
                                Text {
                                    objectName: "state_" + entry.modelData.code
                                    width: parent.width - stateIcon.width - parent.spacing
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: page.stateWords(entry.modelData)
                                    color: Theme.onSurface
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                }
                            }
                            // The code as large as the day: it is what the visitor shows at the station.
                            Text {
                                objectName: "code_" + entry.modelData.code
                                width: parent.width
                                text: qsTr("Code %1").arg(entry.modelData.code)
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                visible: entry.modelData.place.length > 0
                                text: qsTr("Where: %1").arg(entry.modelData.place)
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                visible: entry.modelData.state === "refused" && entry.modelData.reason.length > 0
                                text: entry.modelData.reason
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                            Item {
                                width: parent.width
                                height: Theme.mm(1)
                                visible: cancelButton.visible
                            }
                            KioskButton {
                                id: cancelButton
                                objectName: "cancel_" + entry.modelData.code
                                visible: entry.modelData.cancellable
                                width: Math.max(Math.min(implicitWidth, parent.width), parent.width / 2)
                                text: qsTr("Cancel")
                                description: page.spokenItem(entry.modelData)
                                icon: "cancel"
                                fill: Theme.surface
                                ink: Theme.onSurface
                                onActivated: page.askCancel(entry.modelData.id)
                            }
                        }
                    }
                }
            }
        }

        MoreBelow {
            scroller: listScroller
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
