// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's one window: top bar, the current page, bottom bar; the attract screen while
// no one is here; the time-out warning over everything. It also routes between the flows'
// pages, so a page only says what happened (identified, saved, done) and never where to go.
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
    /// Pages that are never spoken through the visitor's speech.
    readonly property var staffPages: ["staffpin", "staff"]
    /// Pages from which a card on the reader leads straight to the certificate.
    readonly property var certificateWay: ["home", "identify", "idnumber"]

    width: 1920
    height: 1080
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    color: Theme.background
    title: qsTr("Community service station kiosk")

    function showHistory(pages) {
        // The announcer goes quiet before a staff page arrives, never after it has spoken.
        const next = pages[pages.length - 1];
        const staff = staffPages.indexOf(next) >= 0;
        Voice.setStaffMode(staff);
        if (!staff && StaffMode.active)
            StaffMode.leave();
        history = pages;
    }
    function openPage(name) {
        if (name === currentPage)
            return;
        if (name === "certificate" && !VisitorIdentity.present)
            name = "identify";
        showHistory(history.concat([name]));
    }
    /// Replaces the steps that led here (identify, keypad, phone ...) with `name`, so Back
    /// does not lead into a finished step.
    function finishStep(steps, name) {
        showHistory(history.filter(page => steps.indexOf(page) < 0 && page !== name).concat([name]));
    }
    function goBack() {
        if (history.length > 1)
            showHistory(history.slice(0, history.length - 1));
    }
    function goHome() {
        showHistory(["home"]);
    }

    Component.onCompleted: {
        if (startPage === "attract") {
            attract.forceActiveFocus();
        } else if (startPage === "timeout") {
            Session.warnNow();
        } else {
            Session.begin();
            if (startPage === "phone" || startPage === "confirmation") {
                assessment.kind = "home_assessment";
                for (const digit of "13812345678".slice(0, startPage === "phone" ? 7 : 11))
                    assessment.append(digit);
                if (startPage === "confirmation")
                    assessment.submit();
            }
            if (startPage !== "home")
                openPage(startPage);
        }
    }

    AssessmentRequest {
        id: assessment
        objectName: "assessmentRequest"
    }

    Connections {
        target: Session
        function onEnded() {
            assessment.clear();
            window.goHome();
            attract.forceActiveFocus();
        }
    }
    Connections {
        target: CardReader
        // A card read on the way to the certificate (or at home) leads straight to it.
        function onCardAccepted() {
            if (window.certificateWay.indexOf(window.currentPage) >= 0)
                window.finishStep(["identify", "idnumber"], "certificate");
        }
    }

    // A grid of one column so that rows can move: in the low-reach layout on a portrait screen
    // the top bar's controls come down to sit just above the bottom bar, within reach from a
    // wheelchair (ADA 308), and the page takes the top.
    GridLayout {
        id: frame
        readonly property bool lowReach: VisitorSettings.lowReach && window.portrait
        anchors.fill: parent
        columns: 1
        rowSpacing: 0
        visible: Session.state !== Session.Attract && !VisitorSettings.screenBlanked

        TopBar {
            id: topBar
            Layout.fillWidth: true
            Layout.row: frame.lowReach ? 2 : 0

            // Staff mode: hold the station's name for three seconds (or Ctrl+Alt+S).
            MouseArea {
                objectName: "staffCorner"
                x: 0
                y: 0
                width: Theme.mm(35)
                height: Math.min(parent.height, Theme.mm(15))
                pressAndHoldInterval: 3000
                onPressAndHold: window.openPage("staffpin")
            }
        }
        Rectangle {
            objectName: "storeProblem"
            Layout.fillWidth: true
            Layout.row: frame.lowReach ? 0 : 1
            visible: !StationStore.available && window.staffPages.indexOf(window.currentPage) < 0
            implicitHeight: storeWords.implicitHeight + 2 * Theme.spacing
            color: Theme.danger
            Row {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing
                Icon { name: "error"; color: Theme.onDanger; size: Theme.fontBody * 1.3 }
                Text {
                    id: storeWords
                    width: parent.width - Theme.fontBody * 1.3 - Theme.spacing
                    text: qsTr("The kiosk cannot open its records right now, so it cannot look things up or save requests. Press \"Call staff\" and a person will help you.")
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
            sourceComponent: {
                switch (window.currentPage) {
                case "home": return homePage;
                case "identify": return identifyPage;
                case "idnumber": return idNumberPage;
                case "certificate": return certificatePage;
                case "phone": return phonePage;
                case "confirmation": return confirmationPage;
                case "callstaff": return callStaffPage;
                case "staffpin": return staffPinPage;
                case "staff": return staffPage;
                default: return placeholderPage;
                }
            }
            onLoaded: (item as Item).forceActiveFocus()
        }
        BottomBar {
            Layout.fillWidth: true
            Layout.row: 3
            // A page may close the way back (a sent request's confirmation).
            backEnabled: window.history.length > 1 && !(pageLoader.item && pageLoader.item.backEnabled === false)
            onBackRequested: window.goBack()
            onHomeRequested: window.goHome()
            onCallStaffRequested: window.openPage("callstaff")
        }
    }

    Shortcut {
        sequence: "Ctrl+Alt+S"
        enabled: Session.state !== Session.Attract
        onActivated: window.openPage("staffpin")
    }

    // The pages, made by the loader above from these components. They call back into the
    // window by id: Qt 6.4's bound components ("pragma ComponentBehavior: Bound") refuse to be
    // made by a Loader in this file, so the linter's unqualified-access check is off here.
    // qmllint disable unqualified
    Component {
        id: homePage
        HomePage {
            onTaskChosen: name => window.openPage(name)
        }
    }
    Component {
        id: identifyPage
        IdentifyPage {
            onTypeNumberRequested: window.openPage("idnumber")
        }
    }
    Component {
        id: idNumberPage
        IdNumberPage {
            onIdentified: window.finishStep(["identify", "idnumber"], "certificate")
        }
    }
    Component {
        id: certificatePage
        CertificatePage {
            onRequestChosen: kind => {
                assessment.clear();
                assessment.kind = kind;
                window.openPage("phone");
            }
            onCallStaffRequested: window.openPage("callstaff")
        }
    }
    Component {
        id: phonePage
        PhonePage {
            request: assessment
            onSaved: window.finishStep(["phone"], "confirmation")
        }
    }
    Component {
        id: confirmationPage
        ConfirmationPage {
            code: assessment.code
            maskedPhone: assessment.maskedPhone
            onDone: window.goHome()
        }
    }
    Component {
        id: callStaffPage
        CallStaffPage {}
    }
    Component {
        id: staffPinPage
        StaffPinPage {
            onUnlocked: window.finishStep(["staffpin"], "staff")
        }
    }
    Component {
        id: staffPage
        StaffPage {
            onLeaveRequested: {
                StaffMode.leave();
                window.goHome();
            }
        }
    }
    Component {
        id: placeholderPage
        PlaceholderPage {
            taskName: window.currentPage
        }
    }

    // qmllint enable unqualified

    AttractPage {
        id: attract
        anchors.fill: parent
        visible: Session.state === Session.Attract
        onStartRequested: {
            Session.begin();
            window.goHome();
            (pageLoader.item as Item).forceActiveFocus();
        }
    }

    TimeoutDialog {
        anchors.fill: parent
    }
}
