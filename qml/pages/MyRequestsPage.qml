// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor's help requests, newest first, a screen of them at a time: the status in words
// and with its own pictogram, the volunteer's given name and the agreed time once one is found,
// Cancel (with a confirm step) for one not done, Rate for one done.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property MyRequests requests: Visit.myRequests
    /// The request waiting for "Yes, cancel it" (empty: the list is shown).
    property string confirming: ""
    readonly property var confirmingItem: confirming.length > 0 ? requests.item(confirming) : ({})

    title: Pages.titles["my-requests"]
    instruction: requests.items.length > 0
                 ? qsTr("Your requests, newest first. Touch Cancel to withdraw one, or Rate when the help is done.")
                 : ""

    Component.onCompleted: {
        requests.pageSize = page.fitting;
        requests.reload();
    }
    // Not while the layout is being arranged: a new page size replaces the list's items.
    onFittingChanged: applyFitting.restart()
    Timer {
        id: applyFitting
        interval: 0
        onTriggered: page.requests.pageSize = page.fitting
    }
    // The estimate was generous (long words wrap at large text): one item fewer per screen
    // until a screen holds them all.
    Timer {
        id: fewerPerScreen
        interval: 0
        onTriggered: {
            if (list.contentHeight > list.height + 1 && page.requests.pageSize > 1)
                page.requests.pageSize = page.requests.pageSize - 1;
        }
    }

    /// As many requests as one screen holds at this size and text scale.
    /// As many requests as the list holds at this size and text scale (a card: its title, its
    /// status, a line or two of details and a row of buttons).
    readonly property real cardEstimate: Theme.fontTitle * 1.4 + Theme.fontBody * 1.4 + Theme.fontSmall * 2.6
                                         + Theme.targetSize + Theme.spacing * 4
    readonly property int fitting: Math.max(1, Math.min(5, Math.floor((list.height + Theme.spacing) / (cardEstimate + Theme.spacing * 1.5))))

    function stageWords(item) {
        switch (item.stage) {
        case "waitingToSend": return qsTr("Waiting to send");
        case "received": return qsTr("Received, a volunteer is being found");
        case "volunteerFound":
            return item.agreedAt.length > 0 ? qsTr("Volunteer found: %1, on %2").arg(item.volunteer).arg(item.agreedAt)
                                            : qsTr("Volunteer found: %1").arg(item.volunteer);
        case "done": return qsTr("Done");
        case "cancelled": return qsTr("Cancelled");
        case "cancelling": return qsTr("Cancelled, waiting to send");
        }
        return "";
    }
    function stageIcon(stage) {
        switch (stage) {
        case "waitingToSend": return "schedule_send";
        case "received": return "inbox";
        case "volunteerFound": return "person";
        case "done": return "task_alt";
        case "cancelled": return "cancel";
        case "cancelling": return "hourglass_top";
        }
        return "help";
    }
    function askCancel(id) {
        confirming = id;
        afterChange.restart();
    }
    function keep() {
        confirming = "";
        Voice.say(qsTr("The request is kept."));
        afterChange.restart();
    }
    function cancelNow() {
        if (!requests.cancel(confirming))
            Voice.say(requests.errorText);
    }
    function rate(id) {
        Visit.rating.begin(requests.item(id));
        Navigator.open("rate");
    }
    function turnPage(forward) {
        if (forward)
            requests.nextPage();
        else
            requests.previousPage();
        Voice.say(qsTr("Page %1 of %2").arg(requests.pageIndex + 1).arg(requests.pageCount));
        afterChange.restart();
    }

    Connections {
        target: page.requests
        function onCancelled() {
            page.confirming = "";
            Voice.say(qsTr("Your request is cancelled."));
            afterChange.restart();
        }
    }
    // Focus on the first control of what is on screen now, once it exists.
    Timer {
        id: afterChange
        interval: 0
        onTriggered: {
            if (page.confirming.length > 0)
                keepButton.forceActiveFocus();
            else if (list.itemAt(0))
                list.itemAt(0).forceActiveFocus();
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
                text: qsTr("Cancel your request \"%1\" (code %2)?").arg(page.confirmingItem.typeName || "").arg(page.confirmingItem.code || "")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("A volunteer who was to come will be told not to.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.requests.errorText
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
                    objectName: "keepRequest"
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
                    objectName: "confirmCancel"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: page.requests.saving ? qsTr("Saving...") : qsTr("Yes, cancel it")
                    icon: "cancel"
                    fontSize: Theme.fontTitle
                    fill: Theme.danger
                    ink: Theme.onDanger
                    enabled: !page.requests.saving
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

        Text {
            objectName: "noRequests"
            Layout.fillWidth: true
            visible: page.requests.items.length === 0
            text: page.requests.outcome === "ok" ? qsTr("You have not asked for help yet.")
                  : page.requests.outcome === "noVisitor" ? qsTr("Please show who you are first.")
                  : qsTr("Your requests cannot be shown right now. Please press \"Call staff\".")
            color: Theme.onBackground
            font.pixelSize: Theme.fontTitle
            wrapMode: Text.Wrap
        }

        // A view of its own: the items are replaced when the page turns or the feed brings news.
        ListView {
            id: list
            objectName: "requestList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            spacing: Theme.spacing * 1.5
            model: page.requests.pageItems
            focus: true
            keyNavigationEnabled: false
            function itemAt(i) { return itemAtIndex(i); }
            // Not while the view lays itself out: the page size replaces its items.
            onContentHeightChanged: {
                if (contentHeight > height + 1 && page.requests.pageSize > 1 && page.requests.pageItems.length === page.requests.pageSize)
                    fewerPerScreen.restart();
            }
            delegate: FocusScope {
                id: entry
                required property var modelData
                required property int index
                objectName: "request_" + modelData.code
                width: ListView.view.width - Theme.mm(2)
                x: Theme.focusRingWidth * 2
                height: card.height + Theme.focusRingWidth * 4
                focus: index === 0
                // The request whose button the keypad reached comes into view.
                onActiveFocusChanged: if (activeFocus) ListView.view.positionViewAtIndex(index, ListView.Contain)

                Rectangle {
                    id: card
                    x: Theme.focusRingWidth * 2
                    y: Theme.focusRingWidth * 2
                    width: parent.width - Theme.focusRingWidth * 4
                    height: cardColumn.implicitHeight + 2 * Theme.spacing
                    readonly property real implicitCardHeight: height
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(1, Theme.mm(0.3))
                    border.color: Theme.border

                    // Positioners, not layouts: the card is made again whenever the list changes.
                    Column {
                        id: cardColumn
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.mm(1)
                        Row {
                            width: parent.width
                            spacing: Theme.spacing
                            Icon {
                                id: typeIcon
                                name: entry.modelData.icon
                                size: Theme.fontTitle * 1.3
                                color: Theme.onSurface
                            }
                            Text {
                                width: parent.width - typeIcon.width - parent.spacing
                                anchors.verticalCenter: parent.verticalCenter
                                text: entry.modelData.typeName
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.Heading
                                Accessible.name: text
                            }
                        }
                        Row {
                            width: parent.width
                            spacing: Theme.spacing
                            Icon {
                                id: stageIcon
                                name: page.stageIcon(entry.modelData.stage)
                                size: Theme.fontTitle * 1.3
                                color: Theme.onSurface
                            }
                            Text {
                                objectName: "stage_" + entry.modelData.code
                                width: parent.width - stageIcon.width - parent.spacing
                                anchors.verticalCenter: parent.verticalCenter
                                text: page.stageWords(entry.modelData)
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.StaticText
                                Accessible.name: text
                            }
                        }
                        Text {
                            width: parent.width
                            text: qsTr("When: %1. Where: %2. Code %3, asked on %4.")
                                  .arg(entry.modelData.when).arg(entry.modelData.where)
                                  .arg(entry.modelData.code).arg(entry.modelData.created)
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        Text {
                            width: parent.width
                            visible: entry.modelData.rated
                            text: qsTr("You rated it %n star(s). Thank you.", "", entry.modelData.stars)
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                        Item {
                            width: parent.width
                            height: Theme.mm(1)
                            visible: buttons.visible
                        }
                        Flow {
                            id: buttons
                            width: parent.width
                            visible: entry.modelData.cancellable || entry.modelData.rateable
                            spacing: Theme.spacing
                            readonly property real half: (width - spacing) / 2
                            KioskButton {
                                objectName: "rate_" + entry.modelData.code
                                visible: entry.modelData.rateable
                                width: Math.max(Math.min(implicitWidth, buttons.width), buttons.half)
                                text: qsTr("Rate")
                                description: entry.modelData.typeName
                                icon: "star"
                                focus: visible
                                onActivated: page.rate(entry.modelData.id)
                            }
                            KioskButton {
                                objectName: "cancel_" + entry.modelData.code
                                visible: entry.modelData.cancellable
                                width: Math.max(Math.min(implicitWidth, buttons.width), buttons.half)
                                text: qsTr("Cancel")
                                description: entry.modelData.typeName
                                icon: "cancel"
                                fill: Theme.surface
                                ink: Theme.onSurface
                                focus: visible
                                onActivated: page.askCancel(entry.modelData.id)
                            }
                        }
                    }
                }
            }
        }

        MoreBelow {
            scroller: list
            Layout.alignment: Qt.AlignHCenter
        }

        Flow {
            id: paging
            Layout.fillWidth: true
            visible: page.requests.pageCount > 1
            spacing: Theme.spacing
            readonly property bool oneRow: page.width > page.height && Theme.textScale < 1.5
            readonly property real third: oneRow ? (width - 2 * spacing) / 3 : width
            KioskButton {
                objectName: "newerRequests"
                width: paging.third
                text: qsTr("Newer")
                icon: "arrow_upward"
                enabled: page.requests.pageIndex > 0
                onActivated: page.turnPage(false)
            }
            Text {
                objectName: "pageOf"
                width: paging.third
                height: paging.oneRow ? Theme.targetSize : implicitHeight
                text: qsTr("Page %1 of %2").arg(page.requests.pageIndex + 1).arg(page.requests.pageCount)
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
            }
            KioskButton {
                objectName: "olderRequests"
                width: paging.third
                text: qsTr("Older")
                icon: "arrow_downward"
                enabled: page.requests.pageIndex + 1 < page.requests.pageCount
                onActivated: page.turnPage(true)
            }
        }
    }
}
