// SPDX-License-Identifier: GPL-3.0-or-later
// The services of one kind as big rows: the name and one line on what it is. Touching one
// shows its page.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property ServiceDirectory directory: Visit.services

    title: directory.categoryName.length > 0 ? directory.categoryName : Pages.titles["services"]
    instruction: directory.services.length > 0 ? qsTr("Touch a service to see what it offers, who can use it and what to bring.")
                                               : qsTr("There are no services of this kind now.")

    function choose(id) {
        if (directory.chooseService(id))
            Navigator.open("service");
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Repeater {
                model: page.directory.services
                delegate: ServiceChoice {
                    required property var modelData
                    required property int index
                    objectName: "service_" + modelData.id
                    Layout.fillWidth: true
                    title: modelData.name
                    detail: modelData.line
                    note: modelData.bookable ? qsTr("You can book a time")
                                             : modelData.walkIn ? qsTr("Take a number at the station") : ""
                    icon: modelData.icon
                    focus: index === 0
                    onActivated: page.choose(modelData.id)
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
