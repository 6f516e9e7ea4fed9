// SPDX-License-Identifier: GPL-3.0-or-later
// A setting of a few steps (the speech's speed, its volume): its name and the chosen step's
// name, a scale of the steps with the chosen one filled and the usual one marked, and two
// large buttons, one step down and one step up. Two stops for the keypad and the switch, not
// one per step; a touch on the scale chooses a step at once.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility

ColumnLayout {
    id: stepper

    property string label
    /// One name per step, lowest first ("Very slow" ... "Very fast").
    property var stepNames: []
    property int step: 0
    /// The step marked as the usual one (normal speed); -1: none.
    property int markedStep: -1
    property string markedWord
    property string lowerText
    property string lowerIcon
    property string higherText
    property string higherIcon
    /// Prefix of the buttons' objectNames: KEYLower, KEYHigher (not `name`, which reads as a
    /// pictogram name to the icon check).
    property string key

    /// The visitor asked for `step` (already within the steps).
    signal stepRequested(int wanted)

    readonly property int stepCount: stepNames.length
    readonly property string stepName: stepNames[Math.max(0, Math.min(step, stepCount - 1))] || ""

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: stepper.label + ": " + stepper.stepName
        color: Theme.onBackground
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // The steps, growing from left to right; the chosen one and those below it filled, the
    // chosen one's border heavier; the usual step's word under it, so "normal" is found without
    // counting. A touch on a step chooses it.
    Item {
        id: steps
        Layout.fillWidth: true
        implicitHeight: barHeight + (markWord.visible ? markWord.implicitHeight + Theme.mm(1) : 0)
        readonly property real barHeight: Theme.mm(12)
        readonly property real gap: Theme.mm(1.5)
        readonly property real segmentWidth: (width - gap * (stepper.stepCount - 1)) / Math.max(1, stepper.stepCount)
        Accessible.ignored: true

        Repeater {
            model: stepper.stepCount
            delegate: Rectangle {
                id: segment
                required property int index
                objectName: stepper.key + "Step" + index
                x: index * (steps.segmentWidth + steps.gap)
                y: steps.barHeight - height
                width: steps.segmentWidth
                height: Theme.mm(4) + Theme.mm(8) * (index + 1) / stepper.stepCount
                radius: Theme.mm(1)
                color: index <= stepper.step ? Theme.primary : Theme.surface
                border.color: Theme.border
                border.width: index === stepper.step ? Math.max(4, Theme.mm(1)) : Math.max(2, Theme.mm(0.4))
                MouseArea {
                    x: 0
                    y: -(steps.barHeight - segment.height)
                    width: parent.width
                    height: steps.barHeight
                    onClicked: stepper.stepRequested(segment.index)
                }
            }
        }
        Text {
            id: markWord
            visible: stepper.markedStep >= 0 && stepper.markedWord.length > 0
            y: steps.barHeight + Theme.mm(1)
            x: Math.max(0, Math.min(steps.width - width,
                                    stepper.markedStep * (steps.segmentWidth + steps.gap) + steps.segmentWidth / 2 - width / 2))
            text: "▲ " + stepper.markedWord
            color: Theme.onBackground
            font.pixelSize: Theme.fontSmall
            Accessible.ignored: true
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        KioskButton {
            objectName: stepper.key + "Lower"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: stepper.lowerText
            icon: stepper.lowerIcon
            description: stepper.label + ": " + stepper.stepName
            onActivated: stepper.stepRequested(Math.max(0, stepper.step - 1))
        }
        KioskButton {
            objectName: stepper.key + "Higher"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: stepper.higherText
            icon: stepper.higherIcon
            description: stepper.label + ": " + stepper.stepName
            onActivated: stepper.stepRequested(Math.min(stepper.stepCount - 1, stepper.step + 1))
        }
    }
}
