// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import Kiosk.Accessibility
import "finder.js" as Finder

// The top bar's buttons stay where a finger learned them: the same place and size at every
// text size and in both languages, their words inside them.
Item {
    id: stage
    width: 1080
    height: 1920

    TestCase {
        name: "TopBar"
        when: windowShown

        Component {
            id: barComponent
            TopBar {
                width: stage.width
            }
        }

        readonly property var buttonNames: ["languageButton", "textSizeButton", "settingsButton", "speechButton", "helpButton"]

        function init() {
            VisitorSettings.resetToDefaults();
        }
        function cleanup() {
            VisitorSettings.resetToDefaults();
        }

        function geometryOf(bar) {
            const out = {};
            for (const name of buttonNames) {
                const button = Finder.find(bar, name);
                verify(button, name);
                const p = button.mapToItem(bar, 0, 0);
                out[name] = [Math.round(p.x), Math.round(p.y), Math.round(button.width), Math.round(button.height)].join(",");
            }
            out.bar = Math.round(bar.height);
            return out;
        }

        function wordsFit(bar, what) {
            for (const name of buttonNames) {
                const button = Finder.find(bar, name);
                verify(button.width >= Theme.targetSize && button.height >= Theme.targetSize, name + " is a large target");
                for (let i = 0; i < button.children.length; ++i) {
                    const grid = button.children[i];
                    if (grid.columns === undefined)
                        continue;
                    for (let j = 0; j < grid.children.length; ++j) {
                        const part = grid.children[j];
                        if (part.text === undefined || part.font.family === "Material Icons")
                            continue;
                        verify(part.contentWidth <= part.width + 1 && part.contentHeight <= part.height + 1,
                               what + ": " + name + "'s words " + part.contentWidth + "x" + part.contentHeight
                               + " in " + part.width + "x" + part.height);
                        const p = part.mapToItem(button, 0, 0);
                        verify(p.x >= 0 && p.x + part.width <= button.width + 1, what + ": " + name + "'s words leave the button");
                    }
                }
            }
        }

        function test_buttonsKeepTheirPlace() {
            const bar = createTemporaryObject(barComponent, stage);
            waitForRendering(bar);
            const reference = geometryOf(bar);
            for (const language of ["zh", "en"]) {
                VisitorSettings.language = language;
                for (let step = 0; step < VisitorSettings.textSizeStepCount; ++step) {
                    VisitorSettings.textSizeStep = step;
                    waitForRendering(bar);
                    const what = language + " step " + step;
                    const now = geometryOf(bar);
                    for (const key in reference)
                        compare(now[key], reference[key], what + ": " + key + " moved");
                    wordsFit(bar, what);
                }
            }
        }
    }
}
