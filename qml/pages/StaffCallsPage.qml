// SPDX-License-Identifier: GPL-3.0-or-later
// Staff: the visitors' calls not yet closed, the longest wait first: when, from which page, how
// long ago, whether someone answered and whether the centre has it. Acknowledge says someone is
// on the way; Close takes the call off the list. Never spoken.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

FocusScope {
    id: page

    // Not theme roles on purpose: this must never look like a visitor screen.
    readonly property color staffBackground: "#1b2a3a"
    readonly property color staffInk: "#ffffff"
    readonly property color staffAccent: "#ffd54f"
    readonly property int small: Math.round(Theme.fontSmall * 0.9)
    /// A page of equal choices (one pair of buttons per call): no single primary action.
    property Item primaryAction: null

    /// The list that scrolls, for the "more below" words.
    readonly property Flickable listScroller: scroller
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Calls from visitors")

    /// When the call was made and how long ago, in whole minutes (one sentence each, so no
    /// catalogue needs a plural form).
    function whenWords(since, minutes) {
        if (minutes < 1)
            return qsTr("Called at %1, just now").arg(since);
        if (minutes === 1)
            return qsTr("Called at %1, 1 minute ago").arg(since);
        return qsTr("Called at %1, %2 minutes ago").arg(since).arg(minutes);
    }

    StaffCalls {
        id: calls
        objectName: "staffCalls"
    }
    Component.onCompleted: calls.reload()

    Rectangle {
        anchors.fill: parent
        color: page.staffBackground
        border.width: Theme.mm(1.5)
        border.color: page.staffAccent
    }

    // The title, Back and the words stay; the calls scroll between them and the cue below.
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing

        // The title, and Back beside it where both fit, else below it (a Flow's height always
        // follows its rows, so the words under it never lie under the button).
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.focusRingWidth
            Layout.rightMargin: Theme.focusRingWidth
            Layout.topMargin: Theme.focusRingWidth
            spacing: Theme.spacing
            Text {
                objectName: "pageTitle"
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Calls from visitors")
                color: page.staffAccent
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            KioskButton {
                objectName: "backToStaffMode"
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Back to staff mode")
                icon: "arrow_back"
                fontSize: page.small
                focus: true
                onActivated: Navigator.back()
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Acknowledge a call when someone goes to the visitor; close it once the visitor has been helped.")
            color: page.staffInk
            font.pixelSize: page.small
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "staffCallMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: calls.message
            color: page.staffAccent
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "noStaffCalls"
            Layout.fillWidth: true
            visible: calls.items.length === 0
            text: calls.outcome === "unavailable" ? qsTr("The local store is not available: the calls cannot be read.")
                : calls.outcome === "error" ? qsTr("The calls could not be read. See the problems in staff mode.")
                : qsTr("No visitor is waiting for staff.")
            color: page.staffInk
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }

        // Scrolls the focused button into view, so keys alone reach every call.
        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Repeater {
                model: calls.items
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    objectName: "staffCall_" + index
                    Layout.fillWidth: true
                    implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacing
                    // An open call stands out: nobody has answered it.
                    color: modelData.state === "open" ? "#3a2a10" : "transparent"
                    radius: Theme.radius
                    border.width: Math.max(1, Theme.mm(modelData.state === "open" ? 0.8 : 0.4))
                    border.color: modelData.state === "open" ? page.staffAccent : page.staffInk
                    GridLayout {
                        id: rowLayout
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                        columnSpacing: Theme.spacing * 2
                        rowSpacing: Theme.mm(0.8)
                        Column {
                            Layout.fillWidth: true
                            spacing: Theme.mm(0.5)
                            Text {
                                objectName: "staffCallReason_" + row.index
                                width: parent.width
                                text: row.modelData.reason
                                color: page.staffAccent
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Text {
                                objectName: "staffCallWhen_" + row.index
                                width: parent.width
                                text: page.whenWords(row.modelData.since, row.modelData.waitedMinutes)
                                color: page.staffInk
                                font.pixelSize: page.small
                                wrapMode: Text.Wrap
                            }
                            Text {
                                objectName: "staffCallState_" + row.index
                                width: parent.width
                                text: row.modelData.stateWords
                                color: page.staffInk
                                font.pixelSize: page.small
                                font.bold: row.modelData.state === "open"
                                wrapMode: Text.Wrap
                            }
                            Text {
                                objectName: "staffCallDelivery_" + row.index
                                width: parent.width
                                text: row.modelData.deliveryWords
                                color: page.staffInk
                                font.pixelSize: page.small
                                wrapMode: Text.Wrap
                            }
                        }
                        RowLayout {
                            spacing: Theme.spacing
                            KioskButton {
                                objectName: "acknowledgeCall_" + row.index
                                visible: row.modelData.state === "open"
                                text: calls.saving ? qsTr("Saving...") : qsTr("Acknowledge")
                                icon: "directions_walk"
                                fontSize: page.small
                                fill: page.staffAccent
                                ink: "#000000"
                                enabled: !calls.saving
                                onActivated: calls.acknowledge(row.modelData.callId)
                            }
                            KioskButton {
                                objectName: "closeCall_" + row.index
                                text: qsTr("Close")
                                icon: "task_alt"
                                fontSize: page.small
                                enabled: !calls.saving
                                onActivated: calls.close(row.modelData.callId)
                            }
                        }
                    }
                }
            }
        }
        // More calls below than the screen shows: said in words, in the staff colours.
        MoreBelow {
            scroller: page.listScroller
            ink: page.staffAccent
            words: qsTr("More calls below")
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
