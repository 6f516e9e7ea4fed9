// SPDX-License-Identifier: GPL-3.0-or-later
// Help in words on the screen, not only in sound (a deaf visitor gets it too): the page's title,
// its one thing to do and its own help, then how to work the kiosk by touch, by keypad and by
// switch, and a way to a person. It says what it shows, in the same words and language.
//
// A dialog (Accessible.Dialog): while it is open the keypad and the switches stay inside it
// (FocusChain); Close, Back/Escape and Help again close it, and the focus goes back where it was.
// Every part is a stop of the keypad, so a visitor who cannot touch moves down through the words
// and the column scrolls them into view; "More below" says when there is more.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk.Accessibility
import Kiosk.App

Rectangle {
    id: overlay

    /// The page on screen, whose words the overlay shows (null on the attract screen).
    property KioskPage page: null
    property bool open: false
    /// Where the visitor was when Help was pressed: the focus goes back there on closing.
    property Item returnFocusTo: null
    /// The first focus on opening is not announced: the whole help is being said.

    signal callStaffRequested

    /// Everything the overlay shows, in order: what is spoken.
    readonly property string spokenText: {
        const parts = [helpTitle.text, pageSection.heading, pageSection.body];
        for (const section of [touchSection, keypadSection, switchSection, personSection])
            parts.push(section.heading, section.body);
        return parts.filter(part => part.length > 0).join("\n");
    }

    function show() {
        if (open)
            return;
        returnFocusTo = Window.activeFocusItem;
        open = true;
        scroll.contentY = 0;
        // sayHelp drops the focus announcement this starts, so the help is heard whole.
        pageSection.forceActiveFocus();
        Announcer.sayHelp(spokenText);
    }
    /// Closes; `restoreFocus` false when the visitor goes elsewhere (Call staff, a new page).
    function close(restoreFocus) {
        if (!open)
            return;
        open = false;
        const back = returnFocusTo;
        returnFocusTo = null;
        if (restoreFocus && back && back.visible)
            back.forceActiveFocus();
        else if (restoreFocus && page)
            page.forceActiveFocus();
    }

    visible: open
    color: Qt.rgba(0, 0, 0, 0.6)
    Accessible.role: Accessible.Dialog
    Accessible.name: helpTitle.text

    // A new page or the end of the visit closes it: its words were about the page that went.
    Connections {
        target: Navigator
        function onHistoryChanged() { overlay.close(false) }
    }
    Connections {
        target: Session
        function onStateChanged() {
            if (Session.state === Session.Attract)
                overlay.close(false);
        }
    }

    MouseArea {
        anchors.fill: parent
        // Swallows touches meant for the page underneath.
    }

    // One part of the help: a heading and its words, reached by the keypad, read on Return.
    component Section: Rectangle {
        id: section

        property string heading
        property string body

        signal activated

        Layout.fillWidth: true
        visible: heading.length > 0 || body.length > 0
        implicitHeight: words.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: "transparent"
        border.width: Math.max(1, Theme.mm(0.3))
        border.color: Theme.border
        activeFocusOnTab: true

        // One item of the list of help parts the keypad steps through (it reads itself on Return).
        Accessible.role: Accessible.ListItem
        Accessible.name: heading.length > 0 ? heading + "\n" + body : body
        Accessible.focusable: true
        Accessible.onPressAction: activated()
        Keys.onReturnPressed: activated()
        Keys.onEnterPressed: activated()
        Keys.onSpacePressed: activated()
        onActivated: Announcer.sayNow(Accessible.name)
        onActiveFocusChanged: if (activeFocus) Announcer.focused(Accessible.name, "")

        Column {
            id: words
            x: Theme.spacing
            y: Theme.spacing
            width: section.width - 2 * Theme.spacing
            spacing: Theme.mm(1.5)
            Text {
                width: parent.width
                visible: text.length > 0
                text: section.heading
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Text {
                width: parent.width
                visible: text.length > 0
                text: section.body
                color: Theme.onBackground
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }
        FocusRing {}
    }

    Rectangle {
        id: panel
        objectName: "helpPanel"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        radius: Theme.radius
        color: Theme.background
        border.width: Math.max(2, Theme.mm(0.8))
        border.color: Theme.border

        Row {
            id: header
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing * 2 }
            spacing: Theme.spacing
            Icon {
                name: "help"
                size: Theme.fontTitle * 1.3
                color: Theme.onBackground
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                id: helpTitle
                objectName: "helpHeading"
                width: header.width - Theme.fontTitle * 1.3 - header.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Help")
                color: Theme.onBackground
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }

        ScrollColumn {
            id: scroll
            objectName: "helpScroll"
            anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: more.top }
            anchors.leftMargin: Theme.spacing * 2
            anchors.rightMargin: Theme.spacing
            anchors.topMargin: Theme.spacing
            spacing: Theme.spacing

            Section {
                id: pageSection
                objectName: "helpThisPage"
                heading: overlay.page ? overlay.page.title : ""
                body: {
                    if (!overlay.page)
                        return "";
                    const instruction = overlay.page.instruction;
                    const own = overlay.page.helpWords;
                    return instruction.length > 0 && own.length > 0 ? instruction + "\n" + own : instruction + own;
                }
            }
            Section {
                id: touchSection
                objectName: "helpTouch"
                heading: qsTr("By touch")
                body: qsTr("Touch a button or a picture to choose it. Back, Home and Call staff are always at the bottom of the screen. Language, text size, settings, speech and Help are at the top.")
            }
            Section {
                id: keypadSection
                objectName: "helpKeypad"
                heading: qsTr("With the keypad")
                body: qsTr("Arrow keys: move up, down, left or right. The thick frame shows where you are.") + "\n"
                      + qsTr("Round select key or Enter: choose.") + "\n"
                      + qsTr("Page Up: back. Page Down: next. Home key: the start page.") + "\n"
                      + qsTr("F1: help, and again to close it. F2: say it again. F3: language. F4: speech on or off.") + "\n"
                      + qsTr("F5 and F6: quieter, louder. F7 and F8: slower, faster.") + "\n"
                      + qsTr("F9: headphones. F10: touch to hear first. F11: screen off, speech only, and back on. F12: controls lower down.")
            }
            Section {
                id: switchSection
                objectName: "helpSwitch"
                heading: qsTr("With a switch")
                body: qsTr("Press switch 1 once: the frame moves from button to button by itself. Press it again to choose. With two switches: switch 1 moves, switch 2 chooses.")
            }
            Section {
                id: personSection
                objectName: "helpPerson"
                heading: qsTr("A person can help")
                body: qsTr("Touch Call staff below to ask the station's staff for help.")
            }
        }

        MoreBelow {
            id: more
            scroller: scroll
            anchors { left: parent.left; bottom: buttons.top; margins: Theme.spacing * 2 }
            anchors.bottomMargin: Theme.spacing
        }

        GridLayout {
            id: buttons
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.spacing * 2 }
            columns: 2
            columnSpacing: Theme.spacing * 2

            KioskButton {
                objectName: "helpCallStaffButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Call staff")
                icon: "support_agent"
                fill: Theme.bands[4]
                ink: Theme.onBand
                onActivated: {
                    overlay.close(false);
                    overlay.callStaffRequested();
                }
            }
            KioskButton {
                objectName: "helpCloseButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Close")
                icon: "close"
                onActivated: overlay.close(true)
            }
        }
    }
}
