// SPDX-License-Identifier: GPL-3.0-or-later
// The phone number staff call about a certificate application, typed on the keypad
// (PhoneEntry). Next with a number that is not whole says what is wrong, on screen and aloud;
// the review that follows shows it grouped before anything is sent.
import QtQuick
import Kiosk.Accessibility
import Kiosk.App
import Kiosk

KioskPage {
    id: page

    readonly property CertificateApplication application: Visit.application

    title: Pages.titles["cert-phone"]
    primaryAction: entry.nextControl
    instruction: qsTr("Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange the papers. Then touch Next.")

    function type(key) {
        if (application.append(key))
            Voice.sayTyped(key, true);
    }
    function next() {
        if (application.phoneComplete)
            Navigator.open(application.reviewPage);
        else
            Voice.say(application.problemText);
    }

    PhoneEntry {
        id: entry
        anchors.fill: parent
        focus: true
        digits: page.application.phone
        grouped: page.application.groupedPhone
        complete: page.application.phoneComplete
        problem: page.application.problemText
        errorText: page.application.errorText
        // Next answers a number that is not whole with what is wrong with it.
        nextEnabled: page.application.phone.length > 0
        onDigitTyped: key => page.type(key)
        onDeleteRequested: page.application.removeLast()
        onNextRequested: page.next()
    }
}
