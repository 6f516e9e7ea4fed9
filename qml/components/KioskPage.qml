// SPDX-License-Identifier: GPL-3.0-or-later
// The frame of every content page: a large title, the one thing to do, then the page's own
// content. The title and instruction are what the kiosk speaks on arrival.
import QtQuick
import Kiosk.Accessibility

FocusScope {
    id: page

    property string title
    property string instruction
    property bool backEnabled: true
    /// The page's one primary action (its Next, Send, Done ...), which must stay on screen at
    /// every text size; null on a page of equal choices (home, a list of tiles).
    property Item primaryAction: null
    /// What the Help overlay says about this page beyond its instruction: how its controls work
    /// and what to expect. Empty: the overlay shows the instruction and the general ways to operate.
    property string helpWords
    default property alias content: body.data

    Accessible.role: Accessible.Pane
    Accessible.name: title
    Accessible.description: instruction

    /// Speaks the title and the one thing to do whenever the page comes into view: when it is
    /// loaded on screen, when the session starts with it, when the screen returns from a
    /// dialog or the language changes (VisitorSettings.language).
    function announce() {
        if (page.visible && page.title.length > 0) {
            Announcer.pageArrived(page.title, page.instruction);
            page.announced();
        }
    }
    /// After the title and instruction were said: what the window adds is said after them.
    signal announced()
    onVisibleChanged: announce()
    Component.onCompleted: announce()
    Connections {
        target: VisitorSettings
        // After the catalogue switched, so the new words are read in the new voice.
        function onLanguageChanged() { afterLanguageSwitch.restart() }
    }
    // Runs once the event loop has turned, when the retranslated words are in place.
    Timer {
        id: afterLanguageSwitch
        interval: 0
        onTriggered: page.announce()
    }

    Column {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: Theme.spacing * 2
        spacing: Theme.mm(1.5)
        Text {
            objectName: "pageTitle"
            width: parent.width
            text: page.title
            color: Theme.onBackground
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            width: parent.width
            text: page.instruction
            visible: text.length > 0
            color: Theme.onBackground
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    // Low reach (VisitorSettings.lowReach) on a portrait screen: the page's controls start half
    // way down the window, within reach from a wheelchair (ADA 308: 1220 mm at most); the title
    // and instruction, which are only read, stay on top.
    readonly property bool lowReach: VisitorSettings.lowReach && Window.height > Window.width
    readonly property real sceneTop: {
        page.y; page.height; Window.height; // re-evaluated when the layout moves the page
        return page.mapToItem(null, 0, 0).y;
    }
    readonly property real reachLine: lowReach ? Window.height / 2 - sceneTop : 0
    /// The height the page's content needs (a layout's natural height; 0 for content that
    /// scrolls). Low reach never pushes content below the screen: a page whose content does not
    /// fit in the lower half keeps it as low as it fits (make such content scroll instead).
    readonly property real contentNeed: {
        let need = 0;
        for (let i = 0; i < body.children.length; ++i)
            need = Math.max(need, body.children[i].implicitHeight || 0);
        return need;
    }

    Item {
        id: body
        objectName: "pageBody"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.margins: Theme.spacing * 2
        anchors.topMargin: Math.max(Theme.spacing * 2,
                                    Math.min(page.reachLine - header.y - header.height,
                                             page.height - header.y - header.height - Theme.spacing * 2 - page.contentNeed))
    }
}
