// SPDX-License-Identifier: GPL-3.0-or-later
// Where the visitor's certificate stands: a timeline of plain steps with "now" marked, the
// state with its icon, what happens next, the one date that matters beside what it means, what
// to bring, the visitor's newest application, what the state allows (the procedures, an appeal)
// as large buttons, and the certificate's facts in a card. Without a certificate: how to apply,
// Apply, and Try another number.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    title: qsTr("My disability certificate")
    instruction: status.outcome === "found" ? qsTr("Here is where your certificate stands and what happens next.")
                                            : ""

    CertificateStatus {
        id: status
        objectName: "certificateStatus"
    }
    /// For the components' `status` (inside them, the name `status` is their own property).
    readonly property CertificateStatus certificateStatus: status

    /// Items of a list in one sentence, for speech.
    function listed(items: var): string {
        return items.join(", ");
    }

    readonly property var newestApplication: status.applications.length > 0 ? status.applications[0] : null
    /// The newest application's state with its date: "Accepted · Expected by 15 December 2026".
    readonly property string applicationWords: !newestApplication ? ""
        : newestApplication.stateName
          + (newestApplication.dateText.length > 0
             ? " · " + newestApplication.dateLabel + " " + newestApplication.dateText : "")
    /// The state asks for its first action now (renew when due, an appeal, a first application).
    readonly property bool dueActionFirst: status.actions.length > 0 && status.actions[0].due
    /// Something on the page is the primary action; otherwise the focus starts on the state.
    readonly property bool hasPrimaryAction: dueActionFirst || status.assessmentServiceId.length > 0
                                             || status.canAskHomeAssessment
    readonly property string dateWords: status.dateLabel.length > 0
        ? qsTr("%1: %2").arg(status.dateLabel).arg(status.dateText) : ""

    readonly property string spokenDetails: status.outcome !== "found" ? ""
        : qsTr("Your certificate: %1. %2").arg(status.stateName).arg(status.summary)
          + (dateWords.length > 0 ? " " + dateWords + "." : "")
          + (status.reportedLostOn.length > 0 ? " " + status.reportedLostOn : "")
          + (status.whatToBring.length > 0 ? " " + qsTr("Bring: %1.").arg(page.listed(status.whatToBring)) : "")
          + (applicationWords.length > 0 ? " " + qsTr("Your application: %1, %2.").arg(newestApplication.name).arg(applicationWords) : "")

    /// How to apply, for a visitor with no certificate (2 sentences).
    readonly property string howToApply: status.outcome === "notFound"
        ? qsTr("You can apply here: the kiosk sends your application to the district disability federation, and staff call you to arrange the assessment at a hospital. If you already applied or have a certificate, a staff member can check for you.")
        : status.outcome === "notCached"
          // Could not check is not "has none": a holder is not sent to a first application.
          ? qsTr("Please try again in a moment, or press \"Call staff\" and a person will check for you. Apply below only if you have never had a certificate.")
          : ""

    readonly property string problemWords: {
        switch (status.outcome) {
        case "checking": return qsTr("Checking with the central office...");
        case "notFound": return qsTr("There is no disability certificate for this ID number.");
        case "notCached": return qsTr("The kiosk could not check your certificate: it has no copy for this ID number and cannot reach the central office now.");
        // Without its records the kiosk cannot call staff either (a call is saved before it is sent).
        case "unavailable": return qsTr("The kiosk cannot open its records right now, so it cannot call staff either. Please wave at the counter, or ask someone nearby to fetch a member of staff.");
        case "error": return status.errorText + " " + qsTr("Press \"Call staff\" and a person will help you.");
        case "noVisitor": return qsTr("Please show your ID card first.");
        default: return "";
        }
    }

    /// The outcome last said aloud: a server's answer that follows "checking" is said too.
    property string saidOutcome
    function speakOutcome() {
        saidOutcome = status.outcome;
        if (status.outcome === "found")
            Voice.sayPrivate(spokenDetails, qsTr("Your certificate details are on the screen."));
        else if (status.outcome !== "noVisitor")
            Voice.say(problemWords + (howToApply.length > 0 ? " " + howToApply : ""));
    }
    /// A procedure button: the application starts here, its first page explains it.
    function startProcedure(key: string) {
        Visit.application.start(key);
        Navigator.open("cert-" + key);
    }
    function act(key: string) {
        if (key === "appeal") {
            // The call's reason goes with the page that makes it, not with the process.
            Navigator.open("callstaff-appeal");
        } else {
            startProcedure(key);
        }
    }
    /// The designated hospital's assessment, booked through the services' booking pages.
    function bookAssessment() {
        Visit.services.chooseService(status.assessmentServiceId);
        if (Visit.booking.start(status.assessmentServiceId))
            Navigator.open("book-day");
        else
            Voice.say(qsTr("The assessment cannot be booked now. Please press \"Call staff\"."));
    }
    function ask(kind: string) {
        Visit.assessment.clear();
        Visit.assessment.kind = kind;
        Navigator.open("phone");
    }

    Component.onCompleted: {
        status.load();
        speakOutcome();
    }
    Connections {
        target: status
        // The server's answer to a cache miss arrives after the page: say it then.
        function onChanged() {
            if (page.saidOutcome === "checking" && status.outcome !== "checking")
                page.speakOutcome();
        }
    }

    // Anything that does not fit (large text, portrait) scrolls instead of being cut off; the
    // "More below" cue under it says so in words.
    Flickable {
        id: scroller
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: cue.top
        anchors.bottomMargin: cue.visible ? Theme.mm(1) : 0
        contentWidth: width
        contentHeight: content.implicitHeight + Theme.focusRingWidth * 2
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        visible: status.outcome === "found"

        // The page opens at its top (where it stands and what comes next); after that, a
        // button reached by keys is scrolled into view.
        property bool followFocus: false
        Timer {
            interval: 800
            running: true
            onTriggered: scroller.followFocus = true
        }
        function bringIntoView(item) {
            if (!followFocus)
                return;
            const top = item.mapToItem(content, 0, 0).y;
            const bottom = top + item.height + 2 * Theme.focusRingWidth;
            if (top < contentY)
                contentY = Math.max(0, top);
            else if (bottom > contentY + height)
                contentY = Math.min(contentHeight - height, bottom - height);
        }

        GridLayout {
            id: content
            x: Theme.focusRingWidth
            y: Theme.focusRingWidth
            width: scroller.width - 2 * Theme.focusRingWidth
            columns: page.width > page.height ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing * 1.5

            // Where it stands, what happens next, the date that matters. With nothing due, the
            // focus starts here rather than on a procedure (a report of loss is one Return away).
            CertificateStateBox {
                objectName: "certificateStateBox"
                Layout.row: 0
                Layout.column: 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                status: page.certificateStatus
                dateWords: page.dateWords
                focus: !page.hasPrimaryAction
                onActiveFocusChanged: if (activeFocus) scroller.bringIntoView(this)
            }

            // On a wide screen what it says stands on the left (the state, then the timeline) and
            // what the visitor can do on the right, its primary action at the top; in portrait the
            // state, the actions, then the timeline.
            Timeline {
                objectName: "certificateTimeline"
                Layout.row: content.columns === 1 ? 2 : 1
                Layout.column: 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                steps: status.steps
            }

            ColumnLayout {
                Layout.row: content.columns === 1 ? 1 : 0
                Layout.column: content.columns === 1 ? 0 : 1
                Layout.rowSpan: content.columns === 1 ? 1 : 2
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing * 1.5

                // What the state allows: an appeal, the procedures (renew first when due).
                Repeater {
                    id: actionButtons
                    model: status.outcome === "found" ? status.actions : []
                    delegate: KioskButton {
                        required property var modelData
                        required property int index
                        objectName: modelData.key === "appeal" ? "action_appeal" : "procedure_" + modelData.key
                        Layout.fillWidth: true
                        text: modelData.name
                        icon: modelData.icon
                        // The first is the page's primary action only when the state asks for it
                        // (renew when due, an appeal); a valid card's procedures are all quiet.
                        readonly property bool primary: index === 0 && modelData.due
                        fill: primary ? Theme.primary : Theme.surface
                        ink: primary ? Theme.onPrimary : Theme.onSurface
                        focus: primary
                        onActiveFocusChanged: if (activeFocus) scroller.bringIntoView(this)
                        onActivated: page.act(modelData.key)
                    }
                }

                // Waiting for the assessment with no day yet: book it at the designated hospital.
                KioskButton {
                    objectName: "bookAssessment"
                    Layout.fillWidth: true
                    visible: status.assessmentServiceId.length > 0
                    text: qsTr("Book the assessment")
                    icon: "local_hospital"
                    readonly property bool primary: visible && !page.dueActionFirst
                    fill: primary ? Theme.primary : Theme.surface
                    ink: primary ? Theme.onPrimary : Theme.onSurface
                    focus: primary
                    onActiveFocusChanged: if (activeFocus) scroller.bringIntoView(this)
                    onActivated: page.bookAssessment()
                }
                KioskButton {
                    objectName: "askHomeAssessment"
                    Layout.fillWidth: true
                    visible: status.canAskHomeAssessment
                    text: qsTr("Ask for an assessment at home")
                    icon: "home"
                    readonly property bool primary: visible && !page.dueActionFirst && status.assessmentServiceId.length === 0
                    fill: primary ? Theme.primary : Theme.surface
                    ink: primary ? Theme.onPrimary : Theme.onSurface
                    focus: visible && primary
                    onActiveFocusChanged: if (activeFocus) scroller.bringIntoView(this)
                    onActivated: page.ask("home_assessment")
                }
                KioskButton {
                    objectName: "askFeeWaiver"
                    Layout.fillWidth: true
                    visible: status.canAskFeeWaiver
                    text: qsTr("Ask not to pay the assessment fee")
                    icon: "money_off"
                    fill: Theme.surface
                    ink: Theme.onSurface
                    onActiveFocusChanged: if (activeFocus) scroller.bringIntoView(this)
                    onActivated: page.ask("fee_waiver")
                }

                // What to bring, after the actions: the primary action stays high on the screen.
                Rectangle {
                    Layout.fillWidth: true
                    visible: status.whatToBring.length > 0
                    implicitHeight: bring.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(2, Theme.mm(0.5))
                    border.color: Theme.border
                    Column {
                        id: bring
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.mm(1.5)
                        Text {
                            width: parent.width
                            visible: status.whatToBring.length > 0
                            text: qsTr("What to bring:")
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Repeater {
                            model: status.whatToBring
                            delegate: Row {
                                required property string modelData
                                width: bring.width
                                spacing: Theme.mm(2)
                                Icon { name: "check_box_outline_blank"; size: Theme.fontBody; color: Theme.onSurface }
                                Text {
                                    width: parent.width - Theme.fontBody - Theme.mm(2)
                                    text: parent.modelData
                                    color: Theme.onSurface
                                    font.pixelSize: Theme.fontBody
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                }

                // The newest application the visitor sent from a kiosk, and where it stands.
                CertificateApplicationBox {
                    Layout.fillWidth: true
                    application: page.newestApplication
                    stateWords: page.applicationWords
                }

                // The certificate's facts (the validity only where the date above is not it).
                CertificateFacts {
                    Layout.fillWidth: true
                    status: page.certificateStatus
                }
            }
        }
    }

    // Shows that the page goes on below when it is taller than the screen.
    Rectangle {
        visible: scroller.visible && scroller.contentHeight > scroller.height
        anchors.right: parent.right
        anchors.rightMargin: -Theme.spacing * 1.5
        width: Theme.mm(1.5)
        y: scroller.y + scroller.visibleArea.yPosition * scroller.height
        height: scroller.visibleArea.heightRatio * scroller.height
        radius: width / 2
        color: Theme.onBackground
        Accessible.ignored: true
    }
    MoreBelow {
        id: cue
        scroller: scroller
        visible: scroller.visible
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
    }

    // No certificate to show: say why, and for no certificate at all how to apply, with Apply
    // and Try another number (Call staff is in the bottom bar, always). It scrolls, with the
    // "More below" cue, when the largest text makes it taller than the screen.
    ColumnLayout {
        anchors.fill: parent
        visible: status.outcome !== "found"
        spacing: Theme.mm(1)
        ScrollColumn {
            id: problemScroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 1.5
            Icon {
                Layout.alignment: Qt.AlignHCenter
                // At the largest text on a wide screen the words need the room more.
                visible: page.height > Theme.fontTitle * 14
                name: status.outcome === "checking" ? "hourglass_empty"
                    : status.outcome === "notCached" || status.outcome === "notFound" ? "search_off" : "error"
                size: Math.min(Theme.mm(25), page.height / 6)
                color: Theme.primary
            }
            Text {
                objectName: "certificateProblem"
                Layout.fillWidth: true
                text: page.problemWords
                color: Theme.onBackground
                // Beside how to apply, bold body text: Apply stays on the screen at 200%.
                font.pixelSize: page.howToApply.length > 0 ? Theme.fontBody : Theme.fontTitle
                font.bold: page.howToApply.length > 0
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "howToApply"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.howToApply
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "applicationState"
                Layout.fillWidth: true
                visible: status.outcome !== "found" && text.length > 0
                text: page.newestApplication
                      ? qsTr("Your application: %1, %2").arg(page.newestApplication.name).arg(page.applicationWords) : ""
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            GridLayout {
                id: problemActions
                Layout.fillWidth: true
                visible: page.howToApply.length > 0
                columns: page.width > page.height ? 2 : 1
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing
                // Could not check: asking again comes first.
                KioskButton {
                    objectName: "tryAgain"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    visible: status.outcome === "notCached"
                    text: qsTr("Try again")
                    icon: "refresh"
                    focus: visible
                    onActivated: {
                        status.load();
                        page.speakOutcome();
                    }
                }
                // No certificate for this number: a first application is the page's action.
                Repeater {
                    model: status.outcome === "notFound" ? status.actions : []
                    delegate: KioskButton {
                        required property var modelData
                        required property int index
                        objectName: "procedure_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: modelData.name
                        icon: modelData.icon
                        focus: index === 0
                        onActivated: page.startProcedure(modelData.key)
                    }
                }
                KioskButton {
                    objectName: "tryAnotherNumber"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Try another number")
                    icon: "dialpad"
                    fill: Theme.surface
                    ink: Theme.onSurface
                    focus: status.outcome === "notFound" && status.actions.length === 0
                    onActivated: status.tryAnotherNumber()
                }
                // Could not check: Apply is there, quiet and last, for one who never had one.
                Repeater {
                    model: status.outcome === "notCached" ? status.actions : []
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "procedure_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.columnSpan: problemActions.columns
                        text: modelData.name
                        description: qsTr("Only if you have never had a certificate")
                        icon: modelData.icon
                        fill: Theme.surface
                        ink: Theme.onSurface
                        onActivated: page.startProcedure(modelData.key)
                    }
                }
            }
        }
        MoreBelow {
            scroller: problemScroller
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
