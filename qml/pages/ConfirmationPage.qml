// SPDX-License-Identifier: GPL-3.0-or-later
// "Done": a big check mark, the code huge and spoken character by character, who will call
// whom, and a Done button that ends the visit. Ends it by itself after a while.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property string code: Visit.assessment.code
    readonly property string maskedPhone: Visit.assessment.maskedPhone
    /// Seconds before the page goes home by itself.
    property int homeAfterSeconds: 60

    title: qsTr("Your request is sent")
    primaryAction: doneButton
    instruction: qsTr("Remember this code. Staff will ask for it.")
    backEnabled: false

    Component.onCompleted: {
        Voice.say(qsTr("Your request is sent. We will call you on your phone."));
        Voice.sayCode(code);
    }

    Timer {
        interval: page.homeAfterSeconds * 1000
        running: true
        onTriggered: Visit.finish()
    }

    // The code and the phone line scroll between the title and Done, which stays on screen.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Theme.mm(28)
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
                code: page.code
            }
            Text {
                objectName: "callBackText"
                Layout.fillWidth: true
                text: qsTr("We will call you on %1").arg(page.maskedPhone)
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
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
