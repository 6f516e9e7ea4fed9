// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import Kiosk.Accessibility

// TestCase itself is not visible: components are made on a visible stage so that
// touches and focus reach them.
Item {
    id: stage
    width: 800
    height: 600

    TestCase {
        id: testCase
        name: "KioskButton"
        when: windowShown

        Component {
            id: buttonComponent
            KioskButton {
                text: "Call staff"
                icon: "support_agent"
            }
        }

        SignalSpy {
            id: activatedSpy
            signalName: "activated"
        }

        function init() {
            VisitorSettings.resetToDefaults();
        }

        function test_isAtLeastTheMinimumTarget() {
            const button = createTemporaryObject(buttonComponent, stage);
            verify(button.width >= Theme.targetSize, "width " + button.width);
            verify(button.height >= Theme.targetSize, "height " + button.height);
            verify(Theme.targetSize >= Math.round(15 * Theme.pixelsPerMm));
        }

        function test_activatesByTouchAndByKeys() {
            const button = createTemporaryObject(buttonComponent, stage);
            activatedSpy.target = button;
            activatedSpy.clear();
            mouseClick(button);
            compare(activatedSpy.count, 1);
            verify(button.activeFocus);
            keyClick(Qt.Key_Return);
            keyClick(Qt.Key_Space);
            compare(activatedSpy.count, 3);
        }

        function test_hasAnAccessibleName() {
            const button = createTemporaryObject(buttonComponent, stage);
            compare(button.Accessible.role, Accessible.Button);
            compare(button.Accessible.name, "Call staff");
        }

        function test_growsWithTheTextSize() {
            const button = createTemporaryObject(buttonComponent, stage);
            const small = button.implicitHeight;
            VisitorSettings.textSizeStep = 3;
            // Positioners lay out on the next polish, so the new height arrives a frame later.
            tryVerify(() => button.implicitHeight > small * 1.3, 1000, button.implicitHeight + " vs " + small);
        }

        function test_wrapsInsteadOfOverflowing() {
            const button = createTemporaryObject(buttonComponent, stage, {width: Theme.targetSize * 2});
            VisitorSettings.textSizeStep = 3;
            for (let i = 0; i < button.children.length; ++i) {
                const grid = button.children[i];
                if (grid.columns !== undefined)
                    verify(grid.width <= button.width, "content " + grid.width + " wider than " + button.width);
            }
        }
    }
}
