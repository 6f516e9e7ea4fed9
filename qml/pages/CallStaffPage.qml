// SPDX-License-Identifier: GPL-3.0-or-later
// Calling staff: the call is saved first, and only then does the screen say someone is
// coming, with what to do meanwhile. If it cannot be saved, the visitor is told to wave.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    title: qsTr("Call staff")
    instruction: ""

    CallStaffRequest {
        id: call
        objectName: "callStaffRequest"
    }

    readonly property string headline: call.outcome === "recorded" ? qsTr("A staff member is coming")
                                     : call.outcome === "failed" ? qsTr("The call did not go through")
                                     : ""
    readonly property string meanwhile: call.outcome === "recorded"
        ? qsTr("Please stay here at the kiosk. You can keep using it while you wait.")
        : call.outcome === "failed"
          ? call.errorText + " " + qsTr("Please wave at the counter, and someone will come to you.")
          : ""

    /// Why staff are called: the page's own argument (its catalogue name), never left over from
    /// an earlier visitor. "callstaff-appeal" is the certificate page's appeal of a decision.
    readonly property string reason: Navigator.currentPage === "callstaff-appeal" ? "certificate_appeal"
                                                                                  : "help_at_kiosk"

    // The call is written off the screen's thread: the page speaks once it is saved (or not).
    Component.onCompleted: call.call(page.reason)
    Connections {
        target: call
        function onOutcomeChanged() {
            if (call.outcome === "recorded" || call.outcome === "failed")
                Voice.say(page.headline + ". " + page.meanwhile);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2
        Icon {
            Layout.alignment: Qt.AlignHCenter
            name: call.outcome === "recorded" ? "support_agent" : "back_hand"
            size: Math.min(Theme.mm(40), page.height / 4)
            color: call.outcome === "recorded" ? Theme.primary : Theme.danger
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
        Item { Layout.fillHeight: true }
    }
}
