// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import Kiosk.Accessibility
import "finder.js" as Finder

// A control that cannot be used yet is still read (4.5:1) and still looks unavailable; the ID
// page's Confirm never turns green for a number the check refuses.
Item {
    id: stage
    width: 1080
    height: 1700

    TestCase {
        name: "Unavailable"
        when: windowShown

        Component {
            id: buttonComponent
            KioskButton {
                text: "Confirm"
                icon: "check"
                enabled: false
            }
        }
        Component {
            id: idPageComponent
            IdNumberPage {
                width: stage.width
                height: stage.height
            }
        }

        function init() {
            VisitorSettings.resetToDefaults();
        }
        function cleanup() {
            VisitorSettings.resetToDefaults();
        }

        function wordsOf(button) {
            for (let i = 0; i < button.children.length; ++i) {
                const grid = button.children[i];
                if (grid.columns === undefined)
                    continue;
                for (let j = 0; j < grid.children.length; ++j)
                    if (grid.children[j].font !== undefined && grid.children[j].font.family !== "Material Icons")
                        return grid.children[j];
            }
            return null;
        }

        function test_disabledWordsAreRead_data() {
            const rows = [];
            for (const theme of Theme.names)
                for (const fill of ["success", "primary", "surface"])
                    rows.push({tag: theme + " " + fill, theme: theme, fill: fill});
            return rows;
        }
        function test_disabledWordsAreRead(data) {
            VisitorSettings.theme = data.theme;
            const fills = {success: Theme.success, primary: Theme.primary, surface: Theme.surface};
            const button = createTemporaryObject(buttonComponent, stage, {fill: fills[data.fill]});
            const words = wordsOf(button);
            verify(words, "the button's words");
            // Seen as drawn: the button is not faded as a whole.
            compare(button.opacity, 1);
            const ratio = Theme.contrastRatio(words.color, button.color);
            verify(ratio >= 4.5, "disabled words " + words.color + " on " + button.color + ": " + ratio.toFixed(2) + ":1");
            // ... and looks unlike the working button: a dashed outline, and not its fill.
            verify(Finder.find(button, "unavailableOutline").visible, "the dashed outline shows");
            button.enabled = true;
            const dashes = Finder.find(button, "unavailableOutline"); // not made for a working button
            verify(!dashes || !dashes.visible, "a working button has no dashes");
            verify(!Qt.colorEqual(button.color, Theme.surface) || data.fill === "surface");
        }

        function test_refusedNumberIsNotGreen() {
            const page = createTemporaryObject(idPageComponent, stage);
            const confirm = Finder.find(page, "key_confirm");
            verify(confirm, "the Confirm key");
            // Incomplete: not usable, and drawn so.
            verify(!confirm.enabled);
            const partial = Theme.contrastRatio(wordsOf(confirm).color, confirm.color);
            verify(partial >= 4.5, "disabled Confirm " + partial.toFixed(2) + ":1");
            // A whole number whose check character is wrong.
            page.forceActiveFocus();
            for (const key of "110105194912310021")
                keyClick(key === "X" ? Qt.Key_X : Qt.Key_0 + Number(key));
            const problem = Finder.find(page, "idProblem");
            verify(problem && problem.visible && problem.text.length > 0, "the page says what is wrong");
            verify(!Qt.colorEqual(confirm.color, Theme.success), "Confirm turned green for a refused number");
            verify(confirm.text !== qsTranslate("NumberKeypad", "Confirm"), "still says Confirm: " + confirm.text);
            // Touching it says why and takes the focus to Delete, where the number is mended.
            mouseClick(confirm);
            verify(Finder.find(page, "key_delete").activeFocus, "focus on Delete after the refused Confirm");
            // Mended: Delete and the right check character make it a green Confirm again.
            keyClick(Qt.Key_Backspace);
            keyClick(Qt.Key_X);
            tryVerify(() => Qt.colorEqual(confirm.color, Theme.success), 1000, "Confirm green for a valid number");
        }
    }
}
