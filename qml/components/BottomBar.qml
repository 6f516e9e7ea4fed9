// SPDX-License-Identifier: GPL-3.0-or-later
// Back, Home and Call staff, always in the same place at the bottom of the screen, within
// reach from a wheelchair. No screen is without a way back or a way to a person. Once the
// visitor has said who they are, "I'm finished" ends the visit and clears their details.
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility

Rectangle {
    id: bar

    property bool backEnabled: true
    property bool finishVisible: false

    signal backRequested
    signal homeRequested
    signal finishRequested
    signal callStaffRequested

    color: Theme.surface
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    border.width: Math.max(1, Theme.mm(0.3))
    border.color: Theme.border

    // Four controls in one row need room: on a portrait screen they sit in
    // two rows of two (Back and Home above, I'm finished and Call staff below), whole words.
    readonly property bool twoRows: finishVisible && Window.height > Window.width

    GridLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: bar.twoRows ? 2 : 4
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        KioskButton {
            objectName: "backButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("Back")
            icon: "arrow_back"
            // Kept in its place when there is nowhere to go back to, so Home and Call staff
            // never move under a finger that learned where they are.
            opacity: bar.backEnabled ? 1 : 0
            enabled: bar.backEnabled
            activeFocusOnTab: bar.backEnabled
            Accessible.ignored: !bar.backEnabled
            onActivated: bar.backRequested()
        }
        KioskButton {
            objectName: "homeButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("Home")
            icon: "home"
            onActivated: bar.homeRequested()
        }
        KioskButton {
            objectName: "finishButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            visible: bar.finishVisible
            text: qsTr("I'm finished")
            icon: "logout"
            onActivated: bar.finishRequested()
        }
        KioskButton {
            objectName: "callStaffButton"
            Layout.fillWidth: true
            // Three in a row (no "I'm finished" yet): the longest label gets the room, so
            // "呼叫工作人员" keeps one line at the largest text.
            Layout.preferredWidth: bar.finishVisible ? 1 : 1.5
            text: qsTr("Call staff")
            icon: "support_agent"
            fill: Theme.bands[4]
            ink: Theme.onBand
            onActivated: bar.callStaffRequested()
        }
    }
}
