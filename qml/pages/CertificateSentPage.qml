// SPDX-License-Identifier: GPL-3.0-or-later
// A certificate application sent: a big check mark, the code huge and spoken character by
// character, who will call whom, what happens next and by when, and for a report of loss that
// the old card is marked lost (only once the kiosk's record says so). Done ends the visit; the
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
    instruction: qsTr("Remember this code. Staff will ask for it.")
    backEnabled: false

    readonly property string nextWords: qsTr("Staff at the service hall will call you to arrange the papers. Bring them when you go.")

    Component.onCompleted: {
        Voice.say(qsTr("Your application is sent.") + " "
                  + (page.application.markedLost ? qsTr("Your old card is marked lost now. Nobody else can use it.") + " " : "")
                  + page.nextWords);
        Voice.sayCode(page.application.code);
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Theme.mm(24)
                implicitHeight: implicitWidth
                radius: width / 2
                color: Theme.success
                Icon {
                    anchors.centerIn: parent
                    name: "check"
                    size: parent.width * 0.8
                    color: Theme.onSuccess
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Your code")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
            }
            ConfirmationCode {
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: scroller.columnWidth
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
                objectName: "markedLost"
                Layout.fillWidth: true
                visible: page.application.markedLost
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
                        text: qsTr("Your old card is marked lost now. Nobody else can use it.")
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
            Text {
                objectName: "whatNext"
                Layout.fillWidth: true
                text: page.nextWords
                      + (page.application.expectedBy.length > 0
                         ? " " + qsTr("Once your papers are complete, staff usually finish by about %1.").arg(page.application.expectedBy)
                         : page.application.howLong.length > 0 ? " " + page.application.howLong : "")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Column {
                Layout.fillWidth: true
                visible: page.application.whatToBring.length > 0
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
