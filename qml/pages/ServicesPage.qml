// SPDX-License-Identifier: GPL-3.0-or-later
// The station's services by kind, as pictogram tiles, each saying how many services it has.
// Six at most on a screen; "More kinds of service" shows the rest. "My bookings" follows the
// times booked before.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property ServiceDirectory directory: Visit.services
    readonly property int perScreen: 6
    /// 0: the first six kinds, 1: the rest.
    property int screen: 0
    readonly property var allCategories: directory.categories
    readonly property var shown: allCategories.slice(screen * perScreen, (screen + 1) * perScreen)
    readonly property bool hasMore: allCategories.length > perScreen

    title: Pages.titles["services"]
    instruction: directory.outcome === "ok"
                 ? qsTr("Touch a kind of service to see what the station offers, and to book a time.")
                 : directory.outcome === "empty"
                   ? qsTr("The station's services are not at the kiosk yet. Please press \"Call staff\".")
                   : qsTr("The services cannot be shown right now. Please press \"Call staff\".")

    Component.onCompleted: directory.reload()

    function choose(key) {
        if (directory.chooseCategory(key))
            Navigator.open("service-list");
        else
            Voice.say(qsTr("There are no services of this kind now."));
    }
    function showScreen(next) {
        screen = next;
        Voice.say(next === 0 ? qsTr("The first kinds of service.") : qsTr("More kinds of service."));
        firstTileFocus.restart();
    }
    Timer {
        id: firstTileFocus
        interval: 0
        onTriggered: {
            const first = tiles.itemAt(0);
            if (first)
                first.forceActiveFocus();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 1.5

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridLayout {
                id: grid
                Layout.fillWidth: true
                readonly property bool portrait: page.height > page.width
                columns: portrait || Theme.textScale >= 1.5 ? 2 : 3
                readonly property int rows: Math.ceil(Math.min(page.perScreen, page.shown.length) / columns)
                readonly property real share: (scroller.height - 4 * Theme.focusRingWidth - (rows - 1) * rowSpacing) / Math.max(1, rows)
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing * 2

                Repeater {
                    id: tiles
                    model: page.shown
                    delegate: HomeTile {
                        required property var modelData
                        required property int index
                        objectName: "category_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Math.max(grid.share, implicitHeight)
                        Layout.fillHeight: true // a row's tiles as tall as its tallest
                        title: modelData.name
                        subtitle: qsTr("%n service(s)", "", modelData.count)
                        icon: modelData.icon
                        // About 15 mm of ink at the least (a Material pictogram fills about 0.84
                        // of its size), growing with the text.
                        iconSize: Math.round(Math.max(Theme.mm(18), Theme.iconSize * 1.3))
                        // The last band (red, spreading rings) is Call staff's alone: choices cycle through the others.
                        band: (page.screen * page.perScreen + index) % Math.max(1, Theme.bands.length - 1)
                        focus: index === 0
                        onActivated: page.choose(modelData.key)
                    }
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.width > page.height ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            KioskButton {
                objectName: "moreCategories"
                visible: page.hasMore
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: page.screen === 0 ? qsTr("More kinds of service") : qsTr("The first kinds of service")
                icon: page.screen === 0 ? "arrow_forward" : "arrow_back"
                onActivated: page.showScreen(page.screen === 0 ? 1 : 0)
            }
            KioskButton {
                objectName: "openMyBookings"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("My bookings")
                icon: "event_note"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: Navigator.open("my-bookings")
            }
        }
    }
}
