// SPDX-License-Identifier: GPL-3.0-or-later
// The first step of asking a volunteer for help: the kind of help, as pictogram tiles with
// short words and one line on what a volunteer does and does not do. Six at most on a screen;
// "More kinds of help" shows the rest. "My requests" follows the requests made before.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property HelpRequest help: Visit.help
    readonly property int perScreen: 6
    /// 0: the first six kinds, 1: the rest.
    property int screen: 0
    // A plain JavaScript array, to take the kinds of one screen from.
    readonly property var allTypes: help.helpTypes
    readonly property var shown: allTypes.slice(screen * perScreen, (screen + 1) * perScreen)
    readonly property bool hasMore: allTypes.length > perScreen

    title: Pages.titles["help-kind"]
    instruction: qsTr("Touch the kind of help you need. Each one says what a volunteer does and does not do.")

    // A request sent before starts a new one; coming back to change the kind keeps the rest.
    Component.onCompleted: if (help.code.length > 0) help.start()

    function choose(key) {
        if (!help.chooseHelpType(key))
            return;
        Navigator.open(help.reviewed ? "help-review" : "help-when");
    }
    function showScreen(next) {
        screen = next;
        Voice.say(next === 0 ? qsTr("The first kinds of help.") : qsTr("More kinds of help."));
        firstTileFocus.restart();
    }
    // After the tiles of the other screen are made.
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
                // Large text in landscape: two wider columns, so long words keep whole.
                columns: portrait || Theme.textScale >= 1.5 ? 2 : 3
                readonly property int rows: Math.ceil(page.perScreen / columns)
                readonly property real share: (scroller.height - 4 * Theme.focusRingWidth - (rows - 1) * rowSpacing) / rows
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing * 2

                Repeater {
                    id: tiles
                    model: page.shown
                    delegate: HomeTile {
                        required property var modelData
                        required property int index
                        objectName: "helpType_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Math.max(grid.share, implicitHeight)
                        title: modelData.name
                        subtitle: modelData.scope
                        icon: modelData.icon
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
                objectName: "moreHelpTypes"
                visible: page.hasMore
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: page.screen === 0 ? qsTr("More kinds of help") : qsTr("The first kinds of help")
                icon: page.screen === 0 ? "arrow_forward" : "arrow_back"
                onActivated: page.showScreen(page.screen === 0 ? 1 : 0)
            }
            KioskButton {
                objectName: "openMyRequests"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("My requests")
                icon: "list_alt"
                fill: Theme.surface
                ink: Theme.onSurface
                onActivated: Navigator.open("my-requests")
            }
        }
    }
}
