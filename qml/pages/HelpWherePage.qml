// SPDX-License-Identifier: GPL-3.0-or-later
// Where the volunteer meets the visitor: at home (a card's address is shown on the screen, and
// read out only through private listening), at this station, at a hospital or place from the
// station's list, or "call me to arrange".
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property HelpRequest help: Visit.help
    readonly property string stationName: VisitorSettings.language.startsWith("en") ? StationInfo.nameEn : StationInfo.nameZh

    title: Pages.titles["help-where"]
    primaryAction: helpNext
    instruction: qsTr("Touch where the volunteer should meet you, then Next.")

    function choose(kind, placeId) {
        if (!help.choosePlace(kind, placeId || ""))
            return;
        if (kind === "home" && help.homeAddress.length > 0)
            Voice.sayPrivate(qsTr("Your address: %1.").arg(help.homeAddress), qsTr("Your address is on the screen."));
    }
    function next() {
        if (help.whereText.length === 0) {
            Voice.say(qsTr("Please choose where the volunteer should meet you."));
            return;
        }
        Navigator.open(help.reviewed ? "help-review" : "help-phone");
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            ToggleChoice {
                objectName: "place_home"
                Layout.fillWidth: true
                text: qsTr("At my home")
                detail: page.help.homeAddress.length > 0 ? "" : qsTr("We will ask for your address when we call you.")
                icon: "home"
                fontSize: Theme.fontTitle
                selected: page.help.placeKind === "home"
                focus: true
                onActivated: page.choose("home")
            }
            // The card's address: on the screen only; its accessible name never holds it.
            Rectangle {
                Layout.fillWidth: true
                visible: page.help.homeAddress.length > 0
                implicitHeight: address.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(1, Theme.mm(0.3))
                border.color: Theme.border
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Your address is on the screen.")
                Column {
                    id: address
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.mm(0.5)
                    Text {
                        width: parent.width
                        text: qsTr("Your address on the ID card")
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        Accessible.ignored: true
                    }
                    Text {
                        objectName: "homeAddress"
                        width: parent.width
                        text: page.help.homeAddress
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.ignored: true
                    }
                }
            }
            ToggleChoice {
                objectName: "place_station"
                Layout.fillWidth: true
                text: qsTr("At this station")
                detail: page.stationName
                icon: "storefront"
                fontSize: Theme.fontTitle
                selected: page.help.placeKind === "station"
                onActivated: page.choose("station")
            }

            Text {
                Layout.fillWidth: true
                visible: page.help.places.length > 0
                text: qsTr("At a hospital or another place")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height && Theme.textScale < 1.5 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: page.help.places
                    delegate: ToggleChoice {
                        required property var modelData
                        objectName: "place_" + modelData.id
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        text: modelData.name
                        icon: modelData.kind === "hospital" ? "local_hospital" : "location_city"
                        selected: page.help.placeKind === "listed" && page.help.placeId === modelData.id
                        onActivated: page.choose("listed", modelData.id)
                    }
                }
            }

            ToggleChoice {
                objectName: "place_arrange"
                Layout.fillWidth: true
                text: qsTr("Call me to arrange")
                icon: "phone_callback"
                fontSize: Theme.fontTitle
                selected: page.help.placeKind === "arrange"
                onActivated: page.choose("arrange")
            }

        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        KioskButton {
            id: helpNext
            objectName: "helpNext"
            Layout.fillWidth: true
            text: qsTr("Next")
            icon: "arrow_forward"
            fontSize: Theme.fontTitle
            enabled: page.help.whereText.length > 0
            onActivated: page.next()
        }
    }
}
