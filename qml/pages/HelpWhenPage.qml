// SPDX-License-Identifier: GPL-3.0-or-later
// When the visitor needs help: a day (today, tomorrow, or a day this week or next, each with
// its weekday), then morning, afternoon or evening; or "any time, call me to arrange".
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property HelpRequest help: Visit.help
    readonly property bool anyTime: help.dayPart === "any"
    readonly property var days: help.days

    title: Pages.titles["help-when"]
    primaryAction: helpNext
    instruction: qsTr("Touch a day, then the part of the day. Or touch \"Any time\" and we will call you to arrange it.")

    function dayName(day) {
        if (day.relative === "today")
            return qsTr("Today");
        if (day.relative === "tomorrow")
            return qsTr("Tomorrow");
        return day.weekday;
    }
    function dayDetail(day) {
        const date = day.relative.length > 0 ? day.weekday + " " + day.date : day.date;
        return day.nextWeek && day.relative.length === 0 ? qsTr("%1, next week").arg(date) : date;
    }
    function chooseDay(iso) {
        if (help.chooseDay(iso))
            toPart.restart();
    }
    function next() {
        if (help.whenText.length === 0) {
            Voice.say(qsTr("Please choose a day and a part of the day, or any time."));
            return;
        }
        Navigator.open(help.reviewed ? "help-review" : "help-where");
    }
    // After a day: on to the part of the day, where the keypad user's next choice is.
    Timer {
        id: toPart
        interval: 0
        onTriggered: {
            const first = parts.itemAt(0);
            if (first)
                first.forceActiveFocus();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Text {
                Layout.fillWidth: true
                text: qsTr("Day")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                Layout.fillWidth: true
                // As many columns as the longest day name leaves room for, never splitting a word.
                columns: Math.max(1, Math.floor((scroller.columnWidth + columnSpacing) / (widest.advanceWidth + Theme.fontTitle * 1.4 + 4 * Theme.spacing + columnSpacing)))
                TextMetrics {
                    id: widest
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    text: page.days.map(day => page.dayName(day)).reduce((a, b) => b.length > a.length ? b : a, qsTr("Tomorrow"))
                }
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: page.help.days
                    delegate: ToggleChoice {
                        required property var modelData
                        required property int index
                        objectName: "day_" + index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        text: page.dayName(modelData)
                        detail: page.dayDetail(modelData)
                        fontSize: Theme.fontTitle
                        selected: page.help.wantedDay === modelData.iso
                        focus: index === 0
                        onActivated: page.chooseDay(modelData.iso)
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Part of the day")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height && Theme.textScale < 1.5 ? 3 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    id: parts
                    model: page.help.dayParts
                    delegate: ToggleChoice {
                        required property var modelData
                        objectName: "dayPart_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: modelData.name
                        icon: modelData.key === "morning" ? "wb_twilight" : modelData.key === "afternoon" ? "wb_sunny" : "bedtime"
                        fontSize: Theme.fontTitle
                        enabled: page.help.wantedDay.length > 0
                        selected: page.help.dayPart === modelData.key
                        onActivated: {
                            if (!page.help.chooseDayPart(modelData.key))
                                Voice.say(qsTr("Please choose a day first."));
                        }
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: page.help.wantedDay.length === 0 && !page.anyTime
                text: qsTr("Choose a day first.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }

            ToggleChoice {
                objectName: "anyTime"
                Layout.fillWidth: true
                text: qsTr("Any time, call me to arrange")
                icon: "phone_callback"
                fontSize: Theme.fontTitle
                selected: page.anyTime
                onActivated: page.help.chooseAnyTime()
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
            enabled: page.help.whenText.length > 0
            onActivated: page.next()
        }
    }
}
