// SPDX-License-Identifier: GPL-3.0-or-later
// When a volunteer can help: a week, Monday to Sunday, a day a row with morning, afternoon and
// evening as toggles large enough to touch, and shortcuts first ("every weekday morning").
// For the keypad and the switch each row (and the shortcuts) is one stop: select it and its
// toggles take the focus in turn; past the last one the focus goes on to the next row. So
// Sunday evening is about ten steps away, not twenty-five. Each toggle is said with its day
// ("Monday, morning, checked"). A day is one row where it fits; where the words need the room,
// the day's name stands above its three toggles, or the toggles stand one under another. On a
// wide screen Next and the count stand to the right of the week.
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
    readonly property var shortcutList: registration.shortcuts
    /// A landscape screen: the count and Next side by side.
    readonly property bool wide: Window.width > Window.height
    readonly property string listSeparator: VisitorSettings.language.startsWith("en") ? ", " : "、"

    title: Pages.titles["volunteer-times"]
    primaryAction: nextButton
    instruction: qsTr("Touch the times you can usually help. Touch one again to take it away. Then touch Next.")

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
    readonly property real room: scroller.columnWidth - 2 * Theme.focusRingWidth
    /// The part's pictogram (sunrise, sun, moon) only where three toggles have the room for it:
    /// three toggles side by side read better than one under another with pictures.
    readonly property bool partIcons: 3 * toggleNeed + 2 * Theme.spacing <= room
    readonly property real partNeed: partIcons ? toggleNeed : toggleNeed - Math.round(Theme.fontBody * 1.4)
    /// "row": the day's name and its three toggles on one line; "stacked": the name above three
    /// toggles side by side; "column": the name above its toggles one under another.
    readonly property string arrangement: {
        if (dayNeed + 3 * partNeed + 3 * Theme.spacing <= room)
            return "row";
        if (3 * partNeed + 2 * Theme.spacing <= room)
            return "stacked";
        return "column";
    }

    /// A row of toggles that the keypad and the switch take as one stop ("Sunday: Evening"):
    /// select it and its toggles come into the focus order, the first one focused; once the
    /// focus leaves the row they are one stop again. A touch goes straight to a toggle.
    component TimeGroup: FocusScope {
        id: group
        property string heading
        property string headingName
        /// The chosen toggles in words, said with the heading.
        property string summary
        property bool entered: false
        property alias columns: grid.columns
        /// The heading to the left of the toggles (true) or above them.
        property bool headingInRow: false
        property real headingWidth: -1
        default property alias toggles: grid.data

        implicitHeight: grid.implicitHeight + 2 * Theme.focusRingWidth
        activeFocusOnTab: !entered

        Accessible.role: Accessible.Button
        Accessible.name: heading + (VisitorSettings.language.startsWith("en") ? ": " : "：")
                         + (summary.length > 0 ? summary : qsTr("nothing chosen"))
        Accessible.description: qsTr("Select to choose, then move to each time.")
        Accessible.focusable: true
        Accessible.onPressAction: enter()

        function enter() {
            entered = true;
            for (let i = 0; i < grid.children.length; ++i) {
                const child = grid.children[i];
                if (child.roleKey !== undefined && child.visible) {
                    child.forceActiveFocus(Qt.TabFocusReason);
                    return;
                }
            }
        }
        onActiveFocusChanged: {
            if (activeFocus) {
                if (!entered)
                    Announcer.focused(Accessible.name, "button", "", Accessible.description);
                return;
            }
            // Left: one stop again, and Tab back in lands on the row, not on its last toggle.
            entered = false;
            for (let i = 0; i < grid.children.length; ++i)
                grid.children[i].focus = false;
        }
        Keys.onReturnPressed: enter()
        Keys.onEnterPressed: enter()
        Keys.onSpacePressed: enter()

        GridLayout {
            id: grid
            x: Theme.focusRingWidth
            y: Theme.focusRingWidth
            width: group.width - 2 * Theme.focusRingWidth
            columnSpacing: Theme.spacing
            rowSpacing: Theme.mm(1)
            Text {
                objectName: group.headingName
                Layout.columnSpan: group.headingInRow ? 1 : grid.columns
                Layout.fillWidth: !group.headingInRow
                Layout.preferredWidth: group.headingInRow ? group.headingWidth : -1
                text: group.heading
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.ignored: true
            }
        }
        FocusRing {
            visible: group.activeFocus && !group.entered
        }
    }

    // On a wide screen the count, "More below" and Next stand in a narrow column to the right,
    // so at the largest text the week keeps the whole height between the title and the bottom bar.
    // Placed by hand, not by a layout: the week takes exactly the width beside (or the height
    // above) Next and lays itself out in it (the arrangement above), never pushing Next away.
    Item {
        id: weekAndNext
        anchors.fill: parent
        readonly property real gap: page.wide ? Theme.spacing * 2 : Theme.spacing
        // A fifth of a wide screen, or what Next or "More below" need at the largest text: the
        // week has the rest.
        readonly property real sideWidth: page.wide ? Math.max(nextButton.implicitWidth, moreRow.implicitWidth, Math.round(page.width / 5)) : width

        ScrollColumn {
            id: scroller
            x: 0
            y: 0
            width: page.wide ? weekAndNext.width - weekAndNext.sideWidth - weekAndNext.gap : weekAndNext.width
            height: page.wide ? weekAndNext.height : weekAndNext.height - side.height - weekAndNext.gap

            // The shortcuts first (one stop for the keys and the switch), then the week.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                TimeGroup {
                    id: shortcutGroup
                    objectName: "shortcuts"
                    Layout.fillWidth: true
                    heading: qsTr("Shortcuts")
                    summary: page.shortcutList.filter(item => item.on).map(item => item.name).join(page.listSeparator)
                    focus: true
                    columns: page.arrangement === "column" ? 1 : 2
                    Repeater {
                        model: page.registration.shortcuts
                        delegate: ToggleChoice {
                            required property var modelData
                            objectName: "shortcut_" + modelData.key
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            Layout.columnSpan: 1
                            activeFocusOnTab: shortcutGroup.entered
                            multiple: true
                            text: modelData.name
                            icon: modelData.key === "weekday_mornings" ? "wb_twilight"
                                : modelData.key === "weekday_afternoons" ? "wb_sunny"
                                : modelData.key === "evenings" ? "bedtime" : "weekend"
                            selected: modelData.on
                            onActiveFocusChanged: if (activeFocus) shortcutGroup.entered = true
                            onActivated: page.registration.applyShortcut(modelData.key)
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: page.registration.days
                        // A day a row, one stop for the keys and the switch: select it, then its
                        // morning, afternoon and evening take the focus in turn.
                        delegate: TimeGroup {
                            id: dayGroup
                            required property var modelData
                            // The day, read by the toggles; an empty one while a rebuilt list drops this row.
                            readonly property var day: modelData ? modelData : ({ day: 0, key: "", name: "" })
                            objectName: "day_" + day.key
                            Layout.fillWidth: true
                            heading: day.name
                            headingName: "dayName_" + day.key
                            summary: page.partList.filter(part => page.times.indexOf(day.day + ":" + part.key) >= 0)
                                                  .map(part => part.name).join(page.listSeparator)
                            columns: page.arrangement === "row" ? 4 : page.arrangement === "stacked" ? 3 : 1
                            headingInRow: page.arrangement === "row"
                            headingWidth: page.dayNeed
                            Repeater {
                                model: page.registration.dayParts
                                delegate: ToggleChoice {
                                    required property var modelData
                                    readonly property string cell: dayGroup.day.day + ":" + modelData.key
                                    objectName: "time_" + dayGroup.day.key + "_" + modelData.key
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    activeFocusOnTab: dayGroup.entered
                                    multiple: true
                                    text: modelData.name
                                    icon: page.partIcons ? page.partIcon(modelData.key) : ""
                                    // Said with its day: "Monday, morning".
                                    Accessible.name: qsTr("%1, %2").arg(dayGroup.day.name).arg(modelData.name)
                                    selected: page.times.indexOf(cell) >= 0
                                    onActiveFocusChanged: if (activeFocus) dayGroup.entered = true
                                    onActivated: page.registration.toggleTime(dayGroup.day.day, modelData.key)
                                }
                            }
                        }
                    }
                }
            }
        }

        ColumnLayout {
            id: side
            x: weekAndNext.width - width
            y: page.wide ? 0 : weekAndNext.height - height
            width: weekAndNext.sideWidth
            height: page.wide ? weekAndNext.height : implicitHeight
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: page.wide
                spacing: Theme.mm(1)
                // Words, not only the side bar: the week goes on below the screen.
                MoreBelow {
                    id: moreRow
                    Layout.alignment: page.wide ? Qt.AlignLeft : Qt.AlignHCenter
                    scroller: scroller
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
                id: nextButton
                objectName: "timesNext"
                Layout.fillWidth: true
                text: qsTr("Next")
                icon: "arrow_forward"
                fontSize: Theme.fontTitle
                onActivated: page.next()
            }
        }
    }
}
