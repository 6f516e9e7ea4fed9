// SPDX-License-Identifier: GPL-3.0-or-later
// "Who are you?": where to lay the ID card, what the reader is doing in words, and a large
// button to type the number instead.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    // A card that was read leads on to where the visitor was going (Navigator.identified).
    title: Pages.titles[Navigator.pendingPage]
    // For help, the reason first: a visitor may not expect to be asked who they are.
    instruction: (reason.length > 0 ? reason + " " : "")
                 + qsTr("Place your ID card on the reader below the screen, or touch \"Type my ID number\".")
    readonly property string reason: Pages.whyIdentify[Navigator.pendingPage] || ""

    readonly property string readerWords: {
        switch (CardReader.state) {
        case "ready": return qsTr("Reader ready — place your card flat on the reader");
        case "reading": return qsTr("Reading... keep the card still");
        case "remove": return qsTr("Remove your card");
        case "error": return qsTr("The card could not be read. Place it on the reader again.");
        default: return qsTr("The card reader is not working. Type your ID number instead.");
        }
    }
    property bool refused: false

    onReaderWordsChanged: if (visible) Voice.say(readerWords)

    Connections {
        target: CardReader
        function onCardRefused() {
            page.refused = true;
            Voice.say(refusedText.text);
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: page.width > page.height ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        // The pictogram: a card lying flat on the reader, a hand, and an arrow down.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.mm(30)
            radius: Theme.radius
            color: Theme.surface
            border.width: Math.max(2, Theme.mm(0.5))
            border.color: Theme.border
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Picture: lay the ID card flat on the reader under the screen")
            Row {
                anchors.centerIn: parent
                spacing: Theme.spacing
                readonly property int symbol: Math.min(parent.height * 0.6, parent.width / 3.6)
                Icon { name: "badge"; size: parent.symbol; color: Theme.primary }
                Icon { name: "south"; size: parent.symbol; color: Theme.onSurface }
                Icon { name: "contactless"; size: parent.symbol; color: Theme.primary }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: status.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: CardReader.state === "none" || CardReader.state === "error" ? Theme.danger : Theme.surface
                border.width: Math.max(2, Theme.mm(0.5))
                border.color: Theme.border
                Row {
                    id: status
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    readonly property color ink: CardReader.state === "none" || CardReader.state === "error"
                                                 ? Theme.onDanger : Theme.onSurface
                    Icon {
                        name: {
                            switch (CardReader.state) {
                            case "ready": return "contactless";
                            case "reading": return "hourglass_top";
                            case "remove": return "eject";
                            default: return "error";
                            }
                        }
                        color: status.ink
                        size: Theme.fontTitle * 1.4
                    }
                    Text {
                        objectName: "readerStatus"
                        width: status.width - Theme.fontTitle * 1.4 - Theme.spacing
                        text: page.readerWords
                        color: status.ink
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
            Text {
                id: refusedText
                Layout.fillWidth: true
                visible: page.refused
                text: qsTr("This card has no ID number the kiosk can use. Please type your ID number.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Item { Layout.fillHeight: true }
            KioskButton {
                objectName: "typeNumberButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.targetSize * 1.5, implicitHeight)
                text: qsTr("Type my ID number")
                icon: "dialpad"
                fontSize: Theme.fontTitle
                focus: true
                onActivated: Navigator.open("idnumber")
            }
        }
    }
}
