// SPDX-License-Identifier: GPL-3.0-or-later
// The phone number for a home assessment or fee waiver request, typed on the keypad (PhoneEntry);
// the review step that follows shows it grouped before anything is sent.
import QtQuick
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    /// This visit's request, which the review and confirmation pages show afterwards.
    readonly property AssessmentRequest request: Visit.assessment

    title: page.request.kind === "fee_waiver" ? qsTr("Ask not to pay the assessment fee")
                                         : qsTr("Ask for an assessment at home")
    primaryAction: entry.nextControl
    instruction: qsTr("Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange it. Then touch Next.")

    function type(key) {
        if (page.request.append(key))
            Voice.sayTyped(key, true);
    }
    function next() {
        if (page.request.phoneComplete)
            Navigator.open("phone-review");
        else
            Voice.say(page.request.problemText);
    }

    PhoneEntry {
        id: entry
        anchors.fill: parent
        focus: true
        digits: page.request.phone
        grouped: page.request.groupedPhone
        complete: page.request.phoneComplete
        problem: page.request.problemText
        errorText: page.request.errorText
        onDigitTyped: key => page.type(key)
        onDeleteRequested: page.request.removeLast()
        onNextRequested: page.next()
    }
}
