// SPDX-License-Identifier: GPL-3.0-or-later
// Every choice of the registration on one screen, each with "Change"; then Register, which
// saves it on the store writer's thread: "Saving" at once, the code only once it is on disk.
// The name and the phone number are read out only through private listening.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerRegistration registration: Visit.registration
    readonly property var steps: ["volunteer-register", "volunteer-times", "volunteer-phone", "volunteer-consent", "volunteer-review"]

    title: Pages.titles["volunteer-review"]
    primaryAction: registerButton
    // The title already says "Check your registration".
    instruction: qsTr("Touch Register, or Change to correct something.")

    Component.onCompleted: {
        registration.reviewed = true;
        Voice.sayPrivate(qsTr("Your name: %1. Your phone number: %2.").arg(registration.name).arg(registration.spokenPhone),
                         qsTr("Your name and phone number are on the screen."));
    }

    /// Back to the step, keeping every choice; its Next comes back here.
    function change(step) {
        Navigator.finishStep(steps.slice(steps.indexOf(step) + 1), step);
    }
    function register() {
        if (!registration.submit())
            Voice.say(registration.errorText);
        else if (registration.saving)
            Voice.say(qsTr("Saving your registration, one moment."));
    }

    Connections {
        target: page.registration
        function onResultChanged() {
            if (page.registration.code.length > 0)
                Navigator.finishStep(page.steps, "volunteer-registered");
        }
        function onRefused() {
            Voice.say(page.registration.errorText);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The name and ID number come from the card: nothing to change here.
            Rectangle {
                objectName: "reviewPerson"
                Layout.fillWidth: true
                implicitHeight: person.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(1, Theme.mm(0.3))
                border.color: Theme.border
                Column {
                    id: person
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.mm(0.5)
                    Text {
                        width: parent.width
                        text: qsTr("Name and ID number, from your card")
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Accessible.ignored: true
                    }
                    Text {
                        objectName: "reviewName"
                        width: parent.width
                        text: page.registration.name
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Your name is on the screen.")
                    }
                    Text {
                        objectName: "reviewIdNumber"
                        width: parent.width
                        text: page.registration.maskedId
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontBody
                        font.family: "DejaVu Sans Mono"
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Your ID number, with its middle digits hidden, is on the screen.")
                    }
                }
            }
            ReviewRow {
                objectName: "reviewSkills"
                Layout.fillWidth: true
                label: qsTr("How you can help")
                value: page.registration.skillsText.length > 0 ? page.registration.skillsText : qsTr("Not chosen")
                onChangeRequested: page.change("volunteer-register")
            }
            ReviewRow {
                objectName: "reviewTimes"
                Layout.fillWidth: true
                label: qsTr("When you can help")
                value: page.registration.timesText.length > 0 ? page.registration.timesText : qsTr("Not chosen")
                onChangeRequested: page.change("volunteer-times")
            }
            ReviewRow {
                objectName: "reviewPhone"
                Layout.fillWidth: true
                label: qsTr("Phone for the coordinators")
                value: page.registration.phone.length > 0 ? page.registration.groupedPhone : qsTr("Not typed")
                spokenValue: page.registration.phone.length > 0 ? qsTr("Your phone number is on the screen.") : qsTr("Not typed")
                monospace: page.registration.phone.length > 0
                onChangeRequested: page.change("volunteer-phone")
            }
            ReviewRow {
                objectName: "reviewConsent"
                Layout.fillWidth: true
                label: qsTr("Consent")
                value: page.registration.consentAgreed ? qsTr("You agreed to what the station keeps.") : qsTr("Not agreed yet")
                changeText: qsTr("Read again")
                onChangeRequested: page.change("volunteer-consent")
            }
        }

        // Words, not only the side bar: the consent and the phone may lie below the screen, and
        // Register is pressed only once everything was seen.
        MoreBelow {
            Layout.alignment: Qt.AlignHCenter
            scroller: scroller
        }

        Text {
            objectName: "registrationError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.registration.errorText
            color: Theme.onBackground
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
        }
        KioskButton {
            id: registerButton
            objectName: "registerButton"
            Layout.fillWidth: true
            text: page.registration.saving ? qsTr("Saving...") : qsTr("Register")
            icon: "how_to_reg"
            fontSize: Theme.fontTitle
            enabled: !page.registration.saving
            focus: true
            onActivated: page.register()
        }
    }
}
