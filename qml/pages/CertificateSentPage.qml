// SPDX-License-Identifier: GPL-3.0-or-later
// A certificate application sent: the code first, huge and spoken character by character, who
// will call whom, what happens next and how long it takes once the papers are in, the papers,
// and for a report of loss that it is saved, and that the old card is marked lost only once the
// office has marked it (the certificate row from the server says so). Done ends the visit; the
// Session's warning and time-out end it as on every page.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property CertificateApplication application: Visit.application

    title: Pages.titles["cert-sent"]
    primaryAction: doneButton
    instruction: qsTr("Remember this code. Staff will ask for it.")
    backEnabled: false

    readonly property string nextWords: qsTr("Staff at the service hall will call you to arrange the papers. Bring them when you go.")
    /// A report of loss: marked only once the office has it, not when this kiosk saved it.
    readonly property string lostWords: !page.application.reportedLost ? ""
        : page.application.markedLost ? qsTr("Your old card is marked lost now. Nobody else can use it.")
                                      : qsTr("Your report of loss is saved. The card is marked lost as soon as this kiosk reaches the office.")
    readonly property bool english: VisitorSettings.language === "en"
    /// Sentences joined as the language writes them: no space between Mandarin sentences.
    function joined(parts: var): string {
        return parts.filter(part => part.length > 0).join(page.english ? " " : "");
    }
    /// The papers in one sentence: "a, b, c." / "甲、乙、丙。".
    function listed(items: var): string {
        return items.join(page.english ? ", " : "、") + (page.english ? "." : "。");
    }
    readonly property string whatNextWords: joined([page.nextWords, page.application.howLong])
    readonly property string papersWords: page.application.whatToBring.length === 0 ? ""
        : joined([qsTr("What to bring:"), page.listed(page.application.whatToBring)])

    Component.onCompleted: {
        // The title ("Your application is sent") is said on arrival already.
        Voice.sayCode(page.application.code);
        Voice.say(page.joined([page.lostWords, page.whatNextWords, page.papersWords]));
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The code comes first, whole at every text size: the check mark is small beside
            // its label rather than a big circle above it.
            Row {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.mm(2)
                Rectangle {
                    id: tick
                    width: Theme.fontTitle * 1.2
                    height: width
                    radius: width / 2
                    color: Theme.success
                    anchors.verticalCenter: parent.verticalCenter
                    Icon {
                        anchors.centerIn: parent
                        name: "check"
                        size: parent.width * 0.8
                        color: Theme.onSuccess
                    }
                }
                Text {
                    text: qsTr("Your code")
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            ConfirmationCode {
                Layout.alignment: Qt.AlignHCenter
                // A margin inside the column, so the first and last characters never touch its edge.
                Layout.maximumWidth: scroller.columnWidth - 2 * Theme.spacing
                // Whole in the first screenful, with its label, even at the largest text on a
                // wide screen.
                pixelSize: Math.max(Theme.fontTitle, Math.min(Theme.fontHuge * 1.6,
                                                              (scroller.height - Theme.fontTitle * 1.2 - 4 * Theme.spacing) / 1.25))
                code: page.application.code
            }
            Text {
                objectName: "callBackText"
                Layout.fillWidth: true
                text: qsTr("We will call you on %1").arg(page.application.maskedPhone)
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Rectangle {
                id: lostBox
                objectName: "markedLost"
                Layout.fillWidth: true
                visible: page.application.reportedLost
                activeFocusOnTab: visible
                Accessible.role: Accessible.Paragraph
                Accessible.name: page.lostWords
                Accessible.focusable: true
                onActiveFocusChanged: if (activeFocus) Announcer.focused(page.lostWords, "", "", "")
                FocusRing { target: lostBox }
                implicitHeight: lost.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.8))
                border.color: Theme.primary
                Row {
                    id: lost
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.mm(2)
                    Icon {
                        id: lostIcon
                        name: "report"
                        size: Theme.fontTitle * 1.2
                        color: Theme.onSurface
                    }
                    Text {
                        objectName: "markedLostText"
                        width: parent.width - lostIcon.width - parent.spacing
                        text: page.lostWords
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
            // What happens next and the papers: parts the keys reach, read out when focused.
            // A stop for the keys at least a touch target tall, even when the words fit on one
            // line (an Item, because a Text's own bounds are only its painted words).
            Item {
                id: whatNext
                objectName: "whatNext"
                property alias text: whatNextWords.text
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.targetSize, whatNextWords.implicitHeight)
                activeFocusOnTab: true
                Accessible.role: Accessible.Paragraph
                Accessible.name: text
                Accessible.focusable: true
                onActiveFocusChanged: if (activeFocus) Announcer.focused(text, "", "", "")
                Text {
                    id: whatNextWords
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width
                    text: page.whatNextWords
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
                FocusRing { target: whatNext }
            }
            Column {
                id: papers
                objectName: "sentPapers"
                Layout.fillWidth: true
                visible: page.application.whatToBring.length > 0
                activeFocusOnTab: visible
                Accessible.role: Accessible.Paragraph
                Accessible.name: page.papersWords
                Accessible.focusable: true
                onActiveFocusChanged: if (activeFocus) Announcer.focused(page.papersWords, "", "", "")
                FocusRing { target: papers }
                spacing: Theme.mm(1)
                Text {
                    width: parent.width
                    text: qsTr("What to bring:")
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                Repeater {
                    model: page.application.whatToBring
                    delegate: Text {
                        required property string modelData
                        width: parent.width
                        text: "• " + modelData
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        KioskButton {
            id: doneButton
            objectName: "doneButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, Math.max(implicitWidth, Theme.mm(80)))
            text: qsTr("Done")
            icon: "done"
            fontSize: Theme.fontTitle
            focus: true
            onActivated: Visit.finish()
        }
    }
}
