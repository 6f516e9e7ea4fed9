// SPDX-License-Identifier: GPL-3.0-or-later
// Where the visitor's certificate stands: a timeline of plain steps with "now" marked, what
// happens next, by when and what to bring, the certificate's facts in a card, and the
// requests a visitor can make from here as large buttons.
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

    /// Items of a list in one sentence, for speech.
    function listed(items: var): string {
        return items.join(", ");
    }

    readonly property string spokenDetails: status.outcome !== "found" ? ""
        : qsTr("Your certificate: %1. %2").arg(status.stateName).arg(status.summary)
          + (status.whatToBring.length > 0 ? " " + qsTr("Bring: %1.").arg(page.listed(status.whatToBring)) : "")

    readonly property string problemWords: {
        switch (status.outcome) {
        case "checking": return qsTr("Checking with the central office...");
        case "notFound": return qsTr("There is no disability certificate for this ID number. If you have applied, a staff member can check for you: press \"Call staff\".");
        case "notCached": return qsTr("The kiosk has no record of a certificate for this ID number and cannot reach the central office now. A staff member can look it up for you: press \"Call staff\".");
        case "unavailable": return qsTr("The kiosk cannot open its records right now. Press \"Call staff\" and a person will help you.");
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
            Voice.say(problemWords);
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

    // Anything that does not fit (large text, portrait) scrolls instead of being cut off.
    Flickable {
        id: scroller
        anchors.fill: parent
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

            // In portrait the explanation comes first, the timeline below it.
            Timeline {
                objectName: "certificateTimeline"
                Layout.row: content.columns === 1 ? 1 : 0
                Layout.column: 0
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop
                steps: status.steps
            }

            ColumnLayout {
                Layout.row: 0
                Layout.column: content.columns === 1 ? 0 : 1
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing * 1.5

                // What happens next, by when, what to bring.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: next.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(2, Theme.mm(0.8))
                    border.color: Theme.primary
                    Column {
                        id: next
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.mm(1.5)
                        Text {
                            objectName: "certificateState"
                            width: parent.width
                            text: status.stateName + "  (" + status.officialTerm + ")"
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Text {
                            objectName: "certificateSummary"
                            width: parent.width
                            text: status.summary
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        Text {
                            width: parent.width
                            visible: status.expectedBy.length > 0
                            text: qsTr("By: %1").arg(status.expectedBy)
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
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
                                width: next.width
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

                // The certificate's facts.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: facts.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(2, Theme.mm(0.5))
                    border.color: Theme.border
                    Grid {
                        id: facts
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        columns: 2
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.mm(1)
                        readonly property real labelWidth: width * 0.38
                        Text { width: facts.labelWidth; text: qsTr("Kind of disability"); color: Theme.onSurface; font.pixelSize: Theme.fontSmall; wrapMode: Text.Wrap }
                        Text { width: facts.width - facts.labelWidth - facts.columnSpacing; text: status.category; color: Theme.onSurface; font.pixelSize: Theme.fontBody; font.bold: true; wrapMode: Text.Wrap }
                        Text { width: facts.labelWidth; text: qsTr("Level"); color: Theme.onSurface; font.pixelSize: Theme.fontSmall; wrapMode: Text.Wrap }
                        Text { width: facts.width - facts.labelWidth - facts.columnSpacing; text: status.level; color: Theme.onSurface; font.pixelSize: Theme.fontBody; font.bold: true; wrapMode: Text.Wrap }
                        Text { width: facts.labelWidth; visible: status.validUntil.length > 0; text: qsTr("Valid until"); color: Theme.onSurface; font.pixelSize: Theme.fontSmall; wrapMode: Text.Wrap }
                        Text { width: facts.width - facts.labelWidth - facts.columnSpacing; visible: status.validUntil.length > 0; text: status.validUntil; color: Theme.onSurface; font.pixelSize: Theme.fontBody; font.bold: true; wrapMode: Text.Wrap }
                        Text { width: facts.labelWidth; text: qsTr("ID number"); color: Theme.onSurface; font.pixelSize: Theme.fontSmall; wrapMode: Text.Wrap }
                        Text { width: facts.width - facts.labelWidth - facts.columnSpacing; text: status.maskedId; color: Theme.onSurface; font.pixelSize: Theme.fontBody; font.bold: true; wrapMode: Text.WrapAnywhere }
                    }
                }

                KioskButton {
                    objectName: "askHomeAssessment"
                    Layout.fillWidth: true
                    visible: status.canAskHomeAssessment
                    text: qsTr("Ask for an assessment at home")
                    icon: "home"
                    focus: visible
                    onActiveFocusChanged: if (activeFocus) scroller.bringIntoView(this)
                    onActivated: page.ask("home_assessment")
                }
                KioskButton {
                    objectName: "askFeeWaiver"
                    Layout.fillWidth: true
                    visible: status.canAskFeeWaiver
                    text: qsTr("Ask not to pay the assessment fee")
                    icon: "money_off"
                    focus: !status.canAskHomeAssessment && visible
                    onActiveFocusChanged: if (activeFocus) scroller.bringIntoView(this)
                    onActivated: page.ask("fee_waiver")
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

    // No certificate to show: say why in one sentence and offer a person.
    ColumnLayout {
        anchors.fill: parent
        visible: status.outcome !== "found"
        spacing: Theme.spacing * 2
        Icon {
            Layout.alignment: Qt.AlignHCenter
            name: status.outcome === "checking" ? "hourglass_empty"
                : status.outcome === "notCached" || status.outcome === "notFound" ? "search_off" : "error"
            size: Theme.mm(25)
            color: Theme.primary
        }
        Text {
            objectName: "certificateProblem"
            Layout.fillWidth: true
            text: page.problemWords
            color: Theme.onBackground
            font.pixelSize: Theme.fontTitle
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            objectName: "problemCallStaff"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Call staff")
            icon: "support_agent"
            fill: Theme.bands[4]
            ink: Theme.onBand
            visible: status.outcome !== "checking"
            focus: status.outcome !== "found"
            onActivated: Navigator.open("callstaff")
        }
        Item { Layout.fillHeight: true }
    }
}
