// SPDX-License-Identifier: GPL-3.0-or-later
// The newest application the visitor sent from a kiosk, and where it stands: its state with
// its date, why it was refused, where to collect the new card, its code.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: box

    /// One row of CertificateStatus.applications, or null.
    required property var application
    /// "Accepted · Expected by 15 December 2026".
    required property string stateWords

    visible: application !== null
    implicitHeight: words.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Math.max(2, Theme.mm(0.5))
    border.color: Theme.border
    Column {
        id: words
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.mm(1)
        Text {
            width: parent.width
            text: box.application ? qsTr("Your application: %1").arg(box.application.name) : ""
            color: Theme.onSurface
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "applicationState"
            width: parent.width
            text: box.stateWords
            color: Theme.onSurface
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "applicationReason"
            width: parent.width
            visible: text.length > 0
            text: box.application && box.application.reason.length > 0
                  ? qsTr("Why: %1").arg(box.application.reason) : ""
            color: Theme.onSurface
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "applicationPickup"
            width: parent.width
            visible: text.length > 0
            text: box.application && box.application.pickupPlace.length > 0
                  ? qsTr("Collect your new card at: %1").arg(box.application.pickupPlace) : ""
            color: Theme.onSurface
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            visible: box.application !== null && box.application.code.length > 0
            text: box.application ? qsTr("Your code: %1").arg(box.application.code) : ""
            color: Theme.onSurface
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
