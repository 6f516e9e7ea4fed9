// SPDX-License-Identifier: GPL-3.0-or-later
// Staff: the volunteers checked in here now, since when and for what; staff check out one who
// forgot (counted until the task's end when that has passed, else until now). Never spoken.
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
    /// The check-in whose check-out waits for "Yes, check out" (empty: none). By check-in, not
    /// by volunteer number: a volunteer taken off the roster is still checked out by it.
    property string confirming: ""

    /// The list that scrolls, for the "more below" words.
    readonly property Flickable listScroller: scroller
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Volunteers checked in now")

    CheckedInNow {
        id: volunteers
    }
    Component.onCompleted: volunteers.reload()

    Rectangle {
        anchors.fill: parent
        color: page.staffBackground
        border.width: Theme.mm(1.5)
        border.color: page.staffAccent
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        // Room below for the words that say the list goes on.
        anchors.bottomMargin: Theme.spacing * 1.5 + moreBelowStaff.height
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.focusRingWidth
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Rectangle {
            width: scroller.contentWidth
            height: Math.max(scroller.height, scroller.contentHeight)
            color: page.staffBackground
        }

        ColumnLayout {
            id: column
            x: Theme.focusRingWidth
            y: Theme.focusRingWidth
            width: scroller.width - 2 * Theme.focusRingWidth
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    objectName: "pageTitle"
                    Layout.fillWidth: true
                    text: qsTr("Volunteers checked in now")
                    color: page.staffAccent
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                KioskButton {
                    objectName: "backToStaffMode"
                    text: qsTr("Back to staff mode")
                    icon: "arrow_back"
                    fontSize: page.small
                    focus: true
                    onActivated: Navigator.back()
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Check out a volunteer who forgot: the time counts until the task's end when it has passed, else until now. Station duty waits for a coordinator's approval.")
                color: page.staffInk
                font.pixelSize: page.small
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "staffVolunteerMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: volunteers.message
                color: page.staffAccent
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "nobodyCheckedIn"
                Layout.fillWidth: true
                visible: volunteers.items.length === 0
                text: volunteers.outcome === "unavailable" ? qsTr("The local store is not available: the check-ins cannot be read.")
                    : volunteers.outcome === "error" ? qsTr("The check-ins could not be read. See \"Last problem\" in staff mode.")
                    : qsTr("No volunteer is checked in here now.")
                color: page.staffInk
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }

            Repeater {
                model: volunteers.items
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    objectName: "checkedIn_" + modelData.checkInId
                    Layout.fillWidth: true
                    implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacing
                    color: "transparent"
                    radius: Theme.radius
                    border.width: Math.max(1, Theme.mm(0.4))
                    border.color: page.staffInk
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
                                width: parent.width
                                text: row.modelData.name + " · " + row.modelData.number
                                color: page.staffAccent
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                text: (row.modelData.earlierDay ? qsTr("Since %1 (an earlier day)") : qsTr("Since %1"))
                                          .arg(row.modelData.since) + " · " + row.modelData.what
                                color: page.staffInk
                                font.pixelSize: page.small
                                wrapMode: Text.Wrap
                            }
                        }
                        RowLayout {
                            spacing: Theme.spacing
                            KioskButton {
                                objectName: "staffCheckOut_" + row.modelData.checkInId
                                visible: page.confirming !== row.modelData.checkInId
                                text: qsTr("Check out")
                                icon: "logout"
                                fontSize: page.small
                                fill: page.staffAccent
                                ink: "#000000"
                                onActivated: page.confirming = row.modelData.checkInId
                            }
                            KioskButton {
                                objectName: "staffConfirmCheckOut_" + row.modelData.checkInId
                                visible: page.confirming === row.modelData.checkInId
                                text: volunteers.saving ? qsTr("Saving...") : qsTr("Yes, check out")
                                icon: "check"
                                fontSize: page.small
                                fill: page.staffAccent
                                ink: "#000000"
                                enabled: !volunteers.saving
                                onVisibleChanged: if (visible) forceActiveFocus()
                                onActivated: {
                                    volunteers.checkOut(row.modelData.checkInId);
                                    page.confirming = "";
                                }
                            }
                            KioskButton {
                                objectName: "staffCancelCheckOut_" + row.modelData.checkInId
                                visible: page.confirming === row.modelData.checkInId
                                text: qsTr("Cancel")
                                icon: "undo"
                                fontSize: page.small
                                onActivated: page.confirming = ""
                            }
                        }
                    }
                }
            }
        }
    }

    // The page goes on below the screen: said in words, in the staff colours, not only by
    // the scroll position.
    MoreBelow {
        id: moreBelowStaff
        scroller: page.listScroller
        ink: page.staffAccent
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
    }
}
