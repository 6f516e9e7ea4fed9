// SPDX-License-Identifier: GPL-3.0-or-later
// A volunteer's hours: the total (the central office's count plus this kiosk's check-outs not
// yet sent, which are marked), station duty waiting for a coordinator, the star level and what
// the next star needs, the recent periods served here with their state in words and pictogram,
// and where to get a certificate of service hours. Spoken, hours as words.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property VolunteerHoursView hours: Visit.volunteers.hours

    title: Pages.titles["volunteer-hours"]
    instruction: hours.loaded ? "" : qsTr("Please show who you are at the volunteers' page first.")

    Component.onCompleted: {
        Visit.volunteers.reload();
        if (hours.loaded)
            Voice.say(hours.speech);
    }

    function stateIcon(state) {
        switch (state) {
        case "counted": return "check_circle";
        case "notYetSent": return "cloud_upload";
        case "waiting": return "hourglass_top";
        case "refused": return "block";
        case "notCounted": return "report";
        }
        return "info";
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        visible: page.hours.loaded

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: totals.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(2, Theme.mm(0.5))
                border.color: Theme.border
                ColumnLayout {
                    id: totals
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.mm(1.5)
                    Text {
                        objectName: "hoursTotal"
                        Layout.fillWidth: true
                        text: qsTr("Total: %1").arg(page.hours.total)
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Text {
                        objectName: "hoursNotYetSent"
                        Layout.fillWidth: true
                        visible: page.hours.notYetSent.length > 0
                        text: qsTr("Of that, %1 not yet sent to the central office (it is sent by itself).").arg(page.hours.notYetSent)
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "hoursWaiting"
                        Layout.fillWidth: true
                        visible: page.hours.waitingForApproval.length > 0
                        text: qsTr("Not in the total yet: %1 of station duty, waiting for a coordinator.").arg(page.hours.waitingForApproval)
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Row {
                        spacing: Theme.mm(1)
                        // The level's words just below say it.
                        Accessible.ignored: true
                        Repeater {
                            model: 5
                            delegate: Icon {
                                required property int index
                                name: index < page.hours.stars ? "star" : "star_border"
                                size: Theme.fontTitle * 1.3
                                color: Theme.onSurface
                            }
                        }
                    }
                    Text {
                        objectName: "hoursLevel"
                        Layout.fillWidth: true
                        text: page.hours.level + (page.hours.toNextStar.length > 0
                                                  ? " · " + qsTr("%1 more to become a %2").arg(page.hours.toNextStar).arg(page.hours.nextLevel)
                                                  : " · " + qsTr("the highest star level"))
                        color: Theme.onSurface
                        font.pixelSize: Theme.fontTitle
                        wrapMode: Text.Wrap
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                text: page.hours.periods.length > 0 ? qsTr("Recent service here") : qsTr("No service at this station yet.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: page.hours.periods
                delegate: Rectangle {
                    id: period
                    required property var modelData
                    required property int index
                    objectName: "period_" + index
                    Layout.fillWidth: true
                    implicitHeight: periodRow.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(1, Theme.mm(0.3))
                    border.color: Theme.border
                    activeFocusOnTab: true
                    Accessible.role: Accessible.ListItem
                    Accessible.name: period.modelData.when + ", " + period.modelData.what + ": "
                                     + (period.modelData.hours.length > 0 ? period.modelData.hours + ", " : "")
                                     + period.modelData.stateText
                    onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "listitem")
                    FocusRing {}
                    Row {
                        id: periodRow
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing
                        Icon {
                            id: periodIcon
                            name: page.stateIcon(period.modelData.state)
                            size: Theme.fontTitle * 1.3
                            color: Theme.onSurface
                        }
                        Column {
                            width: parent.width - periodIcon.width - parent.spacing
                            spacing: Theme.mm(1)
                            Text {
                                width: parent.width
                                text: period.modelData.when + (period.modelData.hours.length > 0 ? "  ·  " + period.modelData.hours : "")
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                text: period.modelData.what
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                text: period.modelData.stateText + (period.modelData.reason.length > 0 ? ": " + period.modelData.reason : "")
                                color: Theme.onSurface
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
            Text {
                objectName: "certificateHint"
                Layout.fillWidth: true
                text: qsTr("For a certificate of your service hours (志愿服务记录证明), ask the station staff: they print it from the central record.")
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
