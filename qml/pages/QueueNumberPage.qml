// SPDX-License-Identifier: GPL-3.0-or-later
// A walk-in queue number: shown huge once it is on disk, with the service, where to wait and
// how many are waiting before it, and spoken digit by digit in the visitor's language. No
// identity is asked: a queue number names nobody. Ends the visit by itself after a while.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property string outcome: StationQueue.outcome
    /// Seconds before the page goes home by itself.
    property int homeAfterSeconds: 60

    readonly property string waitingText: StationQueue.waitingBefore === 0
        ? qsTr("Nobody is waiting before you. You are next.")
        : qsTr("%n people are waiting before you.", "", StationQueue.waitingBefore)
    readonly property string whereText: StationQueue.place.length > 0
        ? qsTr("Please wait near %1. Your number will be shown on the screen and called out.").arg(StationQueue.place)
        : qsTr("Please wait in the waiting area. Your number will be shown on the screen and called out.")

    title: Pages.titles["queue-number"]
    instruction: page.outcome === "taken" ? qsTr("Remember your number. Wait until it is called.")
               : page.outcome === "failed" ? ""
               : qsTr("Taking a number for you ...")
    backEnabled: page.outcome !== "taken"

    // The number is spoken once it is on disk (the page may open while it is being written).
    function speakResult() {
        if (page.outcome === "taken")
            Voice.say(qsTr("Your number is %1, for %2.").arg(StationQueue.spokenLabel).arg(StationQueue.serviceName)
                      + " " + page.waitingText + " " + page.whereText);
        else if (page.outcome === "failed")
            Voice.say(qsTr("No number was given.") + " " + StationQueue.errorText);
    }
    Component.onCompleted: speakResult()
    onOutcomeChanged: speakResult()

    Timer {
        interval: page.homeAfterSeconds * 1000
        running: page.outcome === "taken" || page.outcome === "failed"
        onTriggered: Visit.finish()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The page's colour under the whole content, also the part scrolled out of view (it
            // is what the words are read on when they scroll in).
            Rectangle {
                parent: scroller.contentItem
                z: -1
                width: scroller.width
                height: Math.max(scroller.height, scroller.contentHeight)
                color: Theme.background
            }

            // Taken: the number, huge; on a wide screen the words beside it, so all of it is in
            // view at the largest text.
            GridLayout {
                id: taken
                Layout.fillWidth: true
                visible: page.outcome === "taken"
                columns: page.width > page.height ? 2 : 1
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing

                Column {
                    // Equal halves on a wide screen: the layout gives the width.
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignVCenter
                    spacing: Theme.spacing
                    Text {
                        width: parent.width
                        text: qsTr("Your number")
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontBody
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                    }
                    Rectangle {
                        id: ticket
                        objectName: "queueTicket"
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(Math.ceil(naturalLabel.advanceWidth) + 4 * Theme.spacing, parent.width)
                        height: ticketLabel.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: Math.max(2, Theme.mm(0.8))
                        border.color: Theme.border
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Your number: %1").arg(StationQueue.label.split("").join(" "))
                        TextMetrics {
                            id: naturalLabel
                            font: ticketLabel.font
                            text: StationQueue.label
                        }
                        Text {
                            id: ticketLabel
                            objectName: "queueLabel"
                            anchors.centerIn: parent
                            width: Math.min(Math.ceil(naturalLabel.advanceWidth) + 2, ticket.width - 2 * Theme.spacing)
                            text: StationQueue.label
                            color: Theme.onSurface
                            // Huge, but never so tall that the words under it leave the screen.
                            font.pixelSize: Math.min(Theme.fontHuge * 2.2, Math.max(Theme.fontTitle, scroller.height * (taken.columns > 1 ? 0.45 : 0.28)))
                            font.bold: true
                            font.family: "DejaVu Sans Mono"
                            horizontalAlignment: Text.AlignHCenter
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.fontTitle
                            Accessible.ignored: true
                        }
                    }
                }
                Column {
                    // Equal halves on a wide screen: the layout gives the width.
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignVCenter
                    spacing: Theme.spacing
                    Text {
                        objectName: "queueService"
                        width: parent.width
                        visible: StationQueue.serviceName.length > 0
                        text: StationQueue.serviceName
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Text {
                        objectName: "queueWaiting"
                        width: parent.width
                        text: page.waitingText
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontTitle
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Text {
                        objectName: "queueWhere"
                        width: parent.width
                        text: page.whereText
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
            }

            // Failed: what went wrong, and a way on (Call staff is always in the bottom bar).
            Icon {
                Layout.alignment: Qt.AlignHCenter
                visible: page.outcome === "failed"
                name: "error"
                size: Theme.mm(18)
                color: Theme.danger
            }
            Text {
                objectName: "queueError"
                Layout.fillWidth: true
                visible: page.outcome === "failed"
                text: qsTr("No number was given.") + " " + StationQueue.errorText
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        // The one thing to do next stays in view below whatever scrolls.
        KioskButton {
            objectName: "tryAgainButton"
            Layout.alignment: Qt.AlignHCenter
            visible: page.outcome === "failed" && StationQueue.serviceId.length > 0
            text: qsTr("Try again")
            icon: "refresh"
            onActivated: StationQueue.take(StationQueue.serviceId)
        }
        KioskButton {
            objectName: "doneButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(scroller.width, Math.max(implicitWidth, Theme.mm(80)))
            visible: page.outcome === "taken"
            text: qsTr("Done")
            icon: "done"
            fontSize: Theme.fontTitle
            focus: true
            onActivated: Visit.finish()
        }
    }
}
