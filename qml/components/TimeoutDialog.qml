// SPDX-License-Identifier: GPL-3.0-or-later
// "Are you still there?": a countdown ring and one huge button for more time. It holds focus
// only while it is open, and blocks touches on the page behind it.
import QtQuick
import Kiosk.Accessibility
import Kiosk.App

Rectangle {
    id: dialog

    readonly property bool open: Session.state === Session.Warning

    visible: open
    color: Qt.rgba(0, 0, 0, 0.6)
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Do you need more time?")

    // Above the page and the attract screen; the audio-only cover (below) sits under it, so a
    // visitor who blanked the screen still hears, and can answer, the warning.
    z: 2

    /// Where the visitor was before the warning: focus goes back there when it closes, so a
    /// keypad user does not lose their place (no traps, and no focus lost).
    property Item returnFocusTo: null

    onOpenChanged: {
        if (!open) {
            if (returnFocusTo && returnFocusTo.visible)
                returnFocusTo.forceActiveFocus();
            returnFocusTo = null;
            return;
        }
        returnFocusTo = Window.activeFocusItem;
        moreTime.forceActiveFocus();
        Announcer.sayNow(heading.text + " " + countdownText.text);
    }

    // Audio-only privacy mode (VisitorSettings.screenBlanked): a black cover over the whole
    // window while speech and the keypad go on. It lives in the window, not in this dialog, so
    // it is shown whether or not the dialog is open.
    Rectangle {
        objectName: "privacyCover"
        parent: dialog.parent
        anchors.fill: parent
        z: 1
        color: "black" // the screen is off: no theme colour applies to a dark panel
        visible: VisitorSettings.screenBlanked
        Accessible.ignored: true
        MouseArea {
            anchors.fill: parent
            // Touches on the dark screen reach nothing a visitor cannot see; holding a finger
            // on it for 3 s shows the screen again (staff, or a visitor who changed their mind).
            pressAndHoldInterval: 3000
            onPressAndHold: VisitorSettings.screenBlanked = false
        }
    }

    MouseArea {
        anchors.fill: parent
        // Swallows touches meant for the page underneath.
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Math.max(panel.implicitWidth, Theme.mm(150)) + 4 * Theme.spacing)
        height: panel.implicitHeight + 4 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.width: Math.max(2, Theme.mm(0.8))
        border.color: Theme.border

        Column {
            id: panel
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.spacing
            spacing: Theme.spacing * 2

            Text {
                id: heading
                width: parent.width
                text: qsTr("Do you need more time?")
                color: Theme.onSurface
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Item {
                width: parent.width
                height: ring.height
                Canvas {
                    id: ring
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Theme.mm(40)
                    height: width
                    property real fraction: Session.warningSeconds > 0 ? Session.secondsLeft / Session.warningSeconds : 0
                    onFractionChanged: requestPaint()
                    onPaint: {
                        const ctx = getContext("2d");
                        ctx.reset();
                        const r = width / 2 - Theme.mm(3);
                        ctx.lineWidth = Theme.mm(4);
                        ctx.strokeStyle = Theme.border;
                        ctx.beginPath(); ctx.arc(width / 2, height / 2, r, 0, 2 * Math.PI); ctx.stroke();
                        ctx.strokeStyle = Theme.primary;
                        ctx.beginPath();
                        ctx.arc(width / 2, height / 2, r, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * fraction);
                        ctx.stroke();
                    }
                    Text {
                        anchors.centerIn: parent
                        text: Session.secondsLeft
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        Accessible.ignored: true
                    }
                }
            }

            Text {
                id: countdownText
                width: parent.width
                text: qsTr("The kiosk will return to the start in %n second(s) and forget what you entered.", "", Session.secondsLeft)
                color: Theme.onSurface
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            KioskButton {
                id: moreTime
                objectName: "moreTimeButton"
                width: parent.width
                height: Math.max(implicitHeight, Theme.mm(30))
                text: qsTr("I need more time")
                icon: "more_time"
                fontSize: Theme.fontTitle
                onActivated: Session.extend()
                KeyNavigation.tab: moreTime
                KeyNavigation.backtab: moreTime
            }
        }
    }
}
