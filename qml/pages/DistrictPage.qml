// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a certificate: the district the visitor moves to, from the city's 16 districts and
// "Outside Tianjin", as large buttons on a page of its own; then Next. The list scrolls at
// large text; "More below" and Next stay on screen.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property CertificateApplication application: Visit.application

    title: Pages.titles["cert-district"]
    primaryAction: nextButton
    instruction: qsTr("Touch the district where your household is now registered, then touch Next.")

    property string problem

    function next() {
        if (!application.choiceComplete) {
            page.problem = qsTr("Please touch your new district first.");
            Voice.say(page.problem);
            return;
        }
        page.problem = "";
        Navigator.open("cert-phone");
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridLayout {
                Layout.fillWidth: true
                // Two or three a row while the names fit; one a row at the largest text.
                columns: Math.max(1, Math.min(page.width > page.height ? 3 : 2,
                                              Math.floor(scroller.columnWidth / (Theme.fontBody * 11))))
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: page.application.choices
                    delegate: ToggleChoice {
                        required property var modelData
                        required property int index
                        objectName: "district_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        // The keys start on the district already chosen (back from the review's
                        // Change), else on the first.
                        focus: page.application.choice.length > 0 ? page.application.choice === modelData.key : index === 0
                        text: modelData.name
                        selected: page.application.choice === modelData.key
                        onActivated: {
                            if (page.application.choose(modelData.key)) {
                                page.problem = "";
                                nextButton.forceActiveFocus(); // chosen: Next is what comes next
                            }
                        }
                    }
                }
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        Text {
            objectName: "districtProblem"
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
            text: page.application.choiceComplete ? qsTr("Next: %1").arg(page.application.choiceName) : qsTr("Next")
            icon: "arrow_forward"
            fontSize: Theme.fontTitle
            fill: Theme.success
            ink: Theme.onSuccess
            onActivated: page.next()
        }
    }
}
