// SPDX-License-Identifier: GPL-3.0-or-later
// A vertical timeline of plain steps: done ones ticked, the current one marked with an icon
// and "now", later ones plain. State is never colour alone: each row has an icon and words.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Accessibility

Column {
    id: timeline

    /// [{name, official, status: "done" | "now" | "later", icon (optional, for "now": the
    /// state's own pictogram, e.g. warning for not approved)}]
    property var steps: []

    spacing: 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Steps")

    Repeater {
        model: timeline.steps
        delegate: Item {
            id: row
            required property var modelData
            required property int index
            readonly property bool current: modelData.status === "now"
            readonly property bool done: modelData.status === "done"
            width: timeline.width
            height: Math.max(marker.height, words.implicitHeight) + Theme.spacing
            objectName: current ? "timelineNow" : ""
            Accessible.role: Accessible.ListItem
            Accessible.name: (current ? qsTr("Now") + ": " : done ? qsTr("Done") + ": " : "") + modelData.name

            // The line joining the markers.
            Rectangle {
                x: marker.x + marker.width / 2 - width / 2
                y: marker.height / 2
                width: Math.max(2, Theme.mm(0.8))
                height: row.height
                visible: row.index < timeline.steps.length - 1
                color: Theme.border
            }
            Rectangle {
                id: marker
                width: Theme.mm(row.current ? 11 : 8)
                height: width
                x: Theme.mm(1.5) - (row.current ? Theme.mm(1.5) : 0)
                radius: width / 2
                color: row.current ? Theme.primary : row.done ? Theme.success : Theme.surface
                border.width: Math.max(2, Theme.mm(0.5))
                border.color: Theme.border
                Icon {
                    anchors.centerIn: parent
                    name: row.current ? (row.modelData.icon || "arrow_forward") : row.done ? "check" : ""
                    size: parent.width * 0.7
                    color: row.current ? Theme.onPrimary : Theme.onSuccess
                }
            }
            Column {
                id: words
                anchors.left: parent.left
                anchors.leftMargin: Theme.mm(14)
                anchors.right: parent.right
                Text {
                    width: parent.width
                    text: (row.current ? qsTr("Now") + " · " : "") + row.modelData.name
                    color: Theme.onBackground
                    font.pixelSize: row.current ? Theme.fontTitle : Theme.fontBody
                    font.bold: row.current
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
                Text {
                    width: parent.width
                    text: row.modelData.official
                    // No empty line under a row without an official term.
                    visible: text.length > 0 && text !== row.modelData.name
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
        }
    }
}
