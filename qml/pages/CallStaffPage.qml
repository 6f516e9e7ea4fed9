// SPDX-License-Identifier: GPL-3.0-or-later
// Calling staff: the call is saved first, and then the screen says only what is true of it,
// and says it again when that changes: on this kiosk's staff screen (no central server), saved
// but not sent yet (so nobody knows: wave), or sent to the centre. Never "someone is coming":
// the kiosk cannot know that. If it cannot be saved, the visitor is told to wave.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    title: qsTr("Call staff")
    instruction: ""
    helpWords: qsTr("This page tells you where your call for staff has got to. It changes by itself when that changes.")

    CallStaffRequest {
        id: call
        objectName: "callStaffRequest"
    }

    readonly property string headline: {
        switch (call.outcome) {
        case "here": return qsTr("Your call is on this kiosk's staff screen");
        case "waiting": return qsTr("Your call is saved, but not sent yet");
        case "sent": return qsTr("Your call has reached the service centre");
        case "refused": return qsTr("Your call could not be sent");
        case "failed": return qsTr("The call did not go through");
        default: return qsTr("Saving your call...");
        }
    }
    readonly property string meanwhile: {
        switch (call.outcome) {
        case "here": return qsTr("Station staff see it when they look at this kiosk. It is not sent anywhere else. Please stay here; if nobody comes in a few minutes, please wave at the counter.");
        case "waiting": return qsTr("The kiosk will send it to the service centre as soon as it can, but nobody knows yet. Please wave at the counter, or ask someone nearby to fetch a member of staff.");
        case "sent": return qsTr("Staff at the centre can see your call. Please stay here at the kiosk; you can keep using it while you wait. If nobody comes soon, please wave at the counter.");
        case "refused": return qsTr("The service centre did not accept it. Please wave at the counter, or ask someone nearby to fetch a member of staff.");
        case "failed": return call.errorText + " " + qsTr("Please wave at the counter, and someone will come to you.");
        default: return "";
        }
    }
    readonly property bool settled: call.outcome !== "idle" && call.outcome !== "saving"
    /// The call is where staff look (the centre, or this kiosk's own staff screen when it has no
    /// centre); otherwise the visitor must wave.
    readonly property bool reachedSomeone: call.outcome === "sent" || call.outcome === "here"

    /// Why staff are called: the page's own argument (its catalogue name), never left over from
    /// an earlier visitor. "callstaff-appeal" is the certificate page's appeal of a decision.
    readonly property string reason: Navigator.currentPage === "callstaff-appeal" ? "certificate_appeal"
                                                                                  : "help_at_kiosk"

    // The call is written off the screen's thread: the page speaks once it is saved (or not),
    // and again each time where it stands changes.
    Component.onCompleted: call.call(page.reason)
    Connections {
        target: call
        function onOutcomeChanged() {
            if (page.settled)
                Voice.say(page.headline + ". " + page.meanwhile);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        // At the largest text the words may not fit: they scroll, and the cue says so.
        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 2
            Icon {
                Layout.alignment: Qt.AlignHCenter
                name: call.outcome === "sent" ? "cloud_done" : call.outcome === "here" ? "support_agent" : "back_hand"
                // Smaller as the words grow: at the largest text the words matter more.
                size: Math.min(Theme.mm(40) / Math.max(1, Theme.textScale), page.height / 4)
                color: page.reachedSomeone ? Theme.primary : Theme.danger
            }
            Text {
                objectName: "callStaffHeadline"
                Layout.fillWidth: true
                text: page.headline
                color: Theme.onBackground
                font.pixelSize: Theme.fontHuge
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "callStaffMeanwhile"
                Layout.fillWidth: true
                text: page.meanwhile
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
