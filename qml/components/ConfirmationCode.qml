// SPDX-License-Identifier: GPL-3.0-or-later
// A code to remember, shown huge with a gap between characters so each is read on its own.
// On a narrow screen with the largest text it shrinks to fit instead of being cut off. The room
// between the letters and the box comes from the font's own measures at the size drawn (an
// eighth of its line, beyond the room its line holds), so no letter touches the border.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: box

    property string code
    /// The code's size; a page short of room (the largest text on a landscape screen) passes less.
    property int pixelSize: Theme.fontHuge * 1.6
    readonly property string spaced: code.split("").join(" ")

    /// How much the code is scaled down to fit a narrow box (1: drawn at the size asked).
    readonly property real fit: Math.min(1, (width - 2 * border.width) / Math.max(1, Math.ceil(natural.advanceWidth) + 2 * naturalPadding))
    readonly property int naturalPadding: Math.max(Theme.spacing, Math.ceil(natural.height * 0.12))
    /// Space between the letters' line and the border, inside the border: an eighth of the
    /// line at the size drawn (its line already holds the room above capitals and below the baseline).
    readonly property int padding: Math.max(Theme.spacing, Math.ceil(natural.height * 0.12 * fit))
    readonly property int edge: border.width + padding

    implicitWidth: Math.ceil(natural.advanceWidth) + 2 * (naturalPadding + border.width)
    implicitHeight: Math.ceil(natural.height * fit) + 2 * edge
    radius: Theme.radius
    color: Theme.surface
    border.width: Math.max(2, Theme.mm(0.8))
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Your code: %1").arg(box.spaced)

    TextMetrics {
        id: natural
        font: codeText.font
        text: box.spaced
    }

    Text {
        id: codeText
        objectName: "confirmationCode"
        anchors.centerIn: parent
        width: Math.min(Math.ceil(natural.advanceWidth) + 2, box.width - 2 * box.edge)
        height: box.height - 2 * box.edge
        verticalAlignment: Text.AlignVCenter
        text: box.spaced
        color: Theme.onSurface
        font.pixelSize: box.pixelSize
        font.bold: true
        font.family: "DejaVu Sans Mono"
        horizontalAlignment: Text.AlignHCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Math.min(Theme.fontTitle, box.pixelSize)
        Accessible.ignored: true
    }
}
