// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor's settings on one screen (from the top bar's Settings): text size and colours as
// named choices, each with a preview of itself; speech on or off; the speed and the volume of
// the speech in named steps, each change said as a sample at the new speed or volume; back to
// the station's settings; Done returns to the page the visitor came from. The choices last for
// this visit: the session's end puts everything back (VisitorSettings, Announcer::reset).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    title: Pages.titles["settings"]
    primaryAction: doneButton
    instruction: qsTr("Choose how the kiosk looks and speaks. Your choices last until you finish.")

    readonly property var sizeNames: [qsTr("Standard"), qsTr("Large"), qsTr("Larger"), qsTr("Largest")]
    readonly property var themeNames: ({
        "standard": qsTr("Standard colours"),
        "white-on-black": qsTr("White on black"),
        "yellow-on-black": qsTr("Yellow on black"),
        "black-on-white": qsTr("Black on white")
    })
    readonly property var rateNames: [qsTr("Very slow"), qsTr("Slow"), qsTr("A little slow"), qsTr("Normal"),
                                      qsTr("A little fast"), qsTr("Fast"), qsTr("Very fast")]
    readonly property var volumeNames: [qsTr("Very quiet"), qsTr("Quiet"), qsTr("Medium"), qsTr("Loud"), qsTr("Loudest")]
    /// Choices side by side where each has room for its longest name and its preview.
    readonly property int choiceColumns: {
        const fit = Math.floor(scroller.columnWidth / (Theme.fontBody * 12));
        return fit >= 4 ? 4 : fit >= 2 ? 2 : 1;
    }

    // The sample is spoken after the step has changed, so it is heard at the new speed or volume.
    function setRate(step) {
        SpeechSettings.rateStep = step;
        Announcer.sayNow(qsTr("%1. This is how fast I speak now.").arg(rateNames[SpeechSettings.rateStep]));
    }
    function setVolume(step) {
        SpeechSettings.volumeStep = step;
        Announcer.sayNow(qsTr("%1. This is how loud I speak now.").arg(volumeNames[SpeechSettings.volumeStep]));
    }
    function toggleSpeech() {
        // Said while speech can still be heard: "off" before it goes, "on" after it came.
        if (VisitorSettings.speechOn)
            Announcer.sayPhrase("speechOff");
        VisitorSettings.speechOn = !VisitorSettings.speechOn;
        if (VisitorSettings.speechOn)
            Announcer.sayPhrase("speechOn");
    }
    function restore() {
        VisitorSettings.restoreStationSettings();
        SpeechSettings.restoreStationSettings();
        Announcer.sayNow(qsTr("The station's settings are back."));
    }

    component Heading: Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        color: Theme.onBackground
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollColumn {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            Heading {
                text: qsTr("Text size")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.choiceColumns
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: VisitorSettings.textSizeStepCount
                    delegate: ToggleChoice {
                        id: sizeChoice
                        required property int index
                        objectName: "textSize_" + index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: page.sizeNames[index]
                        detail: Math.round(Theme.scaleForStep(index) * 100) + "%"
                        selected: VisitorSettings.textSizeStep === index
                        onActivated: VisitorSettings.textSizeStep = index
                        // The keypad starts on the size in use: the first setting, as it is now.
                        Component.onCompleted: if (index === VisitorSettings.textSizeStep) focus = true

                        // The words at this size, whatever size the screen is at now.
                        Text {
                            text: "字 Aa"
                            color: sizeChoice.ink
                            font.pixelSize: Math.round(Theme.fontBody / Theme.textScale * Theme.scaleForStep(sizeChoice.index))
                            font.bold: true
                            Accessible.ignored: true
                        }
                    }
                }
            }

            Heading {
                text: qsTr("Colours")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.choiceColumns
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: Theme.names
                    delegate: ToggleChoice {
                        id: themeChoice
                        required property string modelData
                        readonly property var colours: Theme.paletteFor(modelData)
                        objectName: "theme_" + modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: page.themeNames[modelData] || modelData
                        selected: VisitorSettings.theme === modelData
                        onActivated: VisitorSettings.theme = modelData

                        // A piece of a screen in these colours: words and a button.
                        Rectangle {
                            implicitWidth: swatch.implicitWidth + 2 * Theme.mm(2)
                            implicitHeight: swatch.implicitHeight + 2 * Theme.mm(1.5)
                            width: implicitWidth
                            height: implicitHeight
                            radius: Theme.mm(1)
                            color: themeChoice.colours.background
                            border.color: themeChoice.colours.border
                            border.width: Math.max(2, Theme.mm(0.4))
                            Row {
                                id: swatch
                                anchors.centerIn: parent
                                spacing: Theme.mm(2)
                                Text {
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: "字 Aa"
                                    color: themeChoice.colours.onBackground
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    Accessible.ignored: true
                                }
                                Rectangle {
                                    implicitWidth: pill.implicitWidth + 2 * Theme.mm(2)
                                    implicitHeight: pill.implicitHeight + Theme.mm(1)
                                    radius: Theme.mm(1)
                                    color: themeChoice.colours.primary
                                    Icon {
                                        id: pill
                                        anchors.centerIn: parent
                                        name: "check"
                                        size: Theme.fontSmall
                                        color: themeChoice.colours.onPrimary
                                    }
                                }
                            }
                        }
                    }
                }
            }

            Heading {
                text: qsTr("Speech")
            }
            ToggleChoice {
                objectName: "speechChoice"
                Layout.fillWidth: true
                multiple: true
                icon: VisitorSettings.speechOn ? "volume_up" : "volume_off"
                text: qsTr("Read the screens aloud")
                detail: VisitorSettings.speechOn ? qsTr("On: the kiosk speaks every screen.")
                                                 : qsTr("Off: the kiosk is silent. Turn it on to set the speed and the volume.")
                selected: VisitorSettings.speechOn
                onActivated: page.toggleSpeech()
            }
            SpeechStepper {
                Layout.fillWidth: true
                key: "rate"
                enabled: VisitorSettings.speechOn
                label: qsTr("Speed")
                stepNames: page.rateNames
                step: SpeechSettings.rateStep
                markedStep: SpeechSettings.normalRateStep
                markedWord: qsTr("normal")
                lowerText: qsTr("Slower")
                lowerIcon: "remove"
                higherText: qsTr("Faster")
                higherIcon: "add"
                onStepRequested: wanted => page.setRate(wanted)
            }
            SpeechStepper {
                Layout.fillWidth: true
                key: "volume"
                enabled: VisitorSettings.speechOn
                label: qsTr("Volume")
                stepNames: page.volumeNames
                step: SpeechSettings.volumeStep
                lowerText: qsTr("Quieter")
                lowerIcon: "volume_down"
                higherText: qsTr("Louder")
                higherIcon: "volume_up"
                onStepRequested: wanted => page.setVolume(wanted)
            }

            KioskButton {
                objectName: "restoreButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Back to the station's settings")
                icon: "restart_alt"
                fill: Theme.surface
                ink: Theme.onSurface
                description: qsTr("Text size, colours and speech as the station has them")
                onActivated: page.restore()
            }
        }

        MoreBelow {
            scroller: scroller
            Layout.alignment: Qt.AlignHCenter
        }

        KioskButton {
            id: doneButton
            objectName: "doneButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, Math.max(implicitWidth, Theme.mm(80)))
            text: qsTr("Done")
            icon: "done"
            fontSize: Theme.fontTitle
            onActivated: Navigator.back()
        }
    }
}
