// SPDX-License-Identifier: GPL-3.0-or-later
// The certificate's facts in a card: the kind and level once the assessment found them, the
// validity where the state's date is not already it, and the masked ID number (which breaks
// only between its groups).
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Accessibility
import Kiosk.App

Rectangle {
    id: card

    required property CertificateStatus status

    implicitHeight: facts.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Math.max(2, Theme.mm(0.5))
    border.color: Theme.border

    component Label: Text {
        width: facts.labelWidth
        color: Theme.onSurface
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    component Value: Text {
        width: facts.width - facts.labelWidth - facts.columnSpacing
        color: Theme.onSurface
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }

    Grid {
        id: facts
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.mm(1)
        readonly property real labelWidth: width * 0.38
        readonly property bool showValidity: card.status.validUntil.length > 0 && !card.status.dateIsValidUntil
        Label { visible: card.status.category.length > 0; text: qsTr("Kind of disability") }
        Value { objectName: "certificateCategory"; visible: text.length > 0; text: card.status.category }
        Label { visible: card.status.level.length > 0; text: qsTr("Level") }
        Value { objectName: "certificateLevel"; visible: text.length > 0; text: card.status.level }
        Label { visible: facts.showValidity; text: qsTr("Valid until") }
        Value { visible: facts.showValidity; text: card.status.validUntil }
        Label { text: qsTr("ID number") }
        // Spaces between the groups are the only places it breaks.
        Value { objectName: "certificateIdNumber"; text: card.status.maskedId }
    }
}
