// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import Kiosk.Accessibility
import "finder.js" as Finder

// The code's letters never touch their box: at every text size, at full width and squeezed.
Item {
    id: stage
    width: 1080
    height: 1000

    TestCase {
        name: "ConfirmationCode"
        when: windowShown

        Component {
            id: codeComponent
            ConfirmationCode {
                code: "W7K3"
            }
        }

        function cleanup() {
            VisitorSettings.resetToDefaults();
        }

        function test_lettersKeepClearOfTheBorder_data() {
            const rows = [];
            for (let step = 0; step < 4; ++step)
                for (const squeezed of [false, true])
                    rows.push({tag: "step " + step + (squeezed ? " squeezed" : ""), step: step, squeezed: squeezed});
            return rows;
        }
        function test_lettersKeepClearOfTheBorder(data) {
            VisitorSettings.textSizeStep = data.step;
            const box = createTemporaryObject(codeComponent, stage);
            if (data.squeezed)
                box.width = box.implicitWidth * 0.6;
            waitForRendering(box);
            const letters = Finder.find(box, "confirmationCode");
            // The letters' lines as laid out (centred in the text item), in the box's terms.
            const p = letters.mapToItem(box, 0, 0);
            const left = p.x + (letters.width - letters.contentWidth) / 2;
            const top = p.y + (letters.height - letters.contentHeight) / 2;
            const clear = Theme.mm(1.5);
            const inside = box.border.width + clear;
            verify(left >= inside, "left gap " + (left - box.border.width));
            verify(left + letters.contentWidth <= box.width - inside, "right gap " + (box.width - box.border.width - left - letters.contentWidth));
            verify(top >= inside, "top gap " + (top - box.border.width));
            verify(top + letters.contentHeight <= box.height - inside, "bottom gap " + (box.height - box.border.width - top - letters.contentHeight));
        }
    }
}
