// SPDX-License-Identifier: GPL-3.0-or-later
// The registration is saved: the code huge and spoken character by character, and what
// happens next: a coordinator checks it and calls, then the volunteer number reaches every
// kiosk of the district, where the ID card checks in. Done ends the visit; a while without a
// touch ends it through the Session's warning and time-out, as on every page (no fixed timer:
// a visitor still reading is warned and can ask for more time).
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerRegistration registration: Visit.registration
    readonly property string code: registration.code
    readonly property string nextText: registration.maskedPhone.length > 0
        ? qsTr("A coordinator checks your registration and calls you on %1.").arg(registration.maskedPhone)
        : qsTr("A coordinator checks your registration and calls you.")
    // Said without the masked number, which a voice reads as a sum with stars in it.
    readonly property string spokenNextText: qsTr("A coordinator checks your registration and calls you on the phone number you gave.")
    readonly property string afterText: qsTr("Once approved you get a volunteer number, and every kiosk of the district knows you: check in there with your ID card.")

    title: Pages.titles["volunteer-registered"]
    primaryAction: doneButton
    instruction: qsTr("Remember this code. The coordinator may ask for it.")
    backEnabled: false

    Component.onCompleted: {
        Voice.sayCode(code, qsTr("Your registration code"));
        Voice.say(page.spokenNextText);
        Voice.say(page.afterText);
    }

    readonly property bool wide: page.width > page.height

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // The code first and whole, at every text size: the words about what comes next may scroll.
        // The check mark beside the code on a wide screen, the two kept together in the middle.
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: !page.wide
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Theme.mm(18)
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
            // Portrait: as wide as the page, so the code is laid out on the whole width, never
            // squeezed into the check mark's column.
            ColumnLayout {
                Layout.fillWidth: !page.wide
                Layout.preferredWidth: page.wide ? -1 : page.width
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.mm(1)
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Your registration code")
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                ConfirmationCode {
                    Layout.alignment: Qt.AlignHCenter
                    code: page.code
                    pixelSize: Math.min(Theme.fontHuge * 1.6, Theme.mm(30))
                }
            }
        }

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Repeater {
                model: [
                    { icon: "support_agent", text: page.nextText, name: "registeredNext" },
                    { icon: "badge", text: page.afterText, name: "registeredAfter" }
                ]
                delegate: Row {
                    id: line
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Icon {
                        id: lineIcon
                        name: line.modelData.icon
                        size: Math.round(Theme.fontBody * 1.6)
                        color: Theme.onBackground
                    }
                    Text {
                        objectName: line.modelData.name
                        width: line.width - lineIcon.width - line.spacing
                        text: line.modelData.text
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: line.modelData.name === "registeredNext" ? page.spokenNextText : text
                    }
                }
            }
        }

        // Words, not only the side bar: what comes next may lie below the screen.
        MoreBelow {
            Layout.alignment: Qt.AlignHCenter
            scroller: scroller
        }

        KioskButton {
            id: doneButton
            objectName: "doneButton"
            Layout.fillWidth: true
            text: qsTr("Done")
            icon: "done"
            fontSize: Theme.fontTitle
            focus: true
            onActivated: Visit.finish()
        }
    }
}
