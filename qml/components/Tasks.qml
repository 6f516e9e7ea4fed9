// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's tasks by name, with the words and pictograms the home tiles and the pages share,
// so a tile and the page it opens can never disagree.
pragma Singleton
import QtQuick

QtObject {
    readonly property var names: ["certificate", "help", "services", "checkin", "callstaff"]

    readonly property var titles: ({
        "home": qsTr("What would you like to do?"),
        "certificate": qsTr("My disability certificate"),
        "help": qsTr("Ask a volunteer for help"),
        "services": qsTr("Station services"),
        "checkin": qsTr("Volunteer check-in"),
        "callstaff": qsTr("Call staff")
    })

    readonly property var subtitles: ({
        "certificate": qsTr("Where it is, what comes next, what to bring"),
        "help": qsTr("Hospital visits, shopping, sign language and more"),
        "services": qsTr("Rehabilitation, jobs, day care, legal aid and more"),
        "checkin": qsTr("For volunteers starting or ending a task"),
        "callstaff": qsTr("A person from the station comes to you")
    })

    readonly property var icons: ({
        "home": "home",
        "certificate": "badge",
        "help": "volunteer_activism",
        "services": "apps",
        "checkin": "how_to_reg",
        "callstaff": "support_agent"
    })
}
