// SPDX-License-Identifier: GPL-3.0-or-later
// A Material Design pictogram by its ligature name ("home", "badge" ...). Decorative: the
// control it sits in carries the accessible name.
import QtQuick
import Kiosk.Accessibility

Text {
    property string name
    property int size: Theme.iconSize

    text: name
    font.family: "Material Icons"
    font.pixelSize: size
    color: Theme.onSurface
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
