// SPDX-License-Identifier: GPL-3.0-or-later
// The top bar of every screen: the station, the time, and the visitor's own controls
// (language, text size, settings, speech, help). Each control has a place of its own, fixed by
// the window's size alone: a change of text size or language never moves a button from under a
// finger that learned where it is. The words wrap inside their button and, when they still do
// not fit, shrink (never below 4.8 mm capitals).
import QtQuick
import Kiosk.Accessibility
import Kiosk.App

Rectangle {
    id: bar

    signal helpRequested

    /// Portrait: the station and the time above, the five buttons in a row below; landscape:
    /// all on one row.
    readonly property bool portrait: Window.height > Window.width
    readonly property int margin: Theme.spacing
    readonly property int slotCount: 5
    readonly property real slotHeight: Theme.mm(24)
    readonly property real slotWidth: portrait ? (width - 2 * margin - (slotCount - 1) * Theme.spacing) / slotCount
                                               : Math.min(Theme.mm(58), (width - 2 * margin) * 0.62 / slotCount)
    readonly property real identityHeight: portrait ? Theme.mm(16) : slotHeight
    readonly property real slotsTop: portrait ? margin + identityHeight + Theme.spacing : margin
    readonly property real slotsLeft: width - margin - slotCount * slotWidth - (slotCount - 1) * Theme.spacing

    function slotX(index) {
        return slotsLeft + index * (slotWidth + Theme.spacing);
    }

    color: Theme.surface
    implicitHeight: slotsTop + slotHeight + margin
    border.width: Math.max(1, Theme.mm(0.3))
    border.color: Theme.border

    Column {
        id: identity
        x: bar.margin
        y: bar.margin
        width: (bar.portrait ? bar.width - 2 * bar.margin : bar.slotsLeft - 2 * bar.margin)
        height: bar.identityHeight
        Text {
            width: parent.width
            height: parent.height / 2
            text: VisitorSettings.language === "en" ? StationInfo.nameEn : StationInfo.nameZh
            color: Theme.onSurface
            font.pixelSize: Theme.fontSmall
            font.bold: true
            // A fixed place: long names or large text shrink here rather than push the buttons.
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontLeast
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            id: clock
            width: parent.width
            height: parent.height / 2
            // The locale and the format are each language's own, from its catalogue.
            text: now.toLocaleString(Qt.locale(qsTr("en_GB", "locale of the clock")),
                                     qsTr("ddd d MMM  HH:mm", "clock format, as Qt.formatDateTime reads it"))
            color: Theme.onSurface
            font.pixelSize: Theme.fontSmall
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontLeast
            verticalAlignment: Text.AlignVCenter
            property date now: new Date()
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Timer {
                interval: 15000
                running: true
                repeat: true
                onTriggered: clock.now = new Date()
            }
        }
    }

    KioskButton {
        objectName: "languageButton"
        x: bar.slotX(0); y: bar.slotsTop; width: bar.slotWidth; height: bar.slotHeight
        fitWords: true
        iconSize: Theme.mm(8)
        // The button names the language it switches TO, in that language.
        text: Announcer.phraseIn("languageName", VisitorSettings.language === "en" ? "zh" : "en")
        icon: "translate"
        fontSize: Theme.fontSmall
        description: qsTr("Change the language")
        onActivated: VisitorSettings.toggleLanguage()
    }
    KioskButton {
        objectName: "textSizeButton"
        x: bar.slotX(1); y: bar.slotsTop; width: bar.slotWidth; height: bar.slotHeight
        fitWords: true
        iconSize: Theme.mm(8)
        text: qsTr("Text size %1%").arg(Math.round(Theme.textScale * 100))
        icon: "format_size"
        fontSize: Theme.fontSmall
        onActivated: VisitorSettings.nextTextSize()
    }
    // Colours (named, with a preview), speech rate and volume are on the settings screen;
    // the text size stays here too, so a visitor who cannot read the screen yet enlarges it
    // with one touch.
    KioskButton {
        objectName: "settingsButton"
        x: bar.slotX(2); y: bar.slotsTop; width: bar.slotWidth; height: bar.slotHeight
        fitWords: true
        iconSize: Theme.mm(8)
        text: qsTr("Settings")
        icon: "settings"
        fontSize: Theme.fontSmall
        description: qsTr("Text size, colours, speech speed and volume")
        onActivated: Navigator.open("settings")
    }
    KioskButton {
        objectName: "speechButton"
        x: bar.slotX(3); y: bar.slotsTop; width: bar.slotWidth; height: bar.slotHeight
        fitWords: true
        iconSize: Theme.mm(8)
        text: VisitorSettings.speechOn ? qsTr("Speech on") : qsTr("Speech off")
        icon: VisitorSettings.speechOn ? "volume_up" : "volume_off"
        fontSize: Theme.fontSmall
        onActivated: {
            // Said while speech can still be heard: "off" before it goes, "on" after it came.
            if (VisitorSettings.speechOn)
                Announcer.sayPhrase("speechOff");
            VisitorSettings.speechOn = !VisitorSettings.speechOn;
            if (VisitorSettings.speechOn)
                Announcer.sayPhrase("speechOn");
        }
    }
    KioskButton {
        objectName: "helpButton"
        x: bar.slotX(4); y: bar.slotsTop; width: bar.slotWidth; height: bar.slotHeight
        fitWords: true
        iconSize: Theme.mm(8)
        text: qsTr("Help")
        icon: "help"
        fontSize: Theme.fontSmall
        // The window opens the Help overlay, which shows and says the help.
        onActivated: bar.helpRequested()
    }
}
