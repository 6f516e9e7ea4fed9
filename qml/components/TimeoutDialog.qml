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
                    objectName: "countdownRing"
                    anchors.horizontalCenter: parent.horizontalCenter
                    // Grows with the text size, so the number always fits inside the ring.
                    width: Math.min(parent.width, Math.max(Theme.mm(40), Math.ceil(Math.max(widest.width, widest.height) * Math.SQRT2) + 2 * stroke + Theme.mm(4)))
                    height: width
                    readonly property int stroke: Theme.mm(4)
                    /// The ring's inside: the number stays within this circle.
                    readonly property real innerRadius: width / 2 - stroke
                    property real fraction: Session.warningSeconds > 0 ? Math.max(0, Session.secondsLeft / Session.warningSeconds) : 0
                    /// The coloured part of the ring, in radians: all of it at the start, none at the end.
                    readonly property real sweep: 2 * Math.PI * fraction
                    onSweepChanged: requestPaint()
                    onWidthChanged: requestPaint()
                    readonly property color track: Theme.border
                    readonly property color remaining: Theme.primary
                    onTrackChanged: requestPaint()
                    onRemainingChanged: requestPaint()
                    onPaint: {
                        const ctx = getContext("2d");
                        ctx.reset();
                        const r = width / 2 - stroke / 2;
                        // The time gone is a thin line, the time left a thick band: the ring
                        // is seen to empty even where the two colours are alike.
                        ctx.lineWidth = Math.max(2, Theme.mm(0.6));
                        ctx.strokeStyle = track;
                        ctx.beginPath(); ctx.arc(width / 2, height / 2, r, 0, 2 * Math.PI); ctx.stroke();
                        if (sweep <= 0)
                            return;
                        ctx.lineWidth = stroke;
                        ctx.strokeStyle = remaining;
                        ctx.beginPath();
                        ctx.arc(width / 2, height / 2, r, -Math.PI / 2, -Math.PI / 2 + sweep);
                        ctx.stroke();
                    }
                    TextMetrics {
                        id: widest
                        font: number.font
                        text: "88"
                    }
                    Text {
                        id: number
                        objectName: "countdownNumber"
                        anchors.centerIn: parent
                        // The square inside the ring's inner circle, shrinking the number if
                        // the panel is too narrow for a ring around it at full size.
                        width: ring.innerRadius * Math.SQRT2
                        height: width
                        text: Session.secondsLeft
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        fontSizeMode: Text.Fit
                        minimumPixelSize: Theme.fontBody
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        Accessible.ignored: true
                    }
                }
            }

            Text {
                id: countdownText
                objectName: "countdownWords"
                width: parent.width
                text: qsTr("The kiosk will return to the start in %n seconds and forget what you entered.", "", Session.secondsLeft)
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
