// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import Kiosk.Accessibility
import "finder.js" as Finder

// TestCase itself is not visible: components are made on a visible stage so that
// touches and focus reach them.
Item {
    id: stage
    width: 1080
    height: 1920

    TestCase {
        id: testCase
        name: "TimeoutDialog"
        when: windowShown

        Component {
            id: dialogComponent
            TimeoutDialog {
                anchors.fill: parent
            }
        }

        function cleanup() {
            Session.end();
            VisitorSettings.resetToDefaults();
        }

        function test_numberFitsInItsRing_data() {
            return [0, 1, 2, 3].map(step => ({tag: "step " + step, step: step}));
        }
        function test_numberFitsInItsRing(data) {
            VisitorSettings.textSizeStep = data.step;
            const dialog = createTemporaryObject(dialogComponent, stage);
            Session.warnNow();
            waitForRendering(dialog);
            const ring = Finder.find(dialog, "countdownRing");
            const number = Finder.find(dialog, "countdownNumber");
            // The number's laid-out line, centred in its item, in the ring's terms: all four
            // corners inside the ring's inner circle.
            const p = number.mapToItem(ring, 0, 0);
            const left = p.x + (number.width - number.contentWidth) / 2;
            const top = p.y + (number.height - number.contentHeight) / 2;
            const cx = ring.width / 2, cy = ring.height / 2;
            for (const [x, y] of [[left, top], [left + number.contentWidth, top], [left, top + number.contentHeight],
                                  [left + number.contentWidth, top + number.contentHeight]])
                verify(Math.hypot(x - cx, y - cy) <= ring.innerRadius,
                       "corner " + Math.round(x) + "," + Math.round(y) + " outside the ring's inside (r " + ring.innerRadius + ")");
            verify(number.contentWidth > 0 && number.font.pixelSize >= Theme.fontBody, "the number is large");
        }

        function test_ringEmptiesAsTimeRunsOut() {
            const dialog = createTemporaryObject(dialogComponent, stage);
            Session.warnNow();
            const ring = Finder.find(dialog, "countdownRing");
            const full = ring.sweep;
            verify(Math.abs(full - 2 * Math.PI) < 0.01, "a full ring at the start: " + full);
            const seconds = Session.secondsLeft;
            tryVerify(() => Session.secondsLeft < seconds, 3000, "the countdown runs");
            verify(ring.sweep < full, "the ring shrank: " + ring.sweep + " of " + full);
            compare(ring.sweep, 2 * Math.PI * Session.secondsLeft / Session.warningSeconds);
        }

        function test_secondsInWords() {
            const dialog = createTemporaryObject(dialogComponent, stage);
            Session.warnNow();
            const words = Finder.find(dialog, "countdownWords");
            verify(words.text.indexOf("(s)") < 0, words.text);
            verify(words.text.indexOf(String(Session.secondsLeft)) >= 0, words.text);
        }

        function test_showsCountdownAndTakesFocus() {
            const dialog = createTemporaryObject(dialogComponent, stage);
            verify(!dialog.visible);
            Session.warnNow();
            verify(dialog.visible);
            verify(Session.secondsLeft >= 20, "seconds left " + Session.secondsLeft);
            keyClick(Qt.Key_Return);
            compare(Session.state, Session.Active);
            verify(!dialog.visible);
        }
    }
}
