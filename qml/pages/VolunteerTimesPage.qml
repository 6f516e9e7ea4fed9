// SPDX-License-Identifier: GPL-3.0-or-later
// When a volunteer can help: a week, Monday to Sunday, each day with morning, afternoon and
// evening as toggles large enough to touch, and shortcuts first ("every weekday morning"),
// which a keypad or switch user reaches in a few steps. Each toggle is said with its day
// ("Monday, morning, checked"). On a wide screen a day is one row; where the words need the
// room, the day's name stands above its three toggles, or the toggles stand one under another.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerRegistration registration: Visit.registration
    readonly property var times: registration.times
    // Plain JavaScript arrays, to measure the longest words of.
    readonly property var dayList: registration.days
    readonly property var partList: registration.dayParts
    /// A landscape screen: the count and Next side by side.
    readonly property bool wide: Window.width > Window.height

    title: Pages.titles["volunteer-times"]
    instruction: qsTr("Touch the times you can usually help, or a shortcut. Touch one again to take it away. Then touch Next.")

    function partIcon(key) {
        return key === "morning" ? "wb_twilight" : key === "afternoon" ? "wb_sunny" : "bedtime";
    }
    function next() {
        if (registration.timeCount === 0) {
            Voice.say(qsTr("Please choose at least one time when you can help."));
            return;
        }
        Navigator.open(registration.reviewed ? "volunteer-review" : "volunteer-phone");
    }

    // How wide the words are, so no word is ever broken: the longest day name, and a toggle
    // with the longest part of the day (tick, pictogram, word, as ToggleChoice lays them out).
    TextMetrics {
        id: widestDay
        font.pixelSize: Theme.fontTitle
        font.bold: true
        text: page.dayList.map(day => day.name).reduce((a, b) => b.length > a.length ? b : a, "")
    }
    TextMetrics {
        id: widestPart
        font.pixelSize: Theme.fontBody
        font.bold: true
        text: page.partList.map(part => part.name).reduce((a, b) => b.length > a.length ? b : a, "")
    }
    readonly property real toggleNeed: widestPart.advanceWidth + 2 * Math.round(Theme.fontBody * 1.4) + 5 * Theme.spacing + 2
    readonly property real dayNeed: widestDay.advanceWidth + Theme.spacing + 2
    /// "row": the day's name and its three toggles on one line; "stacked": the name above three
    /// toggles side by side; "column": the name above its toggles one under another.
    readonly property string arrangement: {
        const room = scroller.columnWidth;
        if (dayNeed + 3 * toggleNeed + 3 * Theme.spacing <= room)
            return "row";
        if (3 * toggleNeed + 2 * Theme.spacing <= room)
            return "stacked";
        return "column";
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
                text: qsTr("Shortcuts")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.arrangement === "column" ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    id: shortcuts
                    model: page.registration.shortcuts
                    delegate: ToggleChoice {
                        required property var modelData
                        required property int index
                        objectName: "shortcut_" + modelData.key
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        multiple: true
                        text: modelData.name
                        icon: modelData.key === "weekday_mornings" ? "wb_twilight"
                            : modelData.key === "weekday_afternoons" ? "wb_sunny"
                            : modelData.key === "evenings" ? "bedtime" : "weekend"
                        selected: modelData.on
                        focus: index === 0
                        onActivated: page.registration.applyShortcut(modelData.key)
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("The week")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: page.registration.days
                delegate: GridLayout {
                    id: dayRow
                    required property var modelData
                    // The day, read by the toggles; an empty one while a rebuilt list drops this row.
                    readonly property var day: modelData ? modelData : ({ day: 0, key: "", name: "" })
                    Layout.fillWidth: true
                    columns: page.arrangement === "row" ? 4 : page.arrangement === "stacked" ? 3 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.mm(1)
                    Text {
                        objectName: "dayName_" + dayRow.day.key
                        Layout.columnSpan: page.arrangement === "stacked" ? 3 : 1
                        Layout.fillWidth: page.arrangement !== "row"
                        Layout.preferredWidth: page.arrangement === "row" ? page.dayNeed : -1
                        Layout.topMargin: page.arrangement === "row" ? 0 : Theme.spacing / 2
                        text: dayRow.day.name
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Repeater {
                        model: page.registration.dayParts
                        delegate: ToggleChoice {
                            required property var modelData
                            readonly property string cell: dayRow.day.day + ":" + modelData.key
                            objectName: "time_" + dayRow.day.key + "_" + modelData.key
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            multiple: true
                            text: modelData.name
                            icon: page.partIcon(modelData.key)
                            // Said with its day: "Monday, morning".
                            Accessible.name: qsTr("%1, %2").arg(dayRow.day.name).arg(modelData.name)
                            selected: page.times.indexOf(cell) >= 0
                            onActivated: page.registration.toggleTime(dayRow.day.day, modelData.key)
                        }
                    }
                }
            }
        }

        // On a wide screen the count and "More below" stand beside Next, so the week has the rows.
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: Theme.mm(1)
                // Words, not only the side bar: the week goes on below the screen.
                Row {
                    objectName: "moreBelow"
                    Layout.alignment: page.wide ? Qt.AlignLeft : Qt.AlignHCenter
                    spacing: Theme.spacing
                    opacity: scroller.contentHeight > scroller.height + 1 && !scroller.atYEnd ? 1 : 0
                    Accessible.ignored: opacity === 0
                    Icon {
                        name: "expand_more"
                        size: Theme.fontBody * 1.3
                        color: Theme.onBackground
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        text: qsTr("More below")
                        color: Theme.onBackground
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        anchors.verticalCenter: parent.verticalCenter
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
                Text {
                    objectName: "timesChosen"
                    Layout.fillWidth: true
                    text: page.registration.timeCount > 0 ? qsTr("Times chosen: %1").arg(page.registration.timeCount)
                                                          : qsTr("No time chosen yet.")
                    color: Theme.onBackground
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            KioskButton {
                objectName: "timesNext"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Next")
                icon: "arrow_forward"
                fontSize: Theme.fontTitle
                onActivated: page.next()
            }
        }
    }
}
