// SPDX-License-Identifier: GPL-3.0-or-later
// Rating finished help: 1 to 5 large stars, each saying its value, then optional praise or
// complaint sentences; saved once per request (a second rating is refused in words).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property HelpRating rating: Visit.rating
    readonly property var request: rating.request

    title: Pages.titles["rate"]
    primaryAction: rating.saved ? backToList : sendRating
    instruction: rating.saved ? "" : qsTr("How was the help? Touch 1 to 5 stars: 1 is very bad, 5 is very good. Then you may add sentences and touch Send.")

    function starWords(n) {
        switch (n) {
        case 1: return qsTr("1 star, very bad");
        case 2: return qsTr("2 stars, bad");
        case 3: return qsTr("3 stars, all right");
        case 4: return qsTr("4 stars, good");
        case 5: return qsTr("5 stars, very good");
        }
        return "";
    }
    function send() {
        if (!rating.submit())
            Voice.say(rating.errorText);
    }

    Connections {
        target: page.rating
        function onSavedChanged() {
            if (page.rating.saved) {
                Voice.say(qsTr("Thank you. Your rating is saved."));
                Visit.myRequests.reload();
                thanksFocus.restart();
            }
        }
        function onErrorChanged() {
            if (page.rating.errorText.length > 0)
                Voice.say(page.rating.errorText);
        }
    }
    Timer {
        id: thanksFocus
        interval: 0
        onTriggered: backToList.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Text {
                objectName: "ratedRequest"
                Layout.fillWidth: true
                text: qsTr("%1, code %2").arg(page.request.typeName || "").arg(page.request.code || "")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }

            // The stars: one row while they fit, each at least a touch target wide.
            GridLayout {
                Layout.fillWidth: true
                visible: !page.rating.saved
                columns: scroller.columnWidth >= 5 * (Theme.targetSize * 1.6 + Theme.spacing) ? 5 : 3
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: 5
                    delegate: KioskButton {
                        required property int index
                        readonly property int value: index + 1
                        objectName: "star_" + value
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Math.max(Theme.targetSize * 1.6, implicitHeight)
                        vertical: true
                        text: String(value)
                        icon: value <= page.rating.stars ? "star" : "star_border"
                        fontSize: Theme.fontHuge
                        fill: value <= page.rating.stars ? Theme.primary : Theme.surface
                        ink: value <= page.rating.stars ? Theme.onPrimary : Theme.onSurface
                        Accessible.name: page.starWords(value)
                        focus: index === 0
                        onActivated: {
                            page.rating.stars = value;
                            Voice.say(qsTr("You chose %1.").arg(page.starWords(value)));
                        }
                    }
                }
            }
            Text {
                objectName: "starsChosen"
                Layout.fillWidth: true
                visible: !page.rating.saved
                text: page.rating.stars > 0 ? qsTr("You chose %1.").arg(page.starWords(page.rating.stars)) : qsTr("No stars chosen yet.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            Text {
                Layout.fillWidth: true
                visible: !page.rating.saved
                text: qsTr("What went well? (you may skip this)")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                Layout.fillWidth: true
                visible: !page.rating.saved
                columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: page.rating.praise
                    delegate: ToggleChoice {
                        required property var modelData
                        objectName: "phrase_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        multiple: true
                        icon: "thumb_up"
                        text: modelData.words
                        selected: page.rating.phraseKeys.indexOf(modelData.key) >= 0
                        onActivated: page.rating.togglePhrase(modelData.key)
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: !page.rating.saved
                text: qsTr("What went wrong? (you may skip this)")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                Layout.fillWidth: true
                visible: !page.rating.saved
                columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: page.rating.complaints
                    delegate: ToggleChoice {
                        required property var modelData
                        objectName: "phrase_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        multiple: true
                        icon: "thumb_down"
                        text: modelData.words
                        selected: page.rating.phraseKeys.indexOf(modelData.key) >= 0
                        onActivated: page.rating.togglePhrase(modelData.key)
                    }
                }
            }

            Text {
                objectName: "ratingError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.rating.errorText
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }

            Text {
                objectName: "ratingThanks"
                Layout.fillWidth: true
                visible: page.rating.saved
                text: qsTr("Thank you. Your rating is saved and helps the volunteers.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        KioskButton {
            id: sendRating
            objectName: "sendRating"
            Layout.fillWidth: true
            visible: !page.rating.saved
            text: page.rating.saving ? qsTr("Saving...") : qsTr("Send")
            icon: "send"
            fontSize: Theme.fontTitle
            enabled: !page.rating.saving && page.rating.stars > 0
            onActivated: page.send()
        }

        KioskButton {
            id: backToList
            objectName: "backToRequests"
            Layout.fillWidth: true
            visible: page.rating.saved
            text: qsTr("Back to my requests")
            icon: "list_alt"
            onActivated: Navigator.back()
        }
    }
}
