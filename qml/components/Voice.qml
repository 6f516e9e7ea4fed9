// SPDX-License-Identifier: GPL-3.0-or-later
// The flows' one way to speak: results, errors, personal details and codes go to the
// Announcer (Kiosk.Accessibility). Kept in one place so every page speaks the same way, and
// so the pages still run where the Announcer is not built in (it is then silent).
pragma Singleton
import QtQuick
import Kiosk.Accessibility

QtObject {
    readonly property bool ready: typeof Announcer !== "undefined"

    function say(text) {
        if (ready && text)
            Announcer.say(text);
    }
    /// Personal details: said aloud only where the visitor chose it or uses headphones;
    /// otherwise `publicText` ("your details are on the screen").
    function sayPrivate(text, publicText) {
        if (ready && text)
            Announcer.sayPrivate(text, publicText || "");
    }
    /// A code, character by character, named as the page names it (default "Confirmation code").
    function sayCode(code, intro) {
        if (ready && code)
            Announcer.sayCode(code, intro || "");
    }
    /// One key typed on a keypad: on the public speaker "digit entered", never the digit.
    function sayTyped(key, personal) {
        if (ready && typeof Announcer.sayTyped === "function")
            Announcer.sayTyped(key, personal);
    }
    /// Staff screens are never spoken through the visitor's speech.
    function setStaffMode(on) {
        if (ready)
            Announcer.staffMode = on;
    }
}
