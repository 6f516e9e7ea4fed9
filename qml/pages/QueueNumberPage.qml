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
    readonly property string calledOutText: qsTr("Your number will be shown on the screen and called out.")

    title: Pages.titles["queue-number"]
    primaryAction: page.outcome === "taken" ? doneButton : null
    instruction: page.outcome === "taken" ? qsTr("Remember your number. Wait until it is called.")
               : page.outcome === "failed" ? ""
               : qsTr("Taking a number for you ...")
    backEnabled: page.outcome !== "taken"

    // The number is spoken once it is on disk (the page may open while it is being written).
    function speakResult() {
        if (page.outcome === "taken")
            Voice.say(qsTr("Your number is %1, for %2.").arg(StationQueue.spokenLabel).arg(StationQueue.serviceName)
                      + " " + page.waitingText + " " + StationQueue.whereToWait + " " + page.calledOutText);
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

    // The number and Done never scroll: they are what a visitor must see at any text size. Only
    // the words about it scroll, where to wait first. Wide screen: number and Done on the left,
    // the words on the right; tall screen: number, words, Done.
    readonly property bool wide: page.width > page.height && page.outcome === "taken"
    // On a wide screen the number with Done under it stands in the middle of the height, and the
    // words start level with it: the room the number does not need, half above, half below.
    readonly property real wideSlack: page.wide
        ? Math.max(0, (grid.height - numberBlock.implicitHeight - grid.rowSpacing - actions.implicitHeight) / 2)
        : 0

    Item {
        anchors.fill: parent
        // Low reach measures the content by this: the button, never the number (which is sized
        // from the room it is given).
        implicitHeight: actions.implicitHeight

        GridLayout {
            id: grid
            anchors.fill: parent
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            // Taken: the number, huge.
            Item {
                Layout.row: 0
                Layout.column: 0
                Layout.fillWidth: true
                Layout.fillHeight: page.wide
                Layout.preferredWidth: 1
                implicitHeight: numberBlock.implicitHeight
                visible: page.outcome === "taken"

                Column {
                    id: numberBlock
                    width: parent.width
                    anchors.bottom: parent.bottom
                    spacing: Theme.spacing
                    // The room the number may take: all of its column above Done on a wide screen,
                    // a good share of the height on a tall one.
                    readonly property real room: page.wide
                        ? grid.height - actions.implicitHeight - grid.rowSpacing
                        : grid.height * 0.42
                    Text {
                        id: yourNumber
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
                            // Huge, as tall as its room allows (a line is about 1.2 of the size).
                            font.pixelSize: Math.max(Theme.fontTitle, Math.min(Theme.fontHuge * 2.2,
                                (numberBlock.room - yourNumber.height - 3 * Theme.spacing) / 1.2))
                            font.bold: true
                            font.family: "DejaVu Sans Mono"
                            horizontalAlignment: Text.AlignHCenter
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.fontTitle
                            Accessible.ignored: true
                        }
                    }
                }
            }

            ScrollColumn {
                id: scroller
                // Room under it for the "More below" cue.
                Layout.bottomMargin: queueCue.height + Theme.spacing
                Layout.row: page.wide ? 0 : 1
                Layout.column: page.wide ? 1 : 0
                Layout.rowSpan: page.wide ? 2 : 1
                Layout.topMargin: page.wideSlack
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1

                // The page's colour under the whole content, also the part scrolled out of view
                // (it is what the words are read on when they scroll in).
                Rectangle {
                    parent: scroller.contentItem
                    z: -1
                    width: scroller.width
                    height: Math.max(scroller.height, scroller.contentHeight)
                    color: Theme.background
                }

                Text {
                    objectName: "queueService"
                    Layout.fillWidth: true
                    visible: page.outcome === "taken" && StationQueue.serviceName.length > 0
                    text: StationQueue.serviceName
                    color: Theme.onBackground
                    // Beside the number there is less height: where to wait is the larger line.
                    font.pixelSize: page.wide ? Theme.fontBody : Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    objectName: "queueWhere"
                    Layout.fillWidth: true
                    visible: page.outcome === "taken"
                    text: StationQueue.whereToWait
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontTitle
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    objectName: "queueWaiting"
                    Layout.fillWidth: true
                    visible: page.outcome === "taken"
                    text: page.waitingText
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    objectName: "queueCalledOut"
                    Layout.fillWidth: true
                    visible: page.outcome === "taken"
                    text: page.calledOutText
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
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

            // The one thing to do next stays in view: under the number on a wide screen, below
            // whatever scrolls on a tall one.
            ColumnLayout {
                id: actions
                Layout.row: page.wide ? 1 : 2
                Layout.column: 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                Layout.bottomMargin: page.wideSlack
                spacing: Theme.spacing
                // The width of its column (a layout's own width would depend on the buttons).
                readonly property real room: page.wide ? (grid.width - grid.columnSpacing) / 2 : grid.width
                KioskButton {
                    objectName: "tryAgainButton"
                    Layout.alignment: Qt.AlignHCenter
                    visible: page.outcome === "failed" && StationQueue.serviceId.length > 0
                    text: qsTr("Try again")
                    icon: "refresh"
                    onActivated: StationQueue.take(StationQueue.serviceId)
                }
                KioskButton {
                    id: doneButton
                    objectName: "doneButton"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(actions.room, Math.max(implicitWidth, Theme.mm(80)))
                    visible: page.outcome === "taken"
                    text: qsTr("Done")
                    icon: "done"
                    fontSize: Theme.fontTitle
                    focus: true
                    onActivated: Visit.finish()
                }
            }
        }

        // Under the scrolling words, in the room kept for it.
        MoreBelow {
            id: queueCue
            scroller: scroller
            x: grid.x + scroller.x + (scroller.width - width) / 2
            y: grid.y + scroller.y + scroller.height + Theme.spacing / 2
        }
    }
}
