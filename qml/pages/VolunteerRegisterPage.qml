// SPDX-License-Identifier: GPL-3.0-or-later
// The first step of registering as a volunteer (招募注册): the ways one can help, as large
// pictogram toggles, any number of them. Before them the kiosk checks, in its store and with
// the central office, whether this card is registered already; then it says so (with the
// volunteer number, or "waiting for a coordinator") instead of making a second record. A typed
// ID number is told plainly that registering needs the card, which carries the name.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerRegistration registration: Visit.registration
    readonly property string step: registration.state
    readonly property bool open: step === "open"

    title: Pages.titles["volunteer-register"]
    primaryAction: page.open ? skillsNext : null
    // Spoken on arrival: a code in it is said character by character, not as an amount.
    instruction: open ? qsTr("Touch every way you can help; touch one again to take it away. Then touch Next.")
                      : registration.spokenStateText

    // A new registration, unless the visitor comes back from a later step to change the skills.
    Component.onCompleted: {
        if (step === "" || step === "done" || step === "declined")
            registration.begin();
    }
    Connections {
        target: page.registration
        // "Checking" has turned into an answer: the page says what it is now.
        function onStateChanged() {
            page.announce();
            if (page.registration.earlierRefusal.length > 0)
                Voice.say(page.registration.earlierRefusal);
            firstFocus.restart();
        }
    }
    Timer {
        id: firstFocus
        interval: 0
        onTriggered: {
            const first = page.open ? tiles.itemAt(0) : (page.step === "approved" ? toCheckIn : toDesk);
            if (first)
                first.forceActiveFocus();
        }
    }

    function next() {
        if (registration.skillCount === 0) {
            Voice.say(qsTr("Please choose at least one way you can help."));
            return;
        }
        Navigator.open(registration.reviewed ? "volunteer-review" : "volunteer-times");
    }
    function toVolunteersDesk() {
        Navigator.finishStep(["volunteer-register"], "checkin");
    }

    // Checking, registered already, a typed number, the store unavailable: one sentence and the way on.
    ColumnLayout {
        anchors.fill: parent
        visible: !page.open
        spacing: Theme.spacing * 1.5

        Rectangle {
            objectName: "registrationState"
            Layout.fillWidth: true
            implicitHeight: stateRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Math.max(2, Theme.mm(0.8))
            border.color: Theme.border
            visible: page.registration.stateText.length > 0
            Row {
                id: stateRow
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing
                Icon {
                    id: stateIcon
                    anchors.verticalCenter: parent.verticalCenter
                    name: page.step === "checking" ? "hourglass_top"
                        : page.step === "approved" ? "how_to_reg"
                        : page.step === "pending" ? "pending"
                        : page.step === "needsCard" ? "badge" : "error"
                    size: Math.round(Math.max(Theme.mm(18), Theme.iconSize * 1.3))
                    color: Theme.onSurface
                }
                Text {
                    objectName: "registrationStateText"
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - stateIcon.width - parent.spacing
                    text: page.registration.stateText
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: page.registration.spokenStateText
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
        GridLayout {
            Layout.fillWidth: true
            visible: page.step !== "checking"
            columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            KioskButton {
                id: toCheckIn
                objectName: "registeredCheckIn"
                visible: page.step === "approved"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Check in or out")
                icon: "how_to_reg"
                fontSize: Theme.fontTitle
                onActivated: page.toVolunteersDesk()
            }
            KioskButton {
                id: toDesk
                objectName: "backToVolunteersDesk"
                visible: page.step !== "approved"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Back to the volunteers' desk")
                icon: "arrow_back"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: page.toVolunteersDesk()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.open
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            // A registration refused before: why, in the coordinator's words, before the new one.
            Text {
                objectName: "earlierRefusal"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.registration.earlierRefusal
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            GridLayout {
                id: grid
                Layout.fillWidth: true
                // Three across on a wide screen at ordinary text; two otherwise, so long words keep whole.
                columns: page.width > page.height && Theme.textScale < 1.5 ? 3 : 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing * 2

                Repeater {
                    id: tiles
                    model: page.registration.skills
                    delegate: SkillChoice {
                        required property var modelData
                        required property int index
                        objectName: "skill_" + modelData.key
                        Layout.fillWidth: true
                        Layout.fillHeight: true // a row's tiles as tall as its tallest
                        Layout.preferredWidth: 1
                        text: modelData.name
                        icon: modelData.icon
                        selected: modelData.selected
                        focus: index === 0
                        onActivated: page.registration.toggleSkill(modelData.key)
                    }
                }
            }
        }

        // On a wide screen "More below" stands beside Next, so the skills have the rows.
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            columns: page.width > page.height ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            // Words, not only the side bar: more skills lie below the screen.
            MoreBelow {
                id: moreBelow
                Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
                scroller: scroller
            }
            KioskButton {
                id: skillsNext
                objectName: "skillsNext"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                text: page.registration.skillCount > 0 ? qsTr("Next: %1 chosen").arg(page.registration.skillCount) : qsTr("Next")
                icon: "arrow_forward"
                fontSize: Theme.fontTitle
                onActivated: page.next()
            }
        }
    }
}
