// SPDX-License-Identifier: GPL-3.0-or-later
// One certificate procedure (apply, renew, replace, transfer, change, cancel; the procedure
// Visit.application was started with): what it is for, what to bring, where it is handled and
// how long it takes, in plain words with the official term second and smaller; then its one
// choice and Next. A first application also offers booking the assessment at the designated
// hospital (when the station lists it), an assessment at home and not paying the fee.
// The page scrolls at large text; "More below" and Next stay on screen.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property CertificateApplication application: Visit.application
    /// The choice is asked here (a transfer's district has a page of its own).
    readonly property bool choiceHere: application.needsChoice && application.choicePage !== "cert-district"
    readonly property bool wide: page.width > page.height

    title: application.title
    primaryAction: nextButton
    instruction: page.choiceHere ? qsTr("Read what it takes. Answer the question below, then touch Next.")
                                 : qsTr("Read what it takes, then touch Next.")

    property string problem

    /// Sentences joined as the language writes them: no space between Mandarin sentences.
    readonly property bool english: VisitorSettings.language === "en"
    function joined(parts: var): string {
        return parts.filter(part => part.length > 0).join(page.english ? " " : "");
    }
    /// The papers in one sentence: "a, b, c." / "甲、乙、丙。".
    function listed(items: var): string {
        return items.join(page.english ? ", " : "、") + (page.english ? "." : "。");
    }
    /// Everything the box shows, read aloud when it has the focus (on arrival, and when the
    /// keys come back to it), so a visitor who cannot see it knows the papers too.
    readonly property string aboutWords: joined([
        application.purpose,
        application.whatToBring.length > 0
            ? joined([qsTr("What to bring:"), listed(application.whatToBring)])
            : "",
        joined([qsTr("Where:"), application.where]),
        joined([qsTr("How long:"), application.howLong])])

    function next() {
        if (page.choiceHere && !application.choiceComplete) {
            page.problem = qsTr("Please choose an answer first: %1").arg(application.choiceQuestion);
            Voice.say(page.problem);
            return;
        }
        page.problem = "";
        Navigator.open(application.choicePage);
    }
    function choose(key) {
        if (application.choose(key))
            page.problem = "";
    }
    function askRequest(kind) {
        Visit.assessment.clear();
        Visit.assessment.kind = kind;
        Navigator.open("phone");
    }
    function bookAssessment() {
        const id = application.assessmentServiceId;
        Visit.services.chooseService(id);
        if (Visit.booking.start(id))
            Navigator.open("book-day");
        else
            Voice.say(qsTr("The assessment cannot be booked now. Please press \"Call staff\"."));
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Text {
                objectName: "officialTerm"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.application.officialTerm.length > 0 ? qsTr("Official name: %1").arg(page.application.officialTerm) : ""
                color: Theme.onBackground
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            GridLayout {
                id: parts
                Layout.fillWidth: true
                // Side by side on a wide screen when there is a second part (the question,
                // the assessment's help); the words alone take the whole width.
                columns: page.wide && (page.choiceHere || page.application.procedure === "apply") ? 2 : 1
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing * 1.5

                // What it is for, what to bring, where, how long: one part the keys reach
                // first, so it is read out on arrival and the page does not scroll past it.
                Rectangle {
                    id: aboutBox
                    objectName: "procedureAbout"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    implicitHeight: about.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(2, Theme.mm(0.8))
                    border.color: Theme.primary
                    activeFocusOnTab: true
                    focus: true
                    Accessible.role: Accessible.Paragraph
                    Accessible.name: page.aboutWords
                    Accessible.focusable: true
                    onActiveFocusChanged: if (activeFocus) Announcer.focused(page.aboutWords, "", "", "")
                    FocusRing { target: aboutBox }
                    Column {
                        id: about
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.mm(1.5)
                        Row {
                            width: parent.width
                            spacing: Theme.mm(2)
                            Icon {
                                id: procedureIcon
                                name: page.application.icon
                                size: Theme.fontTitle * 1.4
                                color: Theme.onSurface
                            }
                            Text {
                                objectName: "procedurePurpose"
                                width: parent.width - procedureIcon.width - parent.spacing
                                text: page.application.purpose
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.StaticText
                                Accessible.name: text
                            }
                        }
                        Text {
                            width: parent.width
                            visible: page.application.whatToBring.length > 0
                            text: qsTr("What to bring:")
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Repeater {
                            objectName: "procedurePapers"
                            model: page.application.whatToBring
                            delegate: Row {
                                id: paper
                                required property string modelData
                                width: about.width
                                spacing: Theme.mm(2)
                                Icon { id: box; name: "check_box_outline_blank"; size: Theme.fontBody; color: Theme.onSurface }
                                Text {
                                    width: paper.width - box.width - paper.spacing
                                    text: paper.modelData
                                    color: Theme.onSurface
                                    font.pixelSize: Theme.fontBody
                                    wrapMode: Text.Wrap
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: text
                                }
                            }
                        }
                        Text {
                            width: parent.width
                            text: qsTr("Where:")
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Text {
                            objectName: "procedureWhere"
                            width: parent.width
                            text: page.application.where
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Text {
                            width: parent.width
                            text: qsTr("How long:")
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Text {
                            objectName: "procedureHowLong"
                            width: parent.width
                            text: page.application.howLong
                            color: Theme.onSurface
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    // The one choice, as large options.
                    Text {
                        objectName: "choiceQuestion"
                        Layout.fillWidth: true
                        visible: page.choiceHere
                        text: page.application.choiceQuestion
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Repeater {
                        model: page.choiceHere ? page.application.choices : []
                        delegate: ToggleChoice {
                            required property var modelData
                            required property int index
                            objectName: "choice_" + (modelData.key.length > 0 ? modelData.key : "none")
                            Layout.fillWidth: true
                            text: modelData.name
                            detail: modelData.explanation
                            selected: page.application.choice === modelData.key
                                      && (modelData.key.length > 0 || page.application.choiceComplete && chosenOnce)
                            // "Not sure" (an empty key) shows as chosen only once it was touched.
                            property bool chosenOnce: false
                            onActivated: {
                                chosenOnce = true;
                                page.choose(modelData.key);
                                // Answered: Next is the next thing to press, not many Downs away.
                                nextButton.forceActiveFocus();
                            }
                        }
                    }

                    // A first application: the assessment comes first, and help with it.
                    Text {
                        Layout.fillWidth: true
                        visible: page.application.procedure === "apply"
                        text: qsTr("The assessment at a designated hospital decides the category and level.")
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    KioskButton {
                        objectName: "bookAssessment"
                        Layout.fillWidth: true
                        visible: page.application.procedure === "apply" && page.application.assessmentServiceId.length > 0
                        text: qsTr("Book the assessment")
                        icon: "local_hospital"
                        fill: Theme.surface
                        ink: Theme.onSurface
                        onActivated: page.bookAssessment()
                    }
                    KioskButton {
                        objectName: "askHomeAssessment"
                        Layout.fillWidth: true
                        visible: page.application.procedure === "apply"
                        text: qsTr("Ask for an assessment at home")
                        icon: "house"
                        fill: Theme.surface
                        ink: Theme.onSurface
                        onActivated: page.askRequest("home_assessment")
                    }
                    KioskButton {
                        objectName: "askFeeWaiver"
                        Layout.fillWidth: true
                        visible: page.application.procedure === "apply"
                        text: qsTr("Ask not to pay the assessment fee")
                        icon: "savings"
                        fill: Theme.surface
                        ink: Theme.onSurface
                        onActivated: page.askRequest("fee_waiver")
                    }
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        Text {
            objectName: "procedureProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.problem
            color: Theme.onBackground
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }

        KioskButton {
            id: nextButton
            // The keypad's Page Down presses the page's "nextButton".
            objectName: "nextButton"
            Layout.fillWidth: true
            text: qsTr("Next")
            icon: "arrow_forward"
            fontSize: Theme.fontTitle
            fill: Theme.success
            ink: Theme.onSuccess
            onActivated: page.next()
        }
    }
}
