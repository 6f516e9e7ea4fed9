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
    readonly property string provisionalText: qsTr("This booking is provisional: the kiosk is offline. Staff will confirm it.")
    readonly property string bringText: booking.whatToBring.length > 0 ? qsTr("Please bring: %1").arg(booking.whatToBring) : ""

    title: booking.provisional ? qsTr("Your time is booked, to be confirmed") : Pages.titles["booked"]
    instruction: qsTr("Remember the day, the time and this code. Show the code at the station.")
    backEnabled: false

    Component.onCompleted: {
        Voice.say(qsTr("Your time: %1, for %2.").arg(page.whenText).arg(booking.serviceName));
        if (booking.provisional)
            Voice.say(page.provisionalText);
        Voice.sayCode(code);
        if (page.bringText.length > 0)
            Voice.say(page.bringText);
    }

    Timer {
        interval: page.homeAfterSeconds * 1000
        running: true
        onTriggered: Visit.finish()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The time and the code side by side in landscape, one above the other in portrait.
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height ? 2 : 1
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.mm(1)
                    Text {
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
                        font.pixelSize: Theme.fontHuge * 1.6
                        font.bold: true
                        font.family: "DejaVu Sans Mono"
                        horizontalAlignment: Text.AlignHCenter
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontTitle
                        Accessible.role: Accessible.StaticText
                        Accessible.name: page.whenText
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.mm(1)
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Your booking code")
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                    ConfirmationCode {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.maximumWidth: parent.width
                        code: page.code
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
            Rectangle {
                objectName: "provisionalNotice"
                Layout.fillWidth: true
                visible: page.booking.provisional
                implicitHeight: provisionalWords.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: Theme.border
                Icon {
                    id: provisionalIcon
                    x: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    name: "hourglass_top"
                    size: Theme.fontTitle * 1.4
                    color: Theme.onSurface
                }
                Text {
                    id: provisionalWords
                    x: provisionalIcon.x + provisionalIcon.width + Theme.spacing
                    y: Theme.spacing
                    width: parent.width - x - Theme.spacing
                    text: page.provisionalText
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
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

        GridLayout {
            Layout.fillWidth: true
            columns: page.width > page.height ? 2 : 1
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
