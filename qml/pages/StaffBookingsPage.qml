// SPDX-License-Identifier: GPL-3.0-or-later
// Staff: the bookings that are not confirmed, from today on: refused by the central office after
// the kiosk booked offline, or still provisional. Code, service, time and the kiosk's own words
// for the state; the central office's note (English) under it. Never an ID number or a phone
// (the coordinator has the phone on the central list). Never spoken.
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

    /// The list that scrolls, for the "more below" words.
    readonly property Flickable listScroller: scroller
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Bookings not confirmed")

    UnconfirmedBookings {
        id: bookings
    }
    Component.onCompleted: bookings.reload()

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

        // The staff colour under the whole content, also where it scrolls into view.
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
                    text: qsTr("Bookings not confirmed")
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
                text: qsTr("Help these visitors when they come. The coordinator at the central office has the phone number each visitor gave on the central list, and can call them.")
                color: page.staffInk
                font.pixelSize: page.small
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "noUnconfirmed"
                Layout.fillWidth: true
                visible: bookings.items.length === 0
                text: bookings.outcome === "unavailable" ? qsTr("The local store is not available: the bookings cannot be read.")
                    : bookings.outcome === "error" ? qsTr("The bookings could not be read. See \"Last problem\" in staff mode.")
                    : qsTr("Every booking from today on is confirmed.")
                color: page.staffInk
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }

            Repeater {
                model: bookings.items
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    objectName: "unconfirmed_" + index
                    Layout.fillWidth: true
                    implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacing
                    color: "transparent"
                    radius: Theme.radius
                    border.width: Math.max(1, Theme.mm(0.4))
                    border.color: "#ffffff"
                    GridLayout {
                        id: rowLayout
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                        columnSpacing: Theme.spacing * 2
                        rowSpacing: Theme.mm(0.8)
                        Text {
                            objectName: "bookingCode_" + row.index
                            text: row.modelData.code
                            color: "#ffd54f"
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            font.family: "DejaVu Sans Mono"
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Code %1").arg(row.modelData.code)
                        }
                        Column {
                            Layout.fillWidth: true
                            spacing: Theme.mm(0.5)
                            Text {
                                width: parent.width
                                text: row.modelData.service + " · " + row.modelData.when
                                color: "#ffffff"
                                font.pixelSize: Math.round(Theme.fontSmall * 0.9)
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Text {
                                objectName: "bookingState_" + row.index
                                width: parent.width
                                // The kiosk's own sentence for the state, in the staff's language.
                                text: row.modelData.state === "refused"
                                      ? qsTr("Not confirmed: the central office did not confirm this booking (the time was full or is no longer offered).")
                                      : qsTr("Provisional: booked while the kiosk was offline, not yet confirmed by the central office.")
                                color: "#ffffff"
                                font.pixelSize: Math.round(Theme.fontSmall * 0.9)
                                wrapMode: Text.Wrap
                            }
                            Text {
                                objectName: "centralNote_" + row.index
                                width: parent.width
                                visible: row.modelData.reason.length > 0
                                //: The central office's staff note on a refused booking. The note itself
                                //: is always in English: say so in the translation (中心备注（英文）).
                                text: qsTr("Central office's note: %1").arg(row.modelData.reason)
                                color: "#d0d8e0"
                                font.pixelSize: Math.round(Theme.fontSmall * 0.9)
                                font.italic: true
                                wrapMode: Text.Wrap
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
