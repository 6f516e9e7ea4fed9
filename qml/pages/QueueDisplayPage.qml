// SPDX-License-Identifier: GPL-3.0-or-later
// The queue display for the waiting room: the number called last, very large, with its
// window, the call in words (what the speaker says, for those who cannot hear it), and the few
// numbers called before it. Its words are in both languages at once, Mandarin first: the
// whole room reads it, not one visitor. On a second screen it is a window of its own
// (QueueDisplayWindow); on one screen staff open it from staff mode.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

FocusScope {
    id: page

    readonly property bool landscape: width > height
    /// A plain JavaScript array, so that it can be cut to what fits.
    readonly property var earlierCalls: QueueDisplay.earlier
    /// Both languages, Mandarin first.
    function both(key) {
        return QueueDisplay.words(key, "zh") + "  " + QueueDisplay.words(key, "en");
    }
    /// The window's number stays on its word's line when a sentence wraps ("window 2.", never
    /// "2." alone on the last line).
    function keepLastNumberWithWord(sentence) {
        return sentence.replace(/ (?=\d+\D*$)/, "\u00a0");
    }
    /// The called number's size: from the screen alone, never from the visitor text size (the
    /// whole room reads it; larger text must never make it smaller).
    /// From the window, not the page (the top bar grows with the text): as large as still
    /// leaves the heading, window and caption room at the largest text.
    readonly property real calledSize: landscape ? Math.min(Window.height * 0.22, width * 0.62 / 2.6)
                                                 : Math.min(Window.height * 0.18, width / 2.7)
    function windowWords(windowNumber) {
        return QueueDisplay.words("window", "zh").arg(windowNumber) + "  " + QueueDisplay.words("window", "en").arg(windowNumber);
    }

    Accessible.role: Accessible.Pane
    Accessible.name: QueueDisplay.hasCall ? QueueDisplay.mandarinCall + " " + QueueDisplay.englishCall : page.both("nothingYet")

    Component.onCompleted: QueueDisplay.reload()
    // A display left on overnight shows the new day's calls (none yet), not yesterday's last one.
    Timer {
        interval: 60000
        repeat: true
        running: true
        onTriggered: QueueDisplay.reload()
    }

    // Shown on the kiosk's own screen, the display stays up: staff opened it to show the calls,
    // and the visitor time-out would otherwise take it away after a minute and a half.
    Timer {
        interval: 20000
        repeat: true
        running: Navigator.currentPage === "queue-display"
        onTriggered: Session.noteActivity()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    GridLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        columns: page.landscape ? 2 : 1
        columnSpacing: Theme.spacing * 3
        rowSpacing: Theme.spacing * 2

        // The last call.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.spacing
            Text {
                objectName: "nowCallingHeading"
                Layout.fillWidth: true
                text: page.both("nowCalling")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                // One line, smaller rather than wrapped: the number below gets the room.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Math.ceil(page.calledSize * 1.2) + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: Theme.border
                Text {
                    id: calledLabel
                    objectName: "calledLabel"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    visible: QueueDisplay.hasCall
                    text: QueueDisplay.label
                    color: Theme.onSurface
                    font.family: "DejaVu Sans Mono"
                    font.bold: true
                    font.pixelSize: page.calledSize
                    // Only a number too wide for a narrow window is made smaller.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontTitle
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    Accessible.ignored: true
                }
                Text {
                    objectName: "nothingCalled"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    visible: !QueueDisplay.hasCall
                    text: QueueDisplay.words("nothingYet", "zh") + "\n" + QueueDisplay.words("nothingYet", "en")
                    color: Theme.onSurface
                    font.pixelSize: Theme.fontTitle
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            Text {
                objectName: "calledWindow"
                Layout.fillWidth: true
                visible: QueueDisplay.hasCall
                text: page.windowWords(QueueDisplay.window)
                color: Theme.onBackground
                // Where to go is read across the room too: sized with the number.
                font.pixelSize: Math.round(page.calledSize * 0.3)
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
            }
            // What the speaker said, for everyone who cannot hear it.
            Text {
                objectName: "callCaption"
                Layout.fillWidth: true
                text: QueueDisplay.hasCall ? page.keepLastNumberWithWord(QueueDisplay.mandarinCall) + "\n" + page.keepLastNumberWithWord(QueueDisplay.englishCall)
                                           : QueueDisplay.words("howTo", "zh") + "\n" + QueueDisplay.words("howTo", "en")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        // The calls before it: as many as the box holds.
        Rectangle {
            id: earlierBox
            Layout.fillWidth: true
            Layout.fillHeight: page.landscape
            Layout.preferredWidth: 1
            Layout.preferredHeight: page.landscape ? -1 : page.height * 0.28
            radius: Theme.radius
            color: Theme.surface
            border.width: Math.max(1, Theme.mm(0.4))
            border.color: Theme.border
            clip: true
            TextMetrics {
                id: headingOnOneLine
                font: earlierHeading.font
                text: page.both("earlier")
            }
            Text {
                id: earlierHeading
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                // One line when both languages fit; else Mandarin above English, each whole
                // (a heading split inside "Called before" reads as two headings).
                text: headingOnOneLine.advanceWidth <= width ? page.both("earlier")
                    : QueueDisplay.words("earlier", "zh") + "\n" + QueueDisplay.words("earlier", "en")
                color: Theme.onSurface
                font.pixelSize: Theme.fontBody
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontSmall
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            FontMetrics {
                id: rowFont
                font.pixelSize: Theme.fontTitle
            }
            TextMetrics {
                id: widestWindowWords
                font.pixelSize: Theme.fontBody
                text: page.windowWords(88)
            }
            Item {
                id: earlierRows
                // Number and window on one line where one column is wide enough: more calls fit.
                readonly property bool inline: columns === 1
                    && rowFont.advanceWidth("A888") + 2 * Theme.spacing + widestWindowWords.advanceWidth <= width
                readonly property real rowHeight: Math.ceil(rowFont.height * (inline ? 1.05 : 2.1)) + Theme.spacing
                // Side by side where the box is wide (portrait: under the number) and a call's
                // words fit in half of it with a clear gap; else one column, fewer calls.
                readonly property int columns: !page.landscape
                    && widestWindowWords.advanceWidth + 3 * Theme.spacing <= width / 2 ? 2 : 1
                readonly property int fits: Math.max(0, Math.floor(height / rowHeight)) * columns
                x: Theme.spacing
                y: earlierHeading.y + earlierHeading.height + Theme.spacing
                width: parent.width - 2 * Theme.spacing
                height: parent.height - y - Theme.spacing
                Repeater {
                    model: page.earlierCalls.slice(0, earlierRows.fits)
                    delegate: Grid {
                        id: earlierRow
                        required property var modelData
                        required property int index
                        objectName: "earlierCall_" + index
                        x: (index % earlierRows.columns) * (earlierRows.width / earlierRows.columns)
                        y: Math.floor(index / earlierRows.columns) * earlierRows.rowHeight
                        width: earlierRows.width / earlierRows.columns - (earlierRows.columns > 1 ? 3 * Theme.spacing : 0)
                        columns: earlierRows.inline ? 2 : 1
                        columnSpacing: 2 * Theme.spacing
                        verticalItemAlignment: Grid.AlignVCenter
                        Text {
                            id: earlierLabel
                            width: earlierRows.inline ? implicitWidth : earlierRow.width
                            text: earlierRow.modelData.label
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            font.family: "DejaVu Sans Mono"
                        }
                        Text {
                            width: earlierRows.inline ? earlierRow.width - earlierLabel.width - earlierRow.columnSpacing : earlierRow.width
                            text: page.windowWords(earlierRow.modelData.window)
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
