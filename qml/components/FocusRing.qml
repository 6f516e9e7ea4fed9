// SPDX-License-Identifier: GPL-3.0-or-later
// The focus indicator: a two-tone ring drawn outside its control, so it never hides the
// control's own text (UX.md: 1.5 mm or more). The outer band is the theme's focus colour, seen
// against the page around the control; the inner band, between it and the control, is black or
// white, whichever stands out more from the control's fill (a red Call staff button, a white
// tile), so the ring reaches 3:1 against every colour it touches.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: ring

    property Item target: parent

    /// What the accessibility audit reads: the bands' widths in pixels and their colours.
    readonly property int outerWidth: Theme.focusRingWidth
    readonly property int innerWidth: Theme.focusRingInnerWidth
    readonly property int ringWidth: outerWidth + innerWidth
    /// What lies around the control: the nearest opaque Rectangle painted under it (an
    /// ancestor, or an ancestor's child drawn before it, as a staff page's panel), else the
    /// page's background. A binding, worked out only while the ring shows: the page's panels
    /// are laid out (and the lookup right) only after the control has taken the focus.
    readonly property color around: visible ? surroundingColour() : Theme.background
    readonly property color outerColor: Theme.focusOuterOn(around)
    /// The control's own fill: a Rectangle's colour, else the page's background.
    readonly property Rectangle filledTarget: target as Rectangle
    readonly property color targetFill: filledTarget ? filledTarget.color : Theme.background
    // Only worked out while the ring shows (a button's fill follows its press).
    readonly property color innerColor: visible ? Theme.focusInnerFor(targetFill, filledTarget ? filledTarget.border.color : targetFill) : "transparent"

    /// Whether `panel` lies under the whole of the target.
    function covers(panel: Item): bool {
        const at = panel.mapFromItem(ring.target, 0, 0);
        return at.x >= 0 && at.y >= 0 && at.x + ring.target.width <= panel.width && at.y + ring.target.height <= panel.height;
    }
    function surroundingColour(): color {
        let branch = target;
        for (let item = target ? target.parent : null; item; branch = item, item = item.parent) {
            let under = null;
            for (let i = 0; i < item.children.length && item.children[i] !== branch; ++i) {
                const panel = item.children[i] as Rectangle;
                if (panel && panel.visible && panel.color.a > 0.99 && covers(panel))
                    under = panel;
            }
            if (under)
                return under.color;
            const filled = item as Rectangle;
            if (filled && filled.color.a > 0.99)
                return filled.color;
        }
        return Theme.background;
    }

    anchors.fill: target
    anchors.margins: -ringWidth
    radius: Theme.radius + ringWidth
    color: "transparent"
    border.width: outerWidth
    border.color: outerColor
    visible: target && target.activeFocus
    z: 100
    Accessible.ignored: true

    Rectangle {
        objectName: "focusRingInner"
        anchors.fill: parent
        anchors.margins: ring.outerWidth
        radius: Theme.radius + ring.innerWidth
        color: "transparent"
        border.width: ring.innerWidth
        border.color: ring.innerColor
    }
}
