// SPDX-License-Identifier: GPL-3.0-or-later
// The calm invitation shown while no one is using the kiosk. It speaks both languages at once
// because no visitor has chosen one yet; any touch or key starts a session.
import QtQuick
import Kiosk.Accessibility
import Kiosk

FocusScope {
    id: attract

    /// How often the invitation is spoken while no one is here (UX: about every 30 s).
    property int inviteIntervalMs: 30000

    signal startRequested

    objectName: "attract"
    focus: true
    Accessible.role: Accessible.Button
    Accessible.name: invitationZh.text + " " + invitationEn.text

    Keys.onPressed: event => {
        event.accepted = true;
        attract.startRequested();
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Someone walking past hears what the kiosk is for; it waits behind any other speech.
    Timer {
        interval: attract.inviteIntervalMs
        running: attract.visible
        repeat: true
        onTriggered: Announcer.invite(invitationZh.text, invitationEn.text)
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 8 * Theme.spacing
        spacing: Theme.spacing * 3

        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spacing * 2
            Icon { name: "badge"; size: Theme.mm(45); color: Theme.primary }
            Icon { name: "touch_app"; size: Theme.mm(45); color: Theme.primary }
        }
        // Both languages on purpose (see above): each line asks its own language's catalogue.
        Text {
            id: invitationZh
            width: parent.width
            text: Announcer.phraseIn("invitation", "zh")
            color: Theme.onBackground
            font.pixelSize: Theme.fontHuge
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            id: invitationEn
            width: parent.width
            text: Announcer.phraseIn("invitation", "en")
            color: Theme.onBackground
            font.pixelSize: Theme.fontTitle
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            width: parent.width
            text: Announcer.phraseIn("attractTasks", "zh") + "\n" + Announcer.phraseIn("attractTasks", "en")
            color: Theme.onBackground
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: attract.startRequested()
    }
}
