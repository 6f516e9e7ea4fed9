// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import Kiosk.Accessibility
import "finder.js" as Finder

// The focus ring is seen on every control in every theme: 1.5 mm or more, outside the control,
// 3:1 against the page around it and against the control's own fill (the red Call staff too).
Rectangle {
    id: stage
    width: 800
    height: 600
    color: Theme.background

    TestCase {
        name: "FocusRing"
        when: windowShown

        Component {
            id: buttonComponent
            KioskButton {
                x: 100
                y: 100
                text: "Call staff"
                icon: "support_agent"
            }
        }

        function init() {
            VisitorSettings.resetToDefaults();
        }
        function cleanup() {
            VisitorSettings.resetToDefaults();
        }

        function ringOf(button) {
            for (let i = 0; i < button.children.length; ++i)
                if (button.children[i].outerColor !== undefined)
                    return button.children[i];
            return null;
        }

        function test_ringStandsOutFromEverythingItTouches_data() {
            const rows = [];
            for (const theme of Theme.names)
                for (const fill of ["primary", "success", "danger", "surface", "band0", "band4"])
                    rows.push({tag: theme + " " + fill, theme: theme, fill: fill});
            return rows;
        }
        function test_ringStandsOutFromEverythingItTouches(data) {
            VisitorSettings.theme = data.theme;
            const fills = {primary: Theme.primary, success: Theme.success, danger: Theme.danger,
                           surface: Theme.surface, band0: Theme.bands[0], band4: Theme.bands[4]};
            const button = createTemporaryObject(buttonComponent, stage, {fill: fills[data.fill]});
            button.forceActiveFocus();
            const ring = ringOf(button);
            verify(ring && ring.visible, "a focus ring shows on the focused button");
            verify(ring.ringWidth >= Theme.mm(1.5), "ring " + ring.ringWidth + " px");
            verify(ring.outerWidth + ring.innerWidth === ring.ringWidth);
            // Drawn outside the control: it covers none of the control's own face.
            verify(ring.x <= -ring.ringWidth + 1 && ring.y <= -ring.ringWidth + 1, "ring at " + ring.x + "," + ring.y);
            verify(ring.width >= button.width + 2 * ring.ringWidth - 2);
            // Around it lies the page (or a bar's surface); inside it the control's fill.
            for (const around of [Theme.background, Theme.surface])
                verify(Theme.contrastRatio(ring.outerColor, around) >= 3,
                       "outer " + ring.outerColor + " on " + around + ": " + Theme.contrastRatio(ring.outerColor, around));
            verify(Theme.contrastRatio(ring.innerColor, button.color) >= 3,
                   "inner " + ring.innerColor + " on the fill " + button.color + ": " + Theme.contrastRatio(ring.innerColor, button.color));
            // What is drawn is what the properties say.
            compare(ring.border.width, ring.outerWidth);
            verify(Qt.colorEqual(ring.border.color, ring.outerColor));
            const inner = Finder.find(ring, "focusRingInner");
            compare(inner.border.width, ring.innerWidth);
            verify(Qt.colorEqual(inner.border.color, ring.innerColor));
        }
    }
}
