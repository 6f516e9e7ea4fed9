// SPDX-License-Identifier: GPL-3.0-or-later
// Every choice of the booking on one screen, each with "Change"; then Book. The kiosk asks the
// server to hold the place (two seconds at most) and saves the booking before its code is
// shown. A time that has gone full meanwhile is said plainly, and "Choose another time" leads
// back to the times, read again. The phone number is read out only through private listening.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property BookingFlow booking: Visit.booking
    readonly property var steps: ["book-day", "book-time", "book-phone", "book-review"]
    /// The server or the store said no: the way on is another time.
    property bool refused: false

    title: Pages.titles["book-review"]
    primaryAction: bookButton
    // The title already says "Check your booking".
    instruction: qsTr("Touch Book, or Change to correct something.")

    Component.onCompleted: {
        booking.reviewed = true;
        if (booking.phone.length > 0)
            Voice.sayPrivate(qsTr("Your phone number: %1.").arg(booking.spokenPhone), qsTr("Your phone number is on the screen."));
    }

    /// Back to the step, keeping every choice; its Next comes back here.
    function change(step) {
        Navigator.finishStep(steps.slice(steps.indexOf(step) + 1), step);
    }
    function book() {
        if (!booking.submit()) {
            Voice.say(booking.errorText);
            refused = !booking.complete;
        } else if (booking.saving) {
            Voice.say(qsTr("Booking your time, one moment."));
        }
    }

    Connections {
        target: page.booking
        function onResultChanged() {
            if (page.booking.code.length > 0)
                Navigator.finishStep(page.steps, "booked");
        }
        function onRefused() {
            page.refused = true;
            Voice.say(page.booking.errorText);
            anotherTimeFocus.restart();
        }
    }
    Timer {
        id: anotherTimeFocus
        interval: 0
        onTriggered: anotherTime.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            ReviewRow {
                objectName: "reviewService"
                Layout.fillWidth: true
                label: qsTr("Service")
                value: page.booking.serviceName
                changeText: qsTr("Change")
                onChangeRequested: Navigator.finishStep(page.steps, "service")
            }
            ReviewRow {
                objectName: "reviewDay"
                Layout.fillWidth: true
                label: qsTr("Day")
                value: page.booking.dayText
                onChangeRequested: page.change("book-day")
            }
            ReviewRow {
                objectName: "reviewTime"
                Layout.fillWidth: true
                label: qsTr("Time")
                value: page.booking.timeText.length > 0 ? page.booking.timeText : qsTr("Not chosen")
                spokenValue: page.booking.spokenTimeText.length > 0 ? page.booking.spokenTimeText : qsTr("Not chosen")
                onChangeRequested: page.change("book-time")
            }
            ReviewRow {
                objectName: "reviewPhone"
                Layout.fillWidth: true
                label: qsTr("Phone for the station")
                value: page.booking.phone.length > 0 ? page.booking.groupedPhone : qsTr("No phone")
                spokenValue: page.booking.phone.length > 0 ? qsTr("Your phone number is on the screen.") : qsTr("No phone")
                monospace: page.booking.phone.length > 0
                onChangeRequested: page.change("book-phone")
            }
            Text {
                Layout.fillWidth: true
                visible: page.booking.place.length > 0
                text: qsTr("Where: %1").arg(page.booking.place)
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        Text {
            objectName: "bookingError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.booking.errorText
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
                id: anotherTime
                objectName: "chooseAnotherTime"
                visible: page.refused
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Choose another time")
                icon: "schedule"
                fontSize: Theme.fontTitle
                onActivated: page.change("book-time")
            }
            KioskButton {
                id: bookButton
                objectName: "bookButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: page.booking.saving ? qsTr("Booking...") : qsTr("Book")
                icon: "event_available"
                fontSize: Theme.fontTitle
                fill: page.refused ? Theme.surface : Theme.primary
                ink: page.refused ? Theme.onSurface : Theme.onPrimary
                enabled: !page.booking.saving
                focus: true
                onActivated: page.book()
            }
        }
    }
}
