// SPDX-License-Identifier: GPL-3.0-or-later
// Booking a time, then the time of the chosen day: each with how many places are left. Full
// times stay on screen, marked FULL, and cannot be chosen.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property BookingFlow booking: Visit.booking
    readonly property var times: booking.times
    readonly property int firstFree: Math.max(0, times.findIndex(t => !t.full))

    title: Pages.titles["book-time"]
    instruction: times.length > 0 ? qsTr("Touch a time with a free place. Full times are marked.")
                                  : qsTr("There are no times left on this day. Touch Back and choose another day.")

    Component.onCompleted: booking.reloadSlots()

    function choose(slotId) {
        if (booking.chooseTime(slotId))
            Navigator.open(booking.reviewed ? "book-review" : "book-phone");
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
                objectName: "bookingDay"
                Layout.fillWidth: true
                text: page.booking.serviceName.length > 0 ? page.booking.serviceName + "\n" + page.booking.dayText : page.booking.dayText
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
                columns: Math.max(1, Math.min(4, Math.floor((scroller.columnWidth + columnSpacing)
                                                            / (widest.advanceWidth + Theme.fontTitle * 1.4 + 4 * Theme.spacing + columnSpacing))))
                TextMetrics {
                    id: widest
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    text: qsTr("%n place(s) left", "", 8) + "  "
                }
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: page.times
                    delegate: ServiceChoice {
                        required property var modelData
                        required property int index
                        objectName: "time_" + modelData.slotId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        title: modelData.time
                        detail: qsTr("until %1").arg(modelData.endTime)
                        spokenTitle: modelData.spokenTime
                        spokenDetail: qsTr("until %1").arg(modelData.spokenEndTime)
                        note: modelData.full ? qsTr("FULL") : qsTr("%n place(s) left", "", modelData.free)
                        icon: modelData.full ? "event_busy" : "schedule"
                        available: !modelData.full
                        selected: page.booking.slotId === modelData.slotId
                        // The first time that can be taken, so a keypad or switch user does not
                        // first hear one that is full.
                        focus: index === page.firstFree
                        onActivated: page.choose(modelData.slotId)
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
