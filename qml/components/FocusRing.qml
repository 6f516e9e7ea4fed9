// SPDX-License-Identifier: GPL-3.0-or-later
// The focus indicator: a thick ring in the theme's focus colour, drawn outside its control so
// it never hides the control's own text (UX.md: 1.5 mm or more).
import QtQuick
import Kiosk.Accessibility

Rectangle {
    property Item target: parent

    anchors.fill: target
    anchors.margins: -(Theme.focusRingWidth + Math.round(Theme.focusRingWidth / 2))
    radius: Theme.radius + Theme.focusRingWidth
    color: "transparent"
    border.width: Theme.focusRingWidth
    border.color: Theme.focus
    visible: target && target.activeFocus
    z: 100
    Accessible.ignored: true
}
