// SPDX-License-Identifier: GPL-3.0-or-later
// A 3 x 4 number keypad (1-9, an extra key such as X, 0, delete) and a wide Confirm key: big
// keys for unsteady hands, each one a KioskButton so it is reachable by keys and announced.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Accessibility

FocusScope {
    id: keypad

    /// "X" for ID numbers; empty leaves that place blank.
    property string extraKey: ""
    property bool extraEnabled: true
    property bool confirmEnabled: true
    /// The entry is whole (a page may enable Confirm sooner, to explain a wrong entry, so this
    /// is its own flag); false leaves the focus where it is.
    property bool entryWhole: false
    property string confirmText: qsTr("Confirm")
    /// False: the page shows its own Confirm (named key_confirm) elsewhere, e.g. beside the
    /// number on a wide screen where five rows of keys would not fit.
    property bool confirmShown: true
    /// Key height: the keypad shares the room it is given, never below the touch target size.
    property real keyHeight: Theme.targetSize
    /// The digits' and the confirm key's words; a page with tall keys makes them larger.
    property int keyFontSize: Theme.fontTitle
    property string confirmIcon: "check"
    /// The Confirm key's colours: green to go on; a page whose entry is refused makes it say so.
    property color confirmFill: Theme.success
    property color confirmInk: Theme.onSuccess
    /// The Confirm key, for a page that names it as its primary action (KioskPage.primaryAction).
    readonly property Item confirmButton: confirmKey
    readonly property real keyWidth: (width - 2 * Theme.spacing) / 3

    signal keyPressed(string key)
    signal deleteRequested
    signal confirmRequested
    /// The entry became whole while a key of this keypad had the focus; a page whose Confirm
    /// is elsewhere (confirmShown false) moves the focus there.
    signal entryCompleted

    // A whole entry takes the focus from the key just pressed to Confirm: Return presses the
    // focused key, so left on a digit it would type again instead of going on.
    onEntryWholeChanged: {
        if (!entryWhole || !activeFocus)
            return;
        if (confirmShown)
            confirmKey.forceActiveFocus();
        entryCompleted();
    }

    /// Moves the focus to the key named `key` ("delete", "1" ...): where a refused entry is mended.
    function focusKey(key) {
        for (let i = 0; i < keyRepeater.count; ++i) {
            const item = keyRepeater.itemAt(i);
            if (item && item.modelData === key)
                item.forceActiveFocus();
        }
    }

    implicitWidth: 3 * Theme.targetSize + 2 * Theme.spacing
    implicitHeight: keys.implicitHeight

    Column {
        id: keys
        width: keypad.width
        spacing: Theme.spacing

        Grid {
            columns: 3
            spacing: Theme.spacing
            Repeater {
                id: keyRepeater
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "extra", "0", "delete"]
                delegate: KioskButton {
                    required property string modelData
                    required property int index
                    objectName: "key_" + modelData
                    width: keypad.keyWidth
                    height: Math.max(keypad.keyHeight, implicitHeight)
                    focus: index === 0
                    // The extra key keeps its place when unused, so the keys never move; a key
                    // not usable yet (X before the 18th character) shows KioskButton's dashes.
                    opacity: modelData === "extra" && keypad.extraKey.length === 0 ? 0 : 1
                    enabled: modelData !== "extra" || (keypad.extraKey.length > 0 && keypad.extraEnabled)
                    text: modelData === "extra" ? keypad.extraKey : modelData === "delete" ? qsTr("Delete") : modelData
                    icon: modelData === "delete" ? "backspace" : ""
                    fontSize: modelData === "delete" ? Theme.fontBody : keypad.keyFontSize
                    fill: modelData === "delete" ? Theme.surface : Theme.primary
                    ink: modelData === "delete" ? Theme.onSurface : Theme.onPrimary
                    Accessible.ignored: opacity === 0
                    onActivated: {
                        if (modelData === "delete")
                            keypad.deleteRequested();
                        else if (enabled)
                            keypad.keyPressed(modelData === "extra" ? keypad.extraKey : modelData);
                    }
                }
            }
        }
        KioskButton {
            id: confirmKey
            objectName: keypad.confirmShown ? "key_confirm" : ""
            visible: keypad.confirmShown
            width: keypad.width
            height: Math.max(keypad.keyHeight, implicitHeight)
            text: keypad.confirmText
            icon: keypad.confirmIcon
            fontSize: keypad.keyFontSize === Theme.fontTitle ? Theme.fontBody : Theme.fontTitle
            enabled: keypad.confirmEnabled
            fill: keypad.confirmFill
            ink: keypad.confirmInk
            onActivated: if (enabled) keypad.confirmRequested()
        }
    }
}
