// SPDX-License-Identifier: GPL-3.0-or-later
// The review step before a request is sent: what is asked for and the phone number grouped as
// people read it back, each with "change"; then Send. The number is spoken digit by digit only
// through private listening. The request is on disk before the confirmation is shown.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property AssessmentRequest request: Visit.assessment
    readonly property string requestName: request.kind === "fee_waiver" ? qsTr("Not to pay the assessment fee")
                                                                         : qsTr("An assessment at home")

    title: qsTr("Check your request")
    primaryAction: sendButton
    instruction: qsTr("Check the number. Staff will call you on it. Touch Send, or Change to correct it.")

    function send() {
        if (!page.request.submit())
            Voice.say(page.request.errorText);
    }

    Component.onCompleted: Voice.sayPrivate(qsTr("Your phone number: %1.").arg(page.request.spokenPhone),
                                            qsTr("Your phone number is on the screen."))

    Connections {
        target: page.request
        function onResultChanged() {
            if (page.request.code.length > 0)
                Navigator.finishStep(["phone", "phone-review"], "confirmation");
        }
    }

    // What is asked for scrolls if it must; Change and Send stay in view below it, so the
    // visitor never sends without seeing what, nor has to look for the button.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
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
                    Layout.fillWidth: true
                    implicitHeight: what.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(1, Theme.mm(0.3))
                    border.color: Theme.border
                    Column {
                        id: what
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.mm(1)
                        Text {
                            width: parent.width
                            text: qsTr("You ask for")
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                        Text {
                            objectName: "reviewRequest"
                            width: parent.width
                            text: page.requestName
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("You ask for") + " " + text
                        }
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: phoneColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(1, Theme.mm(0.3))
                    border.color: Theme.border
                    Column {
                        id: phoneColumn
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.mm(1)
                        Text {
                            width: parent.width
                            text: qsTr("Staff will call you on")
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                        Text {
                            objectName: "reviewPhone"
                            width: parent.width
                            text: page.request.groupedPhone
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontHuge
                            font.bold: true
                            font.family: "DejaVu Sans Mono"
                            // The whole number on one line: shrinks to fit rather than wrapping.
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.fontBody
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Your phone number is on the screen.")
                        }
                    }
                }

                Text {
                    objectName: "requestError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.request.errorText
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                }

            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        GridLayout {
            Layout.fillWidth: true
            // Side by side on a landscape screen, one above the other on a portrait one.
            columns: page.width > page.height ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            KioskButton {
                objectName: "changePhoneButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Change the number")
                icon: "edit"
                onActivated: Navigator.back()
            }
            KioskButton {
                id: sendButton
                objectName: "sendButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: page.request.saving ? qsTr("Saving...") : qsTr("Send")
                icon: "send"
                enabled: !page.request.saving
                fill: Theme.primary
                ink: Theme.onPrimary
                focus: true
                onActivated: page.send()
            }
        }
    }
}
