// SPDX-License-Identifier: GPL-3.0-or-later
// Booking a time, first the day: every day from today, with its weekday, its date and how
// many places are left. Full days say FULL and closed days say closed; neither is hidden, and
// touching one says why it cannot be chosen.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property BookingFlow booking: Visit.booking
    readonly property var days: booking.days

    title: Pages.titles["book-day"]
    instruction: booking.serviceId.length === 0
                 ? qsTr("No service is chosen. Touch Back and choose the service first.")
                 : qsTr("Touch a day with free places. Full and closed days are marked.")

    // Counts change as others book: read them again each time the page is shown.
    Component.onCompleted: booking.reloadSlots()

    function dayName(day) {
        if (day.relative === "today")
            return qsTr("Today");
        if (day.relative === "tomorrow")
            return qsTr("Tomorrow");
        return day.weekday;
    }
    function dayDetail(day) {
        // The weekday and the date in the order of every other page ("12月2日 星期三").
        return day.relative.length > 0 ? day.day : day.date;
    }
    function dayNote(day) {
        if (day.closed)
            return qsTr("Closed");
        if (day.over)
            return qsTr("No more times today");
        if (day.full)
            return qsTr("FULL");
        return qsTr("%n place(s) left", "", day.free);
    }
    function dayIcon(day) {
        return day.closed ? "block" : (day.full || day.over) ? "event_busy" : "event_available";
    }
    function choose(iso) {
        if (booking.chooseDay(iso))
            Navigator.open("book-time");
        else
            Voice.say(booking.errorText);
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Text {
                objectName: "bookingService"
                Layout.fillWidth: true
                text: page.booking.serviceName
                visible: text.length > 0
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
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
                // As many columns as the longest day name or state leaves room for, never splitting a word.
                readonly property real widestWords: Math.max(widestName.advanceWidth, widestNote.advanceWidth, widestDate.advanceWidth)
                columns: Math.max(1, Math.min(4, Math.floor((scroller.columnWidth + columnSpacing)
                                                            / (widestWords + Theme.fontTitle * 1.4 + 4 * Theme.spacing + columnSpacing))))
                TextMetrics {
                    id: widestName
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    text: page.days.map(day => page.dayName(day)).reduce((a, b) => b.length > a.length ? b : a, qsTr("Tomorrow"))
                }
                TextMetrics {
                    id: widestNote
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    text: page.days.map(day => page.dayNote(day)).reduce((a, b) => b.length > a.length ? b : a, "")
                }
                TextMetrics {
                    id: widestDate
                    font.pixelSize: Theme.fontBody
                    text: page.days.map(day => page.dayDetail(day)).reduce((a, b) => b.length > a.length ? b : a, "")
                }
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: page.days
                    delegate: ServiceChoice {
                        required property var modelData
                        required property int index
                        objectName: "day_" + modelData.iso
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        title: page.dayName(modelData)
                        detail: page.dayDetail(modelData)
                        note: page.dayNote(modelData)
                        icon: page.dayIcon(modelData)
                        available: !modelData.closed && !modelData.full && !modelData.over
                        selected: page.booking.day === modelData.iso
                        focus: index === 0
                        onActivated: page.choose(modelData.iso)
                    }
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
