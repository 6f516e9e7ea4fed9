// SPDX-License-Identifier: GPL-3.0-or-later
// The consent to real-name registration and the record of service hours (PIPL), in plain
// words: what is kept, for how long, who sees it, and that it can be refused and what then.
// "I agree" keeps the time of agreeing with the registration (consent version 2026-12);
// "I do not agree" saves nothing, forgets every choice, and says so on screen and aloud.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerRegistration registration: Visit.registration
    readonly property bool declined: registration.state === "declined"

    title: Pages.titles["volunteer-consent"]
    primaryAction: consentAgree
    instruction: declined ? registration.stateText
                          : qsTr("Please read what the station keeps about you. Then touch \"I agree\" or \"I do not agree\".")

    readonly property var sections: [
        { icon: "inventory_2", heading: qsTr("What is kept"),
          body: qsTr("Your name, part of your ID number (the middle digits are hidden), your phone number, the ways you can help, the times you can help, and the hours you serve.") },
        { icon: "schedule", heading: qsTr("For how long"),
          body: qsTr("As long as you are a volunteer. If your registration is not approved, your name, phone and ID number are deleted. The kiosk itself keeps them only until it has sent them to the central office.") },
        { icon: "groups", heading: qsTr("Who sees it"),
          body: qsTr("The district's volunteer coordinators. The people you help see only your given name.") },
        { icon: "block", heading: qsTr("You can say no"),
          body: qsTr("If you do not agree, nothing is saved and you are not registered. Every other service of the kiosk stays open to you.") }
    ]

    function agree() {
        registration.agree();
        Navigator.open("volunteer-review");
    }
    function refuse() {
        // Everything chosen is forgotten; the page says so in words and aloud.
        registration.refuse();
        Voice.say(registration.stateText);
        afterRefusal.restart();
    }
    function toVolunteersDesk() {
        Navigator.finishStep(["volunteer-register", "volunteer-times", "volunteer-phone", "volunteer-consent", "volunteer-review"], "checkin");
    }
    function startAgain() {
        Navigator.finishStep(["volunteer-times", "volunteer-phone", "volunteer-consent", "volunteer-review"], "volunteer-register");
    }
    Timer {
        id: afterRefusal
        interval: 0
        onTriggered: toDesk.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !page.declined

            Repeater {
                model: page.sections
                delegate: Rectangle {
                    id: section
                    required property var modelData
                    required property int index
                    objectName: "consentSection_" + index
                    Layout.fillWidth: true
                    implicitHeight: sectionRow.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(1, Theme.mm(0.3))
                    border.color: Theme.border
                    // Each part takes the focus in turn, so the keypad and the switch read it
                    // aloud and scroll it into view before the choice; the first has it on arrival.
                    activeFocusOnTab: true
                    focus: index === 0
                    Accessible.role: Accessible.Paragraph
                    Accessible.name: modelData.heading + ": " + modelData.body
                    Accessible.focusable: true
                    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "", "", "")
                    Row {
                        id: sectionRow
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing
                        Icon {
                            id: sectionIcon
                            name: section.modelData.icon
                            size: Math.round(Theme.fontTitle * 1.4)
                            color: Theme.onSurface
                        }
                        Column {
                            width: parent.width - sectionIcon.width - parent.spacing
                            spacing: Theme.mm(1)
                            Text {
                                width: parent.width
                                text: section.modelData.heading
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                wrapMode: Text.WordWrap
                                Accessible.ignored: true
                            }
                            Text {
                                width: parent.width
                                text: section.modelData.body
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.WordWrap
                                Accessible.ignored: true
                            }
                        }
                    }
                    FocusRing {}
                }
            }
            Text {
                objectName: "consentOfficialName"
                Layout.fillWidth: true
                text: qsTr("Official name: consent to real-name volunteer registration and the record of service hours. Version %1.").arg(page.registration.consentVersion)
                color: Theme.onBackground
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }

        // Refused: nothing saved, said in words; the way on is the volunteers' desk.
        Rectangle {
            objectName: "consentRefused"
            Layout.fillWidth: true
            visible: page.declined
            implicitHeight: refusedRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Math.max(2, Theme.mm(0.8))
            border.color: Theme.border
            Row {
                id: refusedRow
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing
                Icon {
                    id: refusedIcon
                    anchors.verticalCenter: parent.verticalCenter
                    name: "delete_forever"
                    size: Math.round(Math.max(Theme.mm(18), Theme.iconSize * 1.3))
                    color: Theme.onSurface
                }
                Text {
                    objectName: "consentRefusedText"
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - refusedIcon.width - parent.spacing
                    text: page.registration.stateText
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
        Item {
            visible: page.declined
            Layout.fillHeight: true
        }

        // Words, not only the side bar: the consent goes on below the screen.
        MoreBelow {
            visible: !page.declined
            Layout.alignment: Qt.AlignHCenter
            scroller: scroller
        }

        GridLayout {
            Layout.fillWidth: true
            // The two buttons as tall as each other, not as tall as the page.
            Layout.fillHeight: false
            visible: !page.declined
            columns: 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            KioskButton {
                objectName: "consentRefuse"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                text: qsTr("I do not agree")
                icon: "close"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: page.refuse()
            }
            KioskButton {
                id: consentAgree
                objectName: "consentAgree"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                text: qsTr("I agree")
                icon: "check"
                fontSize: Theme.fontTitle
                onActivated: page.agree()
            }
        }
        GridLayout {
            Layout.fillWidth: true
            visible: page.declined
            columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            KioskButton {
                objectName: "consentStartAgain"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Start the registration again")
                icon: "restart_alt"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: page.startAgain()
            }
            KioskButton {
                id: toDesk
                objectName: "backToVolunteersDesk"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Back to the volunteers' desk")
                icon: "arrow_back"
                fontSize: Theme.fontTitle
                onActivated: page.toVolunteersDesk()
            }
        }
    }
}
