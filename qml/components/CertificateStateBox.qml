// SPDX-License-Identifier: GPL-3.0-or-later
// Where the certificate stands: the state with its icon, the official term second and smaller,
// what happens next, the one date that matters beside what it means, and the report of loss.
// Keys reach it (it is read out as one piece), so a state with nothing to do has a sensible
// place for the focus to start.
import QtQuick
import Kiosk.Accessibility
import Kiosk.App

Rectangle {
    id: box

    required property CertificateStatus status
    /// "Valid until: 30 June 2026", or "" when the state has no date.
    required property string dateWords

    implicitHeight: next.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Math.max(2, Theme.mm(0.8))
    border.color: status.stateKey === "not_approved" ? Theme.danger : Theme.primary
    activeFocusOnTab: true
    // A paragraph the keys reach (not static text): screen readers offer it as a stop.
    Accessible.role: Accessible.Paragraph
    Accessible.focusable: true
    Accessible.name: {
        let parts = [];
        for (const part of [status.stateName, status.summary, dateWords, status.reportedLostOn])
            if (part.length > 0)
                parts.push(part);
        return parts.join(" ");
    }
    // A certificate's state is personal: read privately (headphones), never to the room. The
    // page says it when it opens; this is for coming back to it by keys.
    property bool openedWithFocus: false
    onActiveFocusChanged: {
        if (!activeFocus)
            return;
        if (openedWithFocus)
            Voice.sayPrivate(Accessible.name, qsTr("Your certificate details are on the screen."));
        openedWithFocus = true;
    }

    Column {
        id: next
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.mm(1.5)
        Row {
            width: parent.width
            spacing: Theme.mm(2)
            Icon {
                id: stateIcon
                objectName: "certificateStateIcon"
                name: box.status.stateIcon
                size: Theme.fontTitle * 1.6
                color: box.status.stateKey === "not_approved" ? Theme.danger : Theme.onSurface
            }
            Column {
                width: parent.width - stateIcon.width - parent.spacing
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    objectName: "certificateState"
                    width: parent.width
                    text: box.status.stateName
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
                // The official term second and smaller; absent where it repeats.
                Text {
                    objectName: "certificateOfficialTerm"
                    width: parent.width
                    visible: text.length > 0
                    text: box.status.officialTerm
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
        }
        Text {
            objectName: "certificateSummary"
            width: parent.width
            text: box.status.summary
            color: Theme.onSurface
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Text {
            objectName: "certificateDate"
            width: parent.width
            visible: text.length > 0
            text: box.dateWords
            color: Theme.onSurface
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Text {
            objectName: "reportedLost"
            width: parent.width
            visible: text.length > 0
            text: box.status.reportedLostOn
            color: Theme.onSurface
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
    }
    FocusRing {}
}
