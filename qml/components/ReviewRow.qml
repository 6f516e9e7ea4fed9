// SPDX-License-Identifier: GPL-3.0-or-later
// One choice on a review screen: what it is, the choice in large words, and "Change", which
// goes back to the step where it was made.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility

Rectangle {
    id: row

    property string label
    property string value
    /// What the screen reader says instead of the value (personal details).
    property string spokenValue: value
    property string changeText: qsTr("Change")
    property bool monospace: false
    /// Where the keys start on the page (a review whose send cannot be taken back).
    property bool changeFocus: false
    /// The family the theme's text uses, for the values that are not numbers.
    readonly property string bodyFamily: labelText.font.family

    signal changeRequested

    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Math.max(1, Theme.mm(0.3))
    border.color: Theme.border

    GridLayout {
        id: layout
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        // The Change button beside the words while there is room, under them with large text.
        columns: row.width > Theme.targetSize * 8 && Theme.textScale < 1.5 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.mm(1)
        Column {
            Layout.fillWidth: true
            spacing: Theme.mm(0.5)
            Text {
                id: labelText
                width: parent.width
                text: row.label
                color: Theme.onSurface
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Text {
                objectName: row.objectName + "Value"
                width: parent.width
                text: row.value
                color: Theme.onSurface
                font.pixelSize: Theme.fontTitle
                font.bold: true
                font.family: row.monospace ? "DejaVu Sans Mono" : row.bodyFamily
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: row.label + ": " + row.spokenValue
            }
        }
        KioskButton {
            objectName: row.objectName + "Change"
            Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
            Layout.fillWidth: layout.columns === 1
            text: row.changeText
            focus: row.changeFocus
            // What is changed and what it is now: "Change, button, What happened: It is lost".
            description: row.label + ": " + row.spokenValue
            icon: "edit"
            fill: Theme.background
            ink: Theme.onBackground
            onActivated: row.changeRequested()
        }
    }
}
