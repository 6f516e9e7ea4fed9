// SPDX-License-Identifier: GPL-3.0-or-later
// Every choice of the help request on one screen, each with "Change"; then Send. The request
// is on disk before the code is shown. The phone number and the address are read out only
// through private listening.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property HelpRequest help: Visit.help
    readonly property var noteWords: help.noteWords
    readonly property var steps: ["help-kind", "help-when", "help-where", "help-phone", "help-note", "help-review"]

    title: Pages.titles["help-review"]
    primaryAction: sendButton
    instruction: qsTr("Check your choices. Touch Send, or Change to correct one.")

    Component.onCompleted: {
        help.reviewed = true;
        if (help.phone.length > 0)
            Voice.sayPrivate(qsTr("Your phone number: %1.").arg(help.spokenPhone), qsTr("Your phone number is on the screen."));
    }

    /// Back to the step, keeping every choice; its Next comes back here.
    function change(step) {
        Navigator.finishStep(steps.slice(steps.indexOf(step) + 1), step);
    }
    function send() {
        if (!help.submit())
            Voice.say(help.errorText);
    }

    Connections {
        target: page.help
        function onResultChanged() {
            if (page.help.code.length > 0)
                Navigator.finishStep(page.steps, "help-confirmation");
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            ReviewRow {
                objectName: "reviewKind"
                Layout.fillWidth: true
                label: qsTr("Help you ask for")
                value: page.help.helpTypeName
                onChangeRequested: page.change("help-kind")
            }
            ReviewRow {
                objectName: "reviewWhen"
                Layout.fillWidth: true
                label: qsTr("When")
                value: page.help.whenText
                onChangeRequested: page.change("help-when")
            }
            ReviewRow {
                objectName: "reviewWhere"
                Layout.fillWidth: true
                label: qsTr("Where")
                value: page.help.placeKind === "home" && page.help.homeAddress.length > 0
                       ? page.help.whereText + "\n" + page.help.homeAddress : page.help.whereText
                spokenValue: page.help.placeKind === "home" && page.help.homeAddress.length > 0
                             ? page.help.whereText + ". " + qsTr("Your address is on the screen.") : page.help.whereText
                onChangeRequested: page.change("help-where")
            }
            ReviewRow {
                objectName: "reviewPhone"
                Layout.fillWidth: true
                label: qsTr("Phone for the coordinator")
                value: page.help.phone.length > 0 ? page.help.groupedPhone : qsTr("No phone")
                spokenValue: page.help.phone.length > 0 ? qsTr("Your phone number is on the screen.") : qsTr("No phone")
                monospace: page.help.phone.length > 0
                onChangeRequested: page.change("help-phone")
            }
            ReviewRow {
                objectName: "reviewNote"
                Layout.fillWidth: true
                label: qsTr("For the volunteer")
                value: page.noteWords.length > 0 ? page.noteWords.join("\n") : qsTr("Nothing to add")
                onChangeRequested: page.change("help-note")
            }

            Text {
                objectName: "requestError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.help.errorText
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }

        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        KioskButton {
            id: sendButton
            objectName: "sendButton"
            Layout.fillWidth: true
            text: page.help.saving ? qsTr("Saving...") : qsTr("Send")
            icon: "send"
            fontSize: Theme.fontTitle
            enabled: !page.help.saving
            focus: true
            onActivated: page.send()
        }
    }
}
