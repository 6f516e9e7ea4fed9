// SPDX-License-Identifier: GPL-3.0-or-later
// The top bar of every screen: the station, the time, and the visitor's own controls
// (language, text size, settings, speech, help). It wraps onto more rows at large text sizes
// rather than cutting anything off.
import QtQuick
import Kiosk.Accessibility
import Kiosk.App

Rectangle {
    id: bar

    signal helpRequested

    color: Theme.surface
    implicitHeight: rows.implicitHeight + 2 * Theme.spacing
    border.width: Math.max(1, Theme.mm(0.3))
    border.color: Theme.border

    Flow {
        id: rows
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Column {
            id: identity
            width: Math.min(implicitWidth, rows.width)
            Text {
                width: Math.min(implicitWidth, rows.width)
                text: VisitorSettings.language === "en" ? StationInfo.nameEn : StationInfo.nameZh
                color: Theme.onSurface
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                id: clock
                // The locale and the format are each language's own, from its catalogue.
                text: now.toLocaleString(Qt.locale(qsTr("en_GB", "locale of the clock")),
                                         qsTr("ddd d MMM  HH:mm", "clock format, as Qt.formatDateTime reads it"))
                color: Theme.onSurface
                font.pixelSize: Theme.fontSmall
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
            // The button names the language it switches TO, in that language.
            text: Announcer.phraseIn("languageName", VisitorSettings.language === "en" ? "zh" : "en")
            icon: "translate"
            fontSize: Theme.fontSmall
            description: qsTr("Change the language")
            onActivated: VisitorSettings.toggleLanguage()
        }
        KioskButton {
            objectName: "textSizeButton"
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
            text: qsTr("Settings")
            icon: "settings"
            fontSize: Theme.fontSmall
            description: qsTr("Text size, colours, speech speed and volume")
            onActivated: Navigator.open("settings")
        }
        KioskButton {
            objectName: "speechButton"
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
            text: qsTr("Help")
            icon: "help"
            fontSize: Theme.fontSmall
            onActivated: {
                Announcer.help();
                bar.helpRequested();
            }
        }
    }
}
