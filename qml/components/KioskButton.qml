// SPDX-License-Identifier: GPL-3.0-or-later
// The one button every screen uses: a pictogram and a word, at least 15 mm, reachable by touch
// and by keys, with an accessible name and a thick focus ring. A button that cannot be used yet
// (enabled false) is drawn on the surface colour with a dashed outline and lighter words, still
// 4.5:1 so what it is can be read.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: button

    property string text
    property string icon
    property string description
    property color fill: Theme.primary
    property color ink: Theme.onPrimary
    property int fontSize: Theme.fontBody
    property bool vertical: false
    property int iconSize: Math.round(fontSize * 1.3)
    /// For a button of fixed size (the top bar's): the words wrap and, when they still do not
    /// fit, shrink (never below Theme.fontLeast) instead of making the button grow.
    property bool fitWords: false

    signal activated

    // Sized from the word's natural (unwrapped) width, never from the laid-out text, so the
    // width cannot feed back into itself; a narrower button made by a layout wraps the word.
    readonly property int pictogramRoom: icon.length > 0 && !vertical ? pictogram.size + content.spacing : 0
    readonly property real wordWidth: Math.ceil(naturalWord.advanceWidth) + 2
    implicitWidth: Math.max(Theme.targetSize, (vertical ? Math.max(wordWidth, pictogram.size) : wordWidth + pictogramRoom)
                                              + 2 * Theme.spacing)

    TextMetrics {
        id: naturalWord
        font: label.font
        text: button.text
    }
    implicitHeight: Math.max(Theme.targetSize, content.implicitHeight + Theme.spacing)
    radius: Theme.radius
    color: !enabled ? Theme.surface : pressArea.pressed ? Qt.darker(fill, 1.15) : fill
    border.width: Math.max(2, Theme.mm(0.5))
    // The dashed outline below replaces the border of a button that cannot be used yet.
    border.color: enabled ? Theme.border : Theme.surface
    /// The words' and pictogram's colour as drawn: the ink, or the unavailable tone.
    readonly property color shownInk: enabled ? ink : Theme.onUnavailable
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: description
    Accessible.focusable: true
    Accessible.onPressAction: activated()

    // Name, role and state of the control the keypad (or a touch) brought focus to.
    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "button", enabled ? "" : "unavailable", Accessible.description)

    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onSpacePressed: activated()

    // A row (or a column) of pictogram and word; the word wraps rather than leaving the button.
    Grid {
        id: content
        anchors.centerIn: parent
        columns: button.vertical ? 1 : 2
        spacing: Theme.mm(2)
        horizontalItemAlignment: Grid.AlignHCenter
        verticalItemAlignment: Grid.AlignVCenter

        Icon {
            id: pictogram
            name: button.icon
            visible: button.icon.length > 0
            color: button.shownInk
            size: button.iconSize
        }
        Text {
            id: label
            readonly property real room: button.width - 2 * Theme.spacing - button.pictogramRoom
            text: button.text
            color: button.shownInk
            font.pixelSize: button.fontSize
            font.bold: true
            // Fitted words break between words only; a word too long for its line shrinks.
            wrapMode: button.fitWords ? Text.WordWrap : Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            width: button.fitWords ? room : Math.min(button.wordWidth, room)
            height: button.fitWords ? button.height - Theme.mm(2) - (button.vertical ? pictogram.size + content.spacing : 0)
                                    : implicitHeight
            fontSizeMode: button.fitWords ? Text.Fit : Text.FixedSize
            minimumPixelSize: Math.min(Theme.fontLeast, button.fontSize)
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
    }

    // Dashes say "not yet" without colour: a solid border is a button that works.
    // Made only while the button cannot be used: most buttons never need a canvas.
    Loader {
        anchors.fill: parent
        active: !button.enabled
        sourceComponent: Canvas {
            objectName: "unavailableOutline"
            readonly property int lineWidth: Math.max(3, Theme.mm(0.8))
            readonly property int dash: Theme.mm(3)
            readonly property color tone: Theme.onUnavailable
            onToneChanged: requestPaint()
            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()
            onPaint: {
                const ctx = getContext("2d");
                ctx.reset();
                ctx.strokeStyle = tone;
                ctx.lineWidth = lineWidth;
                const inset = lineWidth / 2;
                const corner = Theme.radius;
                // Each side dashed on its own, so every side starts and ends with a dash.
                function side(x0, y0, x1, y1) {
                    const length = Math.hypot(x1 - x0, y1 - y0);
                    const count = Math.max(1, Math.round(length / (2 * dash)));
                    const step = length / count;
                    for (let i = 0; i < count; ++i) {
                        const a = (i * step + step / 4) / length;
                        const b = (i * step + 3 * step / 4) / length;
                        ctx.beginPath();
                        ctx.moveTo(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a);
                        ctx.lineTo(x0 + (x1 - x0) * b, y0 + (y1 - y0) * b);
                        ctx.stroke();
                    }
                }
                side(corner, inset, width - corner, inset);
                side(width - inset, corner, width - inset, height - corner);
                side(width - corner, height - inset, corner, height - inset);
                side(inset, height - corner, inset, corner);
            }
        }
    }

    MouseArea {
        id: pressArea
        anchors.fill: parent
        onClicked: {
            button.forceActiveFocus();
            button.activated();
        }
    }

    FocusRing {}
}
