// SPDX-License-Identifier: GPL-3.0-or-later
// One of the home screen's five big choices: a pictogram, a two-line label and a colour band
// of its own (colour never alone: the icon and the words say the same). Each task also has a
// pattern of its own drawn across its band, so the tasks stay apart in the themes where every
// band has one colour (black on white, yellow on black); Call staff's rings spread out from its
// pictogram like a call, and its band stays red in every theme.
import QtQuick
import Kiosk.Accessibility

Rectangle {
    id: tile

    property string title
    property string subtitle
    property string icon
    property int band: 0
    /// False while its task cannot be done (the page says why when it is activated): drawn
    /// without its colour, it says "Not available now" and can still be focused and touched, so
    /// a visitor who explores by keypad or touch hears why rather than meeting silence.
    property bool available: true
    readonly property string shownSubtitle: available ? subtitle : qsTr("Not available now")
    /// The least pictogram a page asks for (a page of fewer, bigger tiles passes more); it
    /// otherwise grows with its band.
    property int iconSize: 0
    /// The height kept for the words under the band: a page gives all its tiles the same, so
    /// their bands are equal however many lines each title takes.
    property real wordsRoom: wordsNeed
    /// What this tile's own words need.
    readonly property real wordsNeed: words.implicitHeight
    /// The smallest band a pictogram is still large in (a page of large text scrolls instead).
    readonly property int minimumBand: Math.max(Theme.mm(24), Math.ceil(iconSize / 0.9))
    /// The band sits inside the tile's edge, so the focus ring drawn around the tile only ever
    /// touches the tile's own surface colour.
    readonly property int bandInset: Theme.mm(1.5)
    readonly property color bandColor: stripe.color
    /// The task's pattern (diagonal, dots, columns, checks, rings), by its place on the page.
    readonly property string pattern: ["diagonal", "dots", "columns", "checks", "rings"][Math.min(band, 4)]

    signal activated

    radius: Theme.radius
    color: Theme.surface
    border.width: Math.max(2, Theme.mm(0.5))
    border.color: Theme.border
    activeFocusOnTab: true
    clip: false

    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: shownSubtitle
    Accessible.focusable: true
    Accessible.onPressAction: activated()

    // Name, role and state of the control the keypad (or a touch) brought focus to.
    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "button", enabled && available ? "" : "unavailable", Accessible.description)

    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onSpacePressed: activated()

    // Never shorter than a band that still shows a large pictogram plus all of the words, so
    // large text makes the page scroll, never overlap.
    implicitHeight: bandInset + minimumBand + 2 * Theme.spacing + wordsRoom

    Rectangle {
        id: stripe
        objectName: "band"
        x: tile.bandInset
        y: tile.bandInset
        width: tile.width - 2 * tile.bandInset
        height: Math.max(0, tile.height - tile.bandInset - 2 * Theme.spacing - tile.wordsRoom)
        radius: Math.max(0, Theme.radius - tile.bandInset / 2)
        color: tile.available ? Theme.bands[Math.min(tile.band, Theme.bands.length - 1)] : Theme.surface
        clip: true

        Canvas {
            id: patternCanvas
            objectName: "bandPattern"
            anchors.fill: parent
            readonly property color tone: tile.available ? Theme.onBand : Theme.onUnavailable
            readonly property int lineWidth: Math.max(2, Theme.mm(0.8))
            readonly property int step: Theme.mm(4.5)
            onToneChanged: requestPaint()
            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()
            onPaint: {
                const ctx = getContext("2d");
                ctx.reset();
                ctx.strokeStyle = tone;
                ctx.fillStyle = tone;
                ctx.lineWidth = lineWidth;
                const w = width, h = height, s = step;
                ctx.beginPath();
                if (tile.pattern === "diagonal") {
                    for (let x = 0; x < w + h; x += s) {
                        ctx.moveTo(x, 0);
                        ctx.lineTo(x - h, h);
                    }
                    ctx.stroke();
                } else if (tile.pattern === "dots") {
                    for (let y = s / 2; y < h; y += s)
                        for (let x = s / 2; x < w; x += s) {
                            ctx.moveTo(x + lineWidth, y);
                            ctx.arc(x, y, lineWidth, 0, 2 * Math.PI);
                        }
                    ctx.fill();
                } else if (tile.pattern === "columns") {
                    for (let x = s / 2; x < w; x += s) {
                        ctx.moveTo(x, 0);
                        ctx.lineTo(x, h);
                    }
                    ctx.stroke();
                } else if (tile.pattern === "checks") {
                    const c = s * 1.5;
                    for (let y = 0; y < h; y += c)
                        for (let x = (Math.round(y / c) % 2) * c; x < w; x += 2 * c)
                            ctx.rect(x, y, c, c);
                    ctx.fill();
                } else {
                    const r = Math.hypot(w, h) / 2;
                    for (let d = s; d < r; d += s) {
                        ctx.moveTo(w / 2 + d, h / 2);
                        ctx.arc(w / 2, h / 2, d, 0, 2 * Math.PI);
                    }
                    ctx.stroke();
                }
            }
        }

        // A plain disc in the band's colour behind the pictogram: the pattern never runs
        // through the picture.
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width, symbol.size * 1.15)
            height: width
            radius: width / 2
            color: stripe.color
        }

        Icon {
            id: symbol
            objectName: "pictogram"
            anchors.centerIn: parent
            name: tile.icon
            color: tile.available ? Theme.onBand : Theme.onUnavailable
            // At least 60% of the band's height (UX: the picture is what is seen first).
            size: Math.max(1, Math.round(Math.min(stripe.height * 0.9, stripe.width * 0.6,
                                                  Math.max(tile.iconSize, stripe.height * 0.72))))
        }
    }

    Column {
        id: words
        anchors { left: parent.left; right: parent.right; top: stripe.bottom }
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacing
        spacing: Theme.mm(1)
        Text {
            width: parent.width
            text: tile.title
            color: Theme.onSurface
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
        Text {
            width: parent.width
            objectName: "tileSubtitle"
            text: tile.shownSubtitle
            color: tile.available ? Theme.onSurface : Theme.onUnavailable
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: {
            tile.forceActiveFocus();
            tile.activated();
        }
    }

    FocusRing {}
}
