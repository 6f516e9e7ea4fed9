// SPDX-License-Identifier: GPL-3.0-or-later
// A task whose screens are still to come: it says so plainly and points to a person.
import QtQuick
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property string taskName: Navigator.currentPage

    title: Pages.titles[taskName] || ""
    instruction: qsTr("This service is not yet available at the kiosk. Press \"Call staff\" and a person from the station will help you.")

    Icon {
        anchors.centerIn: parent
        name: Pages.icons[page.taskName] || "info"
        size: Math.min(parent.height, Theme.mm(60))
        color: Theme.primary
    }
}
