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

    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.focusRingWidth
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: Theme.focusRingWidth
            y: Theme.focusRingWidth
            width: scroller.width - 2 * Theme.focusRingWidth
            spacing: Theme.spacing * 1.5

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
                Layout.maximumWidth: column.width
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
            KioskButton {
                objectName: "doneButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(column.width, Math.max(implicitWidth, Theme.mm(80)))
                text: qsTr("Done")
                icon: "done"
                fontSize: Theme.fontTitle
                focus: true
                onActivated: Visit.finish()
            }
        }
    }
}
