// SPDX-License-Identifier: GPL-3.0-or-later
// What the volunteer should know, from common phrases: several may be chosen, none is fine,
// nothing has to be typed.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property HelpRequest help: Visit.help

    title: Pages.titles["help-note"]
    primaryAction: helpNext
    instruction: qsTr("Touch every sentence that is true for you; touch it again to take it back. None is fine. Then touch Next.")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: page.help.notePhrases
                    delegate: ToggleChoice {
                        required property var modelData
                        required property int index
                        objectName: "note_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        multiple: true
                        text: modelData.words
                        selected: page.help.noteKeys.indexOf(modelData.key) >= 0
                        focus: index === 0
                        onActivated: page.help.toggleNote(modelData.key)
                    }
                }
            }

            Text {
                objectName: "noteCount"
                Layout.fillWidth: true
                text: qsTr("%n sentence(s) chosen", "", page.help.noteKeys.length)
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        KioskButton {
            id: helpNext
            objectName: "helpNext"
            Layout.fillWidth: true
            text: qsTr("Next")
            icon: "arrow_forward"
            fontSize: Theme.fontTitle
            onActivated: Navigator.open("help-review")
        }
    }
}
