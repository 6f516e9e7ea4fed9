// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's one window: top bar, the current page, bottom bar; the attract screen while
// no one is here; the time-out warning over everything. Which page is on screen is the
// Navigator's; which QML file a page is, the page catalogue's (Pages).
import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

Window {
    id: window

    property string startPage: "attract"
    property bool fullScreen: true
    readonly property string currentPage: Navigator.currentPage
    readonly property bool portrait: height > width

    width: 1920
    height: 1080
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    color: Theme.background
    title: qsTr("Community service station kiosk")

    Component.onCompleted: {
        if (startPage === "attract") {
            attract.forceActiveFocus();
        } else if (startPage === "timeout") {
            Session.warnNow();
        } else if (startPage === "help-overlay") {
            // The Help overlay over the home page, as the Help button opens it (screenshots, tests).
            Session.begin();
            Navigator.home();
            helpOverlay.show();
        } else {
            Session.begin();
            Navigator.open(startPage);
        }
    }

    Connections {
        target: Visit
        function onEnded() {
            attract.forceActiveFocus();
        }
    }
    Connections {
        target: CardReader
        // A card read on the way to a task that needs it (or at home) leads straight on.
        function onCardAccepted() {
            Navigator.identified();
        }
    }

    // The audio-only cover (F11, VisitorSettings.screenBlanked) lies over the frame, which stays
    // shown beneath it: the keypad goes on reaching the page's controls, and F11 brings it back.
    // A grid of one column so that rows can move: in the low-reach layout on a portrait screen
    // the top bar's controls come down to sit just above the bottom bar, within reach from a
    // wheelchair (ADA 308), and the page takes the top.
    GridLayout {
        id: frame
        readonly property bool lowReach: VisitorSettings.lowReach && window.portrait
        anchors.fill: parent
        columns: 1
        rowSpacing: 0
        visible: Session.state !== Session.Attract

        TopBar {
            id: topBar
            Layout.fillWidth: true
            Layout.row: frame.lowReach ? 2 : 0
            onHelpRequested: helpOverlay.show()

            // Staff mode: hold the station's name for three seconds (or Ctrl+Alt+S).
            MouseArea {
                objectName: "staffCorner"
                x: 0
                y: 0
                width: Theme.mm(35)
                height: Math.min(parent.height, Theme.mm(15))
                pressAndHoldInterval: 3000
                onPressAndHold: Navigator.open("staffpin")
            }
        }
        Rectangle {
            id: storeProblem
            objectName: "storeProblem"
            Layout.fillWidth: true
            Layout.row: frame.lowReach ? 0 : 1
            visible: !StationStore.available && !Pages.isStaffPage(window.currentPage)
            implicitHeight: storeWords.implicitHeight + 2 * Theme.spacing
            // Heard as well as seen: after the home page's own words (when it is loaded, and when
            // it says them again: back from the attract screen, a new language), and at once when
            // the store is lost during a visit. A visitor who cannot see the banner would otherwise
            // learn it only when a request cannot be saved. A zero timer: once the event loop has
            // turned, and only once when two of these ask together.
            Timer {
                id: sayStoreProblem
                interval: 0
                onTriggered: {
                    if (storeProblem.visible && Session.state !== Session.Attract)
                        Announcer.say(storeWords.text);
                }
            }
            onVisibleChanged: sayStoreProblem.restart()
            Connections {
                target: pageLoader.item
                ignoreUnknownSignals: true
                function onAnnounced() {
                    if (window.currentPage === "home")
                        sayStoreProblem.restart();
                }
            }
            color: Theme.danger
            Row {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing
                Icon { name: "error"; color: Theme.onDanger; size: Theme.fontBody * 1.3 }
                Text {
                    id: storeWords
                    width: parent.width - Theme.fontBody * 1.3 - Theme.spacing
                    text: qsTr("The kiosk cannot open its records right now, so it cannot look things up, save requests or call staff. Please wave at the counter, or ask someone nearby to fetch a member of staff.")
                    color: Theme.onDanger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }
        Loader {
            id: pageLoader
            objectName: "pageLoader"
            Layout.fillWidth: true
            Layout.row: frame.lowReach ? 1 : 2
            Layout.fillHeight: true
            focus: true
            source: Pages.source(window.currentPage)
            onLoaded: {
                (item as Item).forceActiveFocus();
                // The page said its words as it was made, before `item` (and the banner's
                // Connections) pointed at it: the banner follows them from here.
                if (window.currentPage === "home")
                    sayStoreProblem.restart();
            }
        }
        BottomBar {
            Layout.fillWidth: true
            Layout.row: 3
            // A page may close the way back (a sent request's confirmation).
            // (The attract screen is not a KioskPage: `as` gives null there, so it is checked.)
            backEnabled: {
                const page = pageLoader.item as KioskPage;
                return Navigator.canGoBack && !(page && page.backEnabled === false);
            }
            // Once someone has said who they are, every page offers to end the visit (a volunteer
            // may have given only their volunteer number).
            finishVisible: (VisitorIdentity.present || Visit.volunteers.volunteerNumber.length > 0)
                           && !Pages.isStaffPage(window.currentPage)
            onBackRequested: Navigator.back()
            onHomeRequested: Navigator.home()
            onFinishRequested: Visit.finish()
            onCallStaffRequested: Navigator.open("callstaff")
        }
    }

    Shortcut {
        sequence: "Ctrl+Alt+S"
        enabled: Session.state !== Session.Attract
        onActivated: Navigator.open("staffpin")
    }

    AttractPage {
        id: attract
        anchors.fill: parent
        visible: Session.state === Session.Attract
        onStartRequested: {
            Session.begin();
            Navigator.home();
            (pageLoader.item as Item).forceActiveFocus();
        }
    }

    // Help in words over the page (TopBar's Help, the Help key): above the page, under the
    // audio-only cover and the time-out warning.
    HelpOverlay {
        id: helpOverlay
        objectName: "helpOverlay"
        anchors.fill: parent
        z: 0.5
        page: pageLoader.item as KioskPage
        onCallStaffRequested: Navigator.open("callstaff")
    }

    TimeoutDialog {
        anchors.fill: parent
    }
}
