// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import Kiosk.App

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
