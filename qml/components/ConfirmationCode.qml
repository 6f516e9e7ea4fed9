// SPDX-License-Identifier: GPL-3.0-or-later
// A code to remember, shown huge with a gap between characters so each is read on its own.
// On a narrow screen with the largest text it shrinks to fit instead of being cut off.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: box

    property string code
    /// The code's size; a page short of room (the largest text on a landscape screen) passes less.
    property int pixelSize: Theme.fontHuge * 1.6
    readonly property string spaced: code.split("").join(" ")

    implicitWidth: Math.ceil(natural.advanceWidth) + 4 * Theme.spacing
    implicitHeight: codeText.implicitHeight + 2 * Theme.spacing
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
        width: Math.min(Math.ceil(natural.advanceWidth) + 2, box.width - 2 * Theme.spacing)
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
