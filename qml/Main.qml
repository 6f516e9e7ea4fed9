// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's one window: top bar, the current page, bottom bar; the attract screen while
// no one is here; the time-out warning over everything.
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
    /// Pages visited in this session, for Back; the last one is on screen.
    property var history: ["home"]
    readonly property string currentPage: history[history.length - 1]
    readonly property bool portrait: height > width

    width: 1920
    height: 1080
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    color: Theme.background
    title: qsTr("Community service station kiosk")

    function openPage(name) {
        if (name === currentPage)
            return;
        history = history.concat([name]);
    }
    function goBack() {
        if (history.length > 1)
            history = history.slice(0, history.length - 1);
    }
    function goHome() {
        history = ["home"];
    }

    Component.onCompleted: {
        if (startPage === "attract") {
            attract.forceActiveFocus();
        } else if (startPage === "timeout") {
            Session.warnNow();
        } else if (startPage !== "attract") {
            Session.begin();
            if (startPage !== "home")
                openPage(startPage);
        }
    }

    Connections {
        target: Session
        function onEnded() {
            window.goHome();
            attract.forceActiveFocus();
        }
    }

    ColumnLayout {
        id: frame
        anchors.fill: parent
        spacing: 0
        visible: Session.state !== Session.Attract && !VisitorSettings.screenBlanked

        TopBar {
            Layout.fillWidth: true
        }
        Loader {
            id: pageLoader
            objectName: "pageLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            sourceComponent: window.currentPage === "home" ? homePage : placeholderPage
            onLoaded: item.forceActiveFocus()
        }
        BottomBar {
            Layout.fillWidth: true
            backEnabled: window.history.length > 1
            onBackRequested: window.goBack()
            onHomeRequested: window.goHome()
            onCallStaffRequested: window.openPage("callstaff")
        }
    }

    Component {
        id: homePage
        HomePage {
            onTaskChosen: name => window.openPage(name)
        }
    }
    Component {
        id: placeholderPage
        PlaceholderPage {
            taskName: window.currentPage
        }
    }

    AttractPage {
        id: attract
        anchors.fill: parent
        visible: Session.state === Session.Attract
        onStartRequested: {
            Session.begin();
            window.goHome();
            pageLoader.item.forceActiveFocus();
        }
    }

    TimeoutDialog {
        anchors.fill: parent
    }
}
