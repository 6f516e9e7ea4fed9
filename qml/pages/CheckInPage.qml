// SPDX-License-Identifier: GPL-3.0-or-later
// The volunteers' desk: a volunteer shows who they are (ID card, typed ID number or volunteer
// number), is greeted by their given name (on screen; aloud only in private listening), sees
// today's tasks here and checks in or out, or checks in for station duty when there is no
// task. A card that is not a volunteer's may register; an approved volunteer whose record has
// not reached this kiosk yet is told so with their number, and found as soon as it arrives.
// Every refusal is shown and spoken. Check in stays on the first screen at every text size
// (beside the task's time on a wide screen), and "More below" says when the list goes on.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerDesk desk: Visit.volunteers
    readonly property bool found: desk.state === "found"
    readonly property int openTasks: {
        let open = 0;
        for (const task of desk.assignments)
            if (task.state === "open")
                ++open;
        return open;
    }

    readonly property int firstOpen: {
        const tasks = desk.assignments;
        for (let i = 0; i < tasks.length; ++i)
            if (tasks[i].state === "open")
                return i;
        return -1;
    }

    readonly property bool wide: page.width > page.height

    title: Pages.titles["checkin"]
    instruction: {
        if (!page.found)
            return page.desk.state === "none"
                ? qsTr("Place your ID card on the reader below the screen, or type your ID number or your volunteer number.")
                : "";
        if (page.desk.checkedIn)
            return qsTr("You are checked in. Touch Check out when you finish.");
        if (page.openTasks > 0)
            return qsTr("Touch Check in on the task you are starting.");
        return qsTr("You have no task here today. You can check in for station duty.");
    }

    readonly property string dutyText: qsTr("Station duty: helping at the station without a task. A coordinator approves those hours before they count.")

    function spokenTasks() {
        const tasks = page.desk.assignments;
        if (tasks.length === 0)
            return qsTr("You have no task here today.");
        let words = qsTr("You have %n task(s) here today.", "", tasks.length);
        for (const task of tasks)
            words += " " + qsTr("%1: %2, %3.").arg(task.spokenTime).arg(task.title).arg(task.place);
        return words;
    }
    /// The greeting with the name privately; what to do, for everyone.
    function greet() {
        Voice.sayPrivate(page.desk.greeting, qsTr("Hello! Your details are on the screen."));
        if (page.desk.checkedIn)
            Voice.say(qsTr("You checked in at %1 for %2.").arg(page.desk.spokenSince).arg(page.desk.checkedInFor));
        else
            Voice.say(page.spokenTasks());
    }

    Component.onCompleted: {
        // A card read, or an ID number typed, on the way here.
        if (VisitorIdentity.present && (desk.state === "none" || desk.foundBy === "number"))
            desk.fromIdentity();
        else
            desk.reload();
        page.shownState = page.stateKey();
        if (page.found)
            page.greet();
        else if (page.desk.stateText.length > 0)
            Voice.say(page.desk.stateText);
    }
    /// What was last said: the state, or its words when they change within it (an approved
    /// volunteer still waiting for their record is told to call staff).
    function stateKey() {
        return page.found ? "found" : page.desk.state + ":" + page.desk.stateText;
    }

    Connections {
        target: VisitorIdentity
        // A card laid on the reader while the desk is open.
        function onChanged() {
            if (VisitorIdentity.present && page.visible)
                page.desk.fromIdentity();
        }
    }
    Connections {
        target: page.desk
        function onChanged() {
            if (page.stateKey() !== page.shownState) {
                page.shownState = page.stateKey();
                if (page.found)
                    page.greet();
                else if (page.desk.stateText.length > 0)
                    Voice.say(page.desk.stateText);
            }
        }
        function onSaved() {
            Navigator.open("checkout");
        }
        function onRefused() {
            Voice.say(page.desk.message);
            messageBox.forceActiveFocus();
        }
    }
    /// The state last greeted or said (set, never bound: the handler above compares with it).
    property string shownState: ""

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            // ---- Not found yet: who are you?
            Rectangle {
                objectName: "deskState"
                Layout.fillWidth: true
                visible: !page.found && page.desk.stateText.length > 0
                implicitHeight: stateRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.5))
                border.color: page.desk.state === "error" ? Theme.danger : Theme.border
                Row {
                    id: stateRow
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    Icon {
                        id: stateIcon
                        name: page.desk.state === "looking" || page.desk.state === "approved" ? "hourglass_top"
                              : page.desk.state === "pending" ? "pending"
                              : page.desk.state === "error" ? "error" : "info"
                        size: Theme.fontTitle * 1.3
                        color: Theme.onSurface
                    }
                    Text {
                        objectName: "deskStateText"
                        width: parent.width - stateIcon.width - parent.spacing
                        text: page.desk.stateText
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontTitle
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
            KioskButton {
                objectName: "registerVolunteer"
                Layout.fillWidth: true
                // Also for a card the kiosk does not know while the central office cannot be asked:
                // the registration asks again itself, and tells a volunteer they are one already.
                visible: (page.desk.state === "notVolunteer" || page.desk.state === "unknownCard")
                         && VisitorIdentity.source === "card"
                text: qsTr("Register as a volunteer")
                icon: "volunteer_activism"
                fontSize: Theme.fontTitle
                focus: visible && page.desk.state === "notVolunteer"
                onActivated: Navigator.open("volunteer-register")
            }
            Row {
                Layout.alignment: Qt.AlignHCenter
                visible: page.desk.state === "none"
                spacing: Theme.spacing
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Picture: lay the ID card flat on the reader under the screen")
                Icon { name: "badge"; size: Theme.mm(22); color: Theme.primary }
                Icon { name: "south"; size: Theme.mm(22); color: Theme.onBackground }
                Icon { name: "contactless"; size: Theme.mm(22); color: Theme.primary }
            }
            GridLayout {
                Layout.fillWidth: true
                visible: !page.found && page.desk.state !== "looking"
                columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing
                KioskButton {
                    objectName: "typeIdNumber"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Type my ID number")
                    icon: "badge"
                    fontSize: Theme.fontTitle
                    focus: page.desk.state !== "notVolunteer"
                    onActivated: Navigator.identifyFor("checkin", "idnumber")
                }
                KioskButton {
                    objectName: "typeVolunteerNumber"
                    // Approved but not here yet: the number finds nothing until the record comes.
                    visible: page.desk.state !== "approved"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Type my volunteer number")
                    icon: "dialpad"
                    fontSize: Theme.fontTitle
                    onActivated: {
                        page.desk.clearTyped();
                        Navigator.open("volunteer-number");
                    }
                }
            }

            // ---- Found: the greeting, what is open, today's tasks.
            // On a wide screen the number stands beside the greeting, so the tasks start higher.
            Flow {
                Layout.fillWidth: true
                visible: page.found
                spacing: Theme.spacing * 2
                Text {
                    objectName: "greeting"
                    width: Math.min(implicitWidth, parent.width)
                    text: page.desk.greeting
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Text {
                    objectName: "volunteerNumber"
                    width: Math.min(implicitWidth, parent.width)
                    // The number keeps its line: its hyphens do not break (U+2011).
                    text: qsTr("Volunteer number %1").arg(page.desk.volunteerNumber.replace(/-/g, "\u2011"))
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
            Rectangle {
                objectName: "checkedInNow"
                Layout.fillWidth: true
                visible: page.found && page.desk.checkedIn
                implicitHeight: openRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: Theme.success
                Row {
                    id: openRow
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    Icon {
                        id: openIcon
                        name: "how_to_reg"
                        size: Theme.fontTitle * 1.3
                        color: Theme.onSurface
                    }
                    Text {
                        objectName: "checkedInText"
                        width: parent.width - openIcon.width - parent.spacing
                        text: qsTr("Checked in since %1 for: %2").arg(page.desk.since).arg(page.desk.checkedInFor)
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }

            Rectangle {
                id: messageBox
                objectName: "deskMessage"
                Layout.fillWidth: true
                visible: page.desk.message.length > 0
                implicitHeight: messageRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.danger
                activeFocusOnTab: true
                Accessible.role: Accessible.StaticText
                Accessible.name: page.desk.message
                FocusRing { target: messageBox }
                Row {
                    id: messageRow
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    Icon {
                        id: messageIcon
                        name: "error"
                        size: Theme.fontTitle * 1.3
                        color: Theme.onDanger
                    }
                    Text {
                        objectName: "deskMessageText"
                        width: parent.width - messageIcon.width - parent.spacing
                        text: page.desk.message
                        color: Theme.onDanger
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                visible: page.found
                text: page.desk.assignments.length > 0 ? qsTr("Your tasks here today") : qsTr("You have no task here today.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                id: tasks
                model: page.found ? page.desk.assignments : []
                delegate: Rectangle {
                    id: task
                    required property var modelData
                    required property int index
                    objectName: "task_" + modelData.id
                    Layout.fillWidth: true
                    implicitHeight: taskColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(2, Theme.mm(task.modelData.state === "checkedIn" ? 0.8 : 0.3))
                    border.color: task.modelData.state === "checkedIn" ? Theme.success : Theme.border
                    GridLayout {
                        id: taskColumn
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        // Wide: Check in beside the words, so it is on the first screen at any size.
                        columns: page.wide ? 2 : 1
                        columnSpacing: Theme.spacing * 2
                        rowSpacing: Theme.mm(1.5)
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 3
                            spacing: Theme.mm(1.5)
                            // The time on a line of its own, so the task's words wrap less.
                            Text {
                                Layout.fillWidth: true
                                text: task.modelData.time
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.StaticText
                                Accessible.name: task.modelData.spokenTime + ": " + task.modelData.title
                            }
                            Text {
                                Layout.fillWidth: true
                                text: task.modelData.title
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.ignored: true
                            }
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("Where: %1").arg(task.modelData.place)
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                visible: task.modelData.state !== "open"
                                spacing: Theme.spacing
                                Icon {
                                    name: task.modelData.state === "checkedIn" ? "how_to_reg" : "schedule"
                                    size: Theme.fontBody * 1.3
                                    color: Theme.onSurface
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: task.modelData.state === "checkedIn" ? qsTr("You are checked in for this task.")
                                                                               : qsTr("This task's time is over.")
                                    color: Theme.onSurface
                                    font.pixelSize: Theme.fontBody
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                        KioskButton {
                            objectName: "checkIn_" + task.modelData.id
                            Layout.fillWidth: true
                            Layout.preferredWidth: 2
                            // At the task's top, beside its time: on the first screen at any size.
                            Layout.alignment: Qt.AlignTop
                            // Also while checked in for another task: the store explains that the
                            // first is to be checked out before.
                            visible: task.modelData.state === "open"
                            text: page.desk.saving ? qsTr("Saving...") : qsTr("Check in")
                            description: task.modelData.title
                            icon: "login"
                            fontSize: Theme.fontTitle
                            fill: Theme.success
                            ink: Theme.onSuccess
                            enabled: !page.desk.saving
                            focus: page.found && !page.desk.checkedIn && task.index === page.firstOpen
                            onActivated: page.desk.checkIn(task.modelData.id)
                        }
                    }
                }
            }

            Text {
                objectName: "stationDutyText"
                Layout.fillWidth: true
                visible: page.found && !page.desk.checkedIn
                text: page.dutyText
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            KioskButton {
                objectName: "stationDutyButton"
                Layout.fillWidth: true
                // Also while checked in: the store explains that one check-in is open already.
                visible: page.found
                text: page.desk.saving ? qsTr("Saving...") : qsTr("Check in for station duty")
                icon: "storefront"
                fontSize: Theme.fontTitle
                fill: page.openTasks > 0 || page.desk.checkedIn ? Theme.surface : Theme.success
                ink: page.openTasks > 0 || page.desk.checkedIn ? Theme.onSurface : Theme.onSuccess
                enabled: !page.desk.saving
                focus: page.found && !page.desk.checkedIn && page.firstOpen < 0
                onActivated: page.desk.checkInStationDuty()
            }
            // Without a check-in there is nothing to check out: the store says so in plain words
            // to a volunteer who looks for the button.
            KioskButton {
                objectName: "checkOutAnyway"
                Layout.fillWidth: true
                visible: page.found && !page.desk.checkedIn
                text: qsTr("Check out")
                icon: "logout"
                fill: Theme.surface
                ink: Theme.onSurface
                enabled: !page.desk.saving
                onActivated: page.desk.checkOut()
            }
            KioskButton {
                objectName: "myHoursButton"
                Layout.fillWidth: true
                visible: page.found
                text: qsTr("My hours")
                icon: "hourglass_bottom"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: Navigator.open("volunteer-hours")
            }
            KioskButton {
                objectName: "notMeButton"
                Layout.fillWidth: true
                visible: page.found && page.desk.foundBy === "number"
                text: qsTr("Type another volunteer number")
                icon: "dialpad"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: {
                    page.desk.forget();
                    Navigator.open("volunteer-number");
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        // The one thing to do once checked in stays in view at any text size.
        KioskButton {
            objectName: "checkOutButton"
            Layout.fillWidth: true
            visible: page.found && page.desk.checkedIn
            text: page.desk.saving ? qsTr("Saving...") : qsTr("Check out")
            icon: "logout"
            fontSize: Theme.fontTitle
            fill: Theme.success
            ink: Theme.onSuccess
            enabled: !page.desk.saving
            focus: visible
            onActivated: page.desk.checkOut()
        }
    }
}
