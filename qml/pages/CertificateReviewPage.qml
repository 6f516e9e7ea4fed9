// SPDX-License-Identifier: GPL-3.0-or-later
// Before a certificate application is sent: what is asked for, its choice and the phone number
// grouped, each with "Change"; then Send. A cancellation says plainly that it cannot be undone
// and that a new application waits a year, and its button says "Cancel my certificate". The
// application is on disk before the code shows. The number is read out only through private
// listening.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property CertificateApplication application: Visit.application
    readonly property bool cancelling: application.procedure === "cancel"
    readonly property var steps: ["cert-" + application.procedure, "cert-district", "cert-phone", application.reviewPage]

    title: page.cancelling ? Pages.titles["cert-cancel-review"] : Pages.titles["cert-apply-review"]
    primaryAction: sendButton
    instruction: page.cancelling ? qsTr("Read this carefully. Touch \"Cancel my certificate\", or Change to correct something.")
                                 : qsTr("Check your choices. Touch Send, or Change to correct one.")

    /// Sending cannot be taken back here (a cancellation; a report of loss marks the card lost).
    readonly property bool forGood: cancelling || (application.procedure === "replace" && application.choice === "lost")
    /// The cancel warning, shown and said alike.
    readonly property string warningWords: qsTr("Cancelling cannot be undone. Your card can no longer be used once it is cancelled. After it, you can apply for a new certificate only after one year.")
    /// What will be sent, in words: the procedure and the answer (the phone only privately).
    readonly property bool english: VisitorSettings.language === "en"
    readonly property string summaryWords: joined([
        qsTr("You ask to") + (english ? ": " : "：") + application.title + (english ? "." : "。"),
        application.needsChoice ? application.choiceQuestion + (english ? " " : "") + application.choiceName
                                  + (english ? "." : "。") : ""])
    /// Sentences joined as the language writes them: no space between Mandarin sentences.
    function joined(parts: var): string {
        return parts.filter(part => part.length > 0).join(page.english ? " " : "");
    }
    /// When the page came: a Return or touch within half a second is the key that opened it
    /// pressed twice (accessibility.md: double presses up to 0.5 s are ignored).
    property double arrivedAt: 0

    Component.onCompleted: {
        page.arrivedAt = Date.now();
        // The cancel warning is not said here: the keys start on its box, which says it.
        Voice.say(page.summaryWords);
        Voice.sayPrivate(qsTr("Your phone number: %1.").arg(application.spokenPhone), qsTr("Your phone number is on the screen."));
    }

    /// Back to the step, keeping every choice; its Next comes back here.
    function change(step) {
        Navigator.finishStep(steps.slice(steps.indexOf(step) + 1), step);
    }
    function send() {
        if (Date.now() - page.arrivedAt < 500) {
            if (page.cancelling)
                Voice.say(page.warningWords); // the second press stopped it: it must be heard whole
            return;
        }
        if (!application.submit())
            Voice.say(application.errorText);
        else if (application.saving)
            Voice.say(qsTr("Sending, one moment."));
    }

    Connections {
        target: page.application
        function onResultChanged() {
            if (page.application.code.length > 0)
                Navigator.finishStep(page.steps, "cert-sent");
        }
        // A save that failed on the writer's thread: said, not only shown.
        function onErrorChanged() {
            if (page.application.errorText.length > 0 && !page.application.saving)
                Voice.say(page.application.errorText);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Cancelling is for good: said first, before the choices, and where the keys start.
            Rectangle {
                id: warningBox
                objectName: "cancelWarning"
                Layout.fillWidth: true
                visible: page.cancelling
                activeFocusOnTab: visible
                focus: page.cancelling
                Accessible.role: Accessible.Paragraph
                Accessible.name: page.warningWords
                Accessible.focusable: true
                onActiveFocusChanged: if (activeFocus) Announcer.focused(page.warningWords, "", "", "")
                FocusRing { target: warningBox }
                implicitHeight: warning.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(4, Theme.mm(1))
                border.color: Theme.danger
                Row {
                    id: warning
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.mm(2)
                    Icon {
                        id: warningIcon
                        name: "warning"
                        size: Theme.fontTitle * 1.4
                        color: Theme.onSurface
                    }
                    Text {
                        id: warningText
                        objectName: "cancelWarningText"
                        width: parent.width - warningIcon.width - parent.spacing
                        text: page.warningWords
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }

            ReviewRow {
                objectName: "reviewProcedure"
                Layout.fillWidth: true
                // A report of loss starts here, not on Send, which marks the card lost.
                changeFocus: page.forGood && !page.cancelling
                label: qsTr("You ask to")
                value: page.application.title
                changeText: qsTr("Choose another")
                // Another procedure is chosen on the certificate page.
                onChangeRequested: Navigator.finishStep(page.steps, "certificate")
            }
            ReviewRow {
                objectName: "reviewChoice"
                Layout.fillWidth: true
                visible: page.application.needsChoice
                label: page.application.choiceQuestion
                value: page.application.choiceName
                onChangeRequested: page.change(page.application.procedure === "transfer" ? "cert-district"
                                                                                         : "cert-" + page.application.procedure)
            }
            ReviewRow {
                objectName: "reviewPhone"
                Layout.fillWidth: true
                label: qsTr("Staff will call you on")
                value: page.application.groupedPhone
                spokenValue: qsTr("Your phone number is on the screen.")
                monospace: true
                onChangeRequested: page.change("cert-phone")
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        Text {
            objectName: "requestError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.application.errorText
            color: Theme.onBackground
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        KioskButton {
            id: sendButton
            objectName: "sendButton"
            Layout.fillWidth: true
            text: page.application.saving ? qsTr("Saving...")
                                          : page.cancelling ? qsTr("Cancel my certificate") : qsTr("Send")
            icon: page.cancelling ? "cancel" : "send"
            fontSize: Theme.fontTitle
            enabled: !page.application.saving
            fill: page.cancelling ? Theme.danger : Theme.primary
            ink: page.cancelling ? Theme.onDanger : Theme.onPrimary
            // Never where the keys start when sending cannot be taken back.
            focus: !page.forGood
            onActivated: page.send()
        }
    }
}
