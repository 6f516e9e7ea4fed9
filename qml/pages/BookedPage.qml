// SPDX-License-Identifier: GPL-3.0-or-later
// The booking is saved: the day and time and the booking code huge, both spoken, with what to
// bring and where. A booking made while the kiosk could not reach the central office says
// plainly that it is provisional and that staff will confirm it. "My bookings" shows it again;
// Done ends the visit, and so does a while without a touch.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property BookingFlow booking: Visit.booking
    readonly property string code: booking.code
    property int homeAfterSeconds: 60
    /// Spoken: the time as words ("10点"), not the digits of the screen.
    readonly property string whenText: qsTr("%1 at %2").arg(booking.bookedWhen).arg(booking.bookedSpokenTime)
    readonly property string provisionalText: qsTr("Provisional: the kiosk is offline. Staff will confirm it.")
    readonly property string bringText: booking.whatToBring.length > 0 ? qsTr("Please bring: %1").arg(booking.whatToBring) : ""

    title: booking.provisional ? qsTr("Your time is booked, to be confirmed") : Pages.titles["booked"]
    primaryAction: doneButton
    // One line on a landscape screen at the largest text; "Show the code at the station"
    // follows the service below.
    instruction: qsTr("Remember the day, the time and this code.")
    backEnabled: false

    Component.onCompleted: {
        Voice.say(qsTr("Your time: %1, for %2.").arg(page.whenText).arg(booking.serviceName));
        if (booking.provisional)
            Voice.say(page.provisionalText);
        Voice.sayCode(code, qsTr("Your booking code"));
        if (page.bringText.length > 0)
            Voice.say(page.bringText);
    }

    Timer {
        interval: page.homeAfterSeconds * 1000
        running: true
        onTriggered: Visit.finish()
    }

    readonly property bool wide: page.width > page.height
    /// The time's and the code's size: as large as the screen leaves once the day, the labels,
    /// the provisional notice, the "More below" line and the buttons are placed, so that the
    /// time, the code and the notice are whole on the first screen even at the largest text
    /// (between the title size and the full size; a line is about 1.2 of its font size).
    readonly property int bigSize: {
        const room = layout.height - buttons.implicitHeight - moreBelowRoom - 2 * layout.spacing
                     - 4 * Theme.focusRingWidth - (notice.visible ? notice.implicitHeight + essentials.spacing : 0)
                     - 2 * Theme.spacing; // the code's box
        const words = page.wide ? Math.max(whenWords.implicitHeight, codeWords.implicitHeight + 2 * Theme.spacing)
                                : whenWords.implicitHeight + codeWords.implicitHeight + 2 * Theme.spacing + grid.rowSpacing;
        const size = (room - words - 2 * Theme.mm(1)) / (page.wide ? 1.2 : 2.4);
        return Math.round(Math.max(Theme.fontTitle, Math.min(Theme.fontHuge * 1.6, size)));
    }
    readonly property real moreBelowRoom: moreBelow.implicitHeight

    ColumnLayout {
        id: layout
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                id: essentials
                Layout.fillWidth: true
                spacing: Theme.spacing

                // The time and the code side by side in landscape, one above the other in portrait.
                GridLayout {
                    id: grid
                    Layout.fillWidth: true
                    columns: page.wide ? 2 : 1
                    columnSpacing: Theme.spacing * 2
                    rowSpacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        // The day is the longer of the two in landscape.
                        Layout.preferredWidth: 3
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.mm(1)
                        Text {
                            id: whenWords
                            objectName: "bookedWhen"
                            Layout.fillWidth: true
                            text: page.booking.bookedWhen
                            color: Theme.onBackground
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                        }
                        Text {
                            objectName: "bookedTime"
                            Layout.fillWidth: true
                            text: page.booking.bookedTime
                            color: Theme.onBackground
                            font.pixelSize: page.bigSize
                            font.bold: true
                            font.family: "DejaVu Sans Mono"
                            horizontalAlignment: Text.AlignHCenter
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.fontBody
                            Accessible.role: Accessible.StaticText
                            Accessible.name: page.whenText
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.mm(1)
                        Text {
                            id: codeWords
                            Layout.fillWidth: true
                            text: qsTr("Your booking code")
                            color: Theme.onBackground
                            // Body size, as the day's line beside it is one line shorter so.
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                        }
                        ConfirmationCode {
                            Layout.alignment: Qt.AlignHCenter
                            Layout.maximumWidth: parent.width
                            code: page.code
                            pixelSize: page.bigSize
                        }
                    }
                }
                Rectangle {
                    id: notice
                    objectName: "provisionalNotice"
                    Layout.fillWidth: true
                    visible: page.booking.provisional
                    implicitHeight: Math.max(provisionalWords.implicitHeight, provisionalIcon.implicitHeight) + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(2, Theme.mm(0.8))
                    border.color: Theme.border
                    Icon {
                        id: provisionalIcon
                        x: Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        name: "hourglass_top"
                        size: Theme.fontBody * 1.3
                        color: Theme.onSurface
                    }
                    Text {
                        id: provisionalWords
                        x: provisionalIcon.x + provisionalIcon.width + Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - x - Theme.spacing
                        text: page.provisionalText
                        color: Theme.onSurface
                        // Body size: at the largest text a title-size notice took a third of a
                        // landscape screen and pushed the code off it.
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
            }
            Text {
                objectName: "bookedService"
                Layout.fillWidth: true
                text: page.booking.serviceName
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Show the code at the station.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "bookedBring"
                Layout.fillWidth: true
                visible: text.length > 0
                readonly property string whereText: page.booking.place.length > 0 ? qsTr("Where: %1").arg(page.booking.place) : ""
                text: page.bringText.length > 0 && whereText.length > 0 ? page.bringText + "\n" + whereText : page.bringText + whereText
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        // Words, not only the side bar: what to bring and where may lie below the screen.
        MoreBelow {
            id: moreBelow
            Layout.alignment: Qt.AlignHCenter
            scroller: scroller
        }

        GridLayout {
            id: buttons
            Layout.fillWidth: true
            // Side by side in both orientations: a row fewer leaves the time and code whole.
            columns: 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            KioskButton {
                objectName: "openMyBookings"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("My bookings")
                icon: "event_note"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: Navigator.open("my-bookings")
            }
            KioskButton {
                id: doneButton
                objectName: "doneButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Done")
                icon: "done"
                fontSize: Theme.fontTitle
                focus: true
                onActivated: Visit.finish()
            }
        }
    }
}
