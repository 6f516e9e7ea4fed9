// SPDX-License-Identifier: GPL-3.0-or-later
// One service: what it is, who can use it, what to bring, opening hours and where, in plain
// words with the official term second and smaller; then "Book a time" when it can be booked,
// and "Take a number now" when it serves walk-ins and is open now. The details are read out
// after the title, so a visitor who cannot see them hears them too.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property ServiceDirectory directory: Visit.services
    readonly property var service: directory.service
    readonly property bool known: service.id !== undefined
    readonly property bool canTakeNumber: known && service.walkIn && service.openNow && Pages.source("queue-number").toString().length > 0
    /// [heading, words, icon] of each part of the page that has words.
    readonly property var sections: known ? [
        [qsTr("What it is"), service.offers, "info"],
        [qsTr("Who can use it"), service.eligibility, "groups"],
        [qsTr("What to bring"), service.whatToBring, "work_outline"],
        [qsTr("Opening hours"), service.openingHours, "schedule"],
        [qsTr("Where"), service.place, "place"]
    ].filter(part => part[1] && part[1].length > 0) : []

    title: known ? service.name : Pages.titles["service"]
    instruction: !known ? qsTr("This service is not offered now. Touch Back and choose another.")
                 : service.bookable ? qsTr("Read what this service offers. Touch \"Book a time\" to choose a day and time.")
                 : canTakeNumber ? qsTr("Read what this service offers. Touch \"Take a number now\" to queue for it.")
                 : qsTr("Read what this service offers. Come to the station when it is open.")

    Component.onCompleted: sayDetails()
    function sayDetails() {
        if (!known)
            return;
        if (service.officialName.length > 0)
            Voice.say(qsTr("Official name: %1.").arg(service.officialName));
        for (const part of sections)
            Voice.say(part[0] + ": " + part[1]);
    }
    function book() {
        if (Visit.booking.start(service.id))
            Navigator.open("book-day");
        else
            Voice.say(qsTr("This service cannot be booked now. Please press \"Call staff\"."));
    }
    function takeNumber() {
        if (StationQueue.take(service.id))
            Navigator.open("queue-number");
        else
            Voice.say(StationQueue.errorText);
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Text {
                objectName: "officialName"
                Layout.fillWidth: true
                visible: page.known && page.service.officialName.length > 0
                text: page.known ? qsTr("Official name: %1").arg(page.service.officialName) : ""
                color: Theme.onBackground
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }

            Repeater {
                model: page.sections
                delegate: Rectangle {
                    id: section
                    required property var modelData
                    required property int index
                    objectName: "serviceSection_" + index
                    Layout.fillWidth: true
                    implicitHeight: sectionRow.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(1, Theme.mm(0.3))
                    border.color: Theme.border
                    Row {
                        id: sectionRow
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing
                        Icon {
                            id: sectionIcon
                            name: section.modelData[2]
                            size: Theme.fontTitle * 1.3
                            color: Theme.onSurface
                        }
                        Column {
                            width: parent.width - sectionIcon.width - parent.spacing
                            spacing: Theme.mm(0.5)
                            Text {
                                width: parent.width
                                text: section.modelData[0]
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.Heading
                                Accessible.name: text
                            }
                            Text {
                                width: parent.width
                                text: section.modelData[1]
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.StaticText
                                Accessible.name: text
                            }
                        }
                    }
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        Text {
            objectName: "walkInClosed"
            Layout.fillWidth: true
            visible: page.known && page.service.walkIn && !page.service.openNow
            text: qsTr("Queue numbers are given while the service is open.")
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
                objectName: "bookTime"
                visible: page.known && page.service.bookable
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Book a time")
                icon: "calendar_month"
                fontSize: Theme.fontTitle
                focus: visible
                onActivated: page.book()
            }
            KioskButton {
                objectName: "takeNumber"
                visible: page.canTakeNumber
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Take a number now")
                icon: "confirmation_number"
                fontSize: Theme.fontTitle
                fill: page.known && page.service.bookable ? Theme.surface : Theme.primary
                ink: page.known && page.service.bookable ? Theme.onSurface : Theme.onPrimary
                focus: visible && !(page.known && page.service.bookable)
                onActivated: page.takeNumber()
            }
        }
    }
}
