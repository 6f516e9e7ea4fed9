<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnouncerPhrases</name>
    <message>
        <source>button</source>
        <translation>button</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>check box</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>switch</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>text field</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>slider</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>list item</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>not selected</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Your details are on the screen</source>
        <translation>Your details are on the screen</translation>
    </message>
    <message>
        <source>digit entered</source>
        <translation>digit entered</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Speech on</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Speech off</translation>
    </message>
    <message>
        <source>Headphones on: personal details will be read aloud</source>
        <translation>Headphones on: personal details will be read aloud</translation>
    </message>
    <message>
        <source>Headphones off: personal details will not be read aloud</source>
        <translation>Headphones off: personal details will not be read aloud</translation>
    </message>
    <message>
        <source>Speed %1 of %2</source>
        <translation>Speed %1 of %2</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 of %2</translation>
    </message>
    <message>
        <source>Touch to explore on: touch once to hear, touch again to choose</source>
        <translation>Touch to explore on: touch once to hear, touch again to choose</translation>
    </message>
    <message>
        <source>Touch to explore off: a touch chooses at once</source>
        <translation>Touch to explore off: a touch chooses at once</translation>
    </message>
    <message>
        <source>Screen off. Speech and keys go on working. Press again to show the screen</source>
        <translation>Screen off. Speech and keys go on working. Press again to show the screen</translation>
    </message>
    <message>
        <source>Screen on</source>
        <translation>Screen on</translation>
    </message>
    <message>
        <source>Low reach layout on</source>
        <translation>Low reach layout on</translation>
    </message>
    <message>
        <source>Low reach layout off</source>
        <translation>Low reach layout off</translation>
    </message>
    <message>
        <source>Switch scanning on: moving every %1 seconds, press the switch to choose</source>
        <translation>Switch scanning on: moving every %1 seconds, press the switch to choose</translation>
    </message>
    <message>
        <source>Two switches on: the first switch moves, the second chooses</source>
        <translation>Two switches on: the first switch moves, the second chooses</translation>
    </message>
    <message>
        <source>Switch control off</source>
        <translation>Switch control off</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>First item</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Last item</translation>
    </message>
    <message>
        <source>Choose an item, or press Call staff</source>
        <translation>Choose an item, or press Call staff</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>Confirmation code</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between a control&apos;s name, role and state</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Touch the screen or press any key to start</source>
        <translation>Touch the screen or press any key to start</translation>
    </message>
    <message>
        <source>Certificate · Volunteer help · Services · Call staff</source>
        <translation>Certificate · Volunteer help · Services · Call staff</translation>
    </message>
    <message>
        <source>English</source>
        <comment>this language&apos;s own name</comment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>ApplicationPhonePage</name>
    <message>
        <source>Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange the papers. Then touch Next.</source>
        <translation>Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange the papers. Then touch Next.</translation>
    </message>
</context>
<context>
    <name>ApplicationTimeline</name>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>You asked: %1</source>
        <translation>You asked: %1</translation>
    </message>
    <message>
        <source>Being handled by staff</source>
        <translation>Being handled by staff</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>official term</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>official term</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <comment>official term</comment>
        <translation>Not accepted</translation>
    </message>
</context>
<context>
    <name>AssessmentRequest</name>
    <message>
        <source>Please place your ID card or type your ID number first.</source>
        <translation>Please place your ID card or type your ID number first.</translation>
    </message>
    <message>
        <source>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</translation>
    </message>
</context>
<context>
    <name>BookDayPage</name>
    <message>
        <source>No service is chosen. Touch Back and choose the service first.</source>
        <translation>No service is chosen. Touch Back and choose the service first.</translation>
    </message>
    <message>
        <source>Touch a day with free places. Full and closed days are marked.</source>
        <translation>Touch a day with free places. Full and closed days are marked.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No more times today</source>
        <translation>No more times today</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>FULL</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place left</numerusform>
            <numerusform>%n places left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookPhonePage</name>
    <message>
        <source>Type a phone number so the station can call you if the time changes. Then touch Next, or &quot;No phone&quot;.</source>
        <translation>Type a phone number so the station can call you if the time changes. Then touch Next, or &quot;No phone&quot;.</translation>
    </message>
    <message>
        <source>Please type a phone number, or touch &quot;No phone&quot;.</source>
        <translation>Please type a phone number, or touch &quot;No phone&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole number. Touch Next.</source>
        <translation>A whole number. Touch Next.</translation>
    </message>
    <message>
        <source>No number typed yet.</source>
        <translation>No number typed yet.</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>No phone</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>BookReviewPage</name>
    <message>
        <source>Your phone number: %1.</source>
        <translation>Your phone number: %1.</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>Your phone number is on the screen.</translation>
    </message>
    <message>
        <source>Booking your time, one moment.</source>
        <translation>Booking your time, one moment.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Phone for the station</source>
        <translation>Phone for the station</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>No phone</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choose another time</translation>
    </message>
    <message>
        <source>Booking...</source>
        <translation>Booking...</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Touch Book, or Change to correct something.</source>
        <translation>Touch Book, or Change to correct something.</translation>
    </message>
</context>
<context>
    <name>BookTimePage</name>
    <message>
        <source>Touch a time with a free place. Full times are marked.</source>
        <translation>Touch a time with a free place. Full times are marked.</translation>
    </message>
    <message>
        <source>There are no times left on this day. Touch Back and choose another day.</source>
        <translation>There are no times left on this day. Touch Back and choose another day.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place left</numerusform>
            <numerusform>%n places left</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>FULL</translation>
    </message>
</context>
<context>
    <name>BookedPage</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Please bring: %1</source>
        <translation>Please bring: %1</translation>
    </message>
    <message>
        <source>Your time is booked, to be confirmed</source>
        <translation>Your time is booked, to be confirmed</translation>
    </message>
    <message>
        <source>Your time: %1, for %2.</source>
        <translation>Your time: %1, for %2.</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Your booking code</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Provisional: the kiosk is offline. Staff will confirm it.</source>
        <translation>Provisional: the kiosk is offline. Staff will confirm it.</translation>
    </message>
    <message>
        <source>Remember the day, the time and this code.</source>
        <translation>Remember the day, the time and this code.</translation>
    </message>
    <message>
        <source>Show the code at the station.</source>
        <translation>Show the code at the station.</translation>
    </message>
</context>
<context>
    <name>BookingFlow</name>
    <message>
        <source>The service is closed on this day. Please choose another day.</source>
        <translation>The service is closed on this day. Please choose another day.</translation>
    </message>
    <message>
        <source>There are no more times today. Please choose another day.</source>
        <translation>There are no more times today. Please choose another day.</translation>
    </message>
    <message>
        <source>This day is fully booked. Please choose another day.</source>
        <translation>This day is fully booked. Please choose another day.</translation>
    </message>
    <message>
        <source>Please choose one of the days shown.</source>
        <translation>Please choose one of the days shown.</translation>
    </message>
    <message>
        <source>Please choose one of the times shown.</source>
        <translation>Please choose one of the times shown.</translation>
    </message>
    <message>
        <source>This time is fully booked. Please choose another time.</source>
        <translation>This time is fully booked. Please choose another time.</translation>
    </message>
    <message>
        <source>A day and a free time are not chosen yet. Please touch Change and choose them.</source>
        <translation>A day and a free time are not chosen yet. Please touch Change and choose them.</translation>
    </message>
    <message>
        <source>Please place your ID card or type your ID number first.</source>
        <translation>Please place your ID card or type your ID number first.</translation>
    </message>
    <message>
        <source>The kiosk cannot save bookings right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save bookings right now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>Someone has just taken the last place at this time. Please choose another time.</source>
        <translation>Someone has just taken the last place at this time. Please choose another time.</translation>
    </message>
    <message>
        <source>This time is no longer offered. Please choose another time.</source>
        <translation>This time is no longer offered. Please choose another time.</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please choose another time.</source>
        <translation>This time can no longer be booked. Please choose another time.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>I&apos;m finished</translation>
    </message>
</context>
<context>
    <name>CallStaffPage</name>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>The call did not go through</source>
        <translation>The call did not go through</translation>
    </message>
    <message>
        <source>Please wave at the counter, and someone will come to you.</source>
        <translation>Please wave at the counter, and someone will come to you.</translation>
    </message>
    <message>
        <source>This page tells you where your call for staff has got to. It changes by itself when that changes.</source>
        <translation>This page tells you where your call for staff has got to. It changes by itself when that changes.</translation>
    </message>
    <message>
        <source>Your call is on this kiosk&apos;s staff screen</source>
        <translation>Your call is on this kiosk&apos;s staff screen</translation>
    </message>
    <message>
        <source>Your call is saved, but not sent yet</source>
        <translation>Your call is saved, but not sent yet</translation>
    </message>
    <message>
        <source>Your call has reached the service centre</source>
        <translation>Your call has reached the service centre</translation>
    </message>
    <message>
        <source>Your call could not be sent</source>
        <translation>Your call could not be sent</translation>
    </message>
    <message>
        <source>Saving your call...</source>
        <translation>Saving your call...</translation>
    </message>
    <message>
        <source>Station staff see it when they look at this kiosk. It is not sent anywhere else. Please stay here; if nobody comes in a few minutes, please wave at the counter.</source>
        <translation>Station staff see it when they look at this kiosk. It is not sent anywhere else. Please stay here; if nobody comes in a few minutes, please wave at the counter.</translation>
    </message>
    <message>
        <source>The kiosk will send it to the service centre as soon as it can, but nobody knows yet. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>The kiosk will send it to the service centre as soon as it can, but nobody knows yet. Please wave at the counter, or ask someone nearby to fetch a member of staff.</translation>
    </message>
    <message>
        <source>Staff at the centre can see your call. Please stay here at the kiosk; you can keep using it while you wait. If nobody comes soon, please wave at the counter.</source>
        <translation>Staff at the centre can see your call. Please stay here at the kiosk; you can keep using it while you wait. If nobody comes soon, please wave at the counter.</translation>
    </message>
    <message>
        <source>The service centre did not accept it. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>The service centre did not accept it. Please wave at the counter, or ask someone nearby to fetch a member of staff.</translation>
    </message>
</context>
<context>
    <name>CallStaffRequest</name>
    <message>
        <source>The kiosk cannot open its data file.</source>
        <translation>The kiosk cannot open its data file.</translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message>
        <source>Ask for the decision to be looked at again</source>
        <translation>Ask for the decision to be looked at again</translation>
    </message>
</context>
<context>
    <name>CertificateApplication</name>
    <message>
        <source>What do you think the disability is? Staff then arrange the right hospital.</source>
        <translation>What do you think the disability is? Staff then arrange the right hospital.</translation>
    </message>
    <message>
        <source>Has your situation changed since your last assessment?</source>
        <translation>Has your situation changed since your last assessment?</translation>
    </message>
    <message>
        <source>What happened to your card?</source>
        <translation>What happened to your card?</translation>
    </message>
    <message>
        <source>Which district are you moving to?</source>
        <translation>Which district are you moving to?</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>What should change?</translation>
    </message>
    <message>
        <source>Why do you want to cancel it?</source>
        <translation>Why do you want to cancel it?</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>Please choose what you would like to do on the certificate page first.</source>
        <translation>Please choose what you would like to do on the certificate page first.</translation>
    </message>
    <message>
        <source>Please answer the question first: touch Change beside it.</source>
        <translation>Please answer the question first: touch Change beside it.</translation>
    </message>
    <message>
        <source>Please place your ID card or type your ID number first.</source>
        <translation>Please place your ID card or type your ID number first.</translation>
    </message>
    <message>
        <source>The kiosk cannot save applications right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save applications right now. Please press &quot;Call staff&quot;.</translation>
    </message>
</context>
<context>
    <name>CertificateApplicationBox</name>
    <message>
        <source>Your application: %1</source>
        <translation>Your application: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Collect your new card at: %1</source>
        <translation>Collect your new card at: %1</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation>Your code: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDateLabel</name>
    <message>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>Your assessment</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 at %2, %3</translation>
    </message>
    <message>
        <source>Assessment day</source>
        <translation>Assessment day</translation>
    </message>
    <message>
        <source>Collect it at</source>
        <translation>Collect it at</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Expired on</source>
        <translation>Expired on</translation>
    </message>
    <message>
        <source>Renew by</source>
        <translation>Renew by</translation>
    </message>
    <message>
        <source>Appeal by</source>
        <translation>Appeal by</translation>
    </message>
    <message>
        <source>May apply again from</source>
        <translation>May apply again from</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a date, then how long is left</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not set yet. Staff will call you to agree it.</source>
        <translation>Not set yet. Staff will call you to agree it.</translation>
    </message>
</context>
<context>
    <name>CertificateFacts</name>
    <message>
        <source>Kind of disability</source>
        <translation>Kind of disability</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>My disability certificate</source>
        <translation>My disability certificate</translation>
    </message>
    <message>
        <source>Here is where your certificate stands and what happens next.</source>
        <translation>Here is where your certificate stands and what happens next.</translation>
    </message>
    <message>
        <source>Your certificate: %1. %2</source>
        <translation>Your certificate: %1. %2</translation>
    </message>
    <message>
        <source>Bring: %1.</source>
        <translation>Bring: %1.</translation>
    </message>
    <message>
        <source>Press &quot;Call staff&quot; and a person will help you.</source>
        <translation>Press &quot;Call staff&quot; and a person will help you.</translation>
    </message>
    <message>
        <source>Please show your ID card first.</source>
        <translation>Please show your ID card first.</translation>
    </message>
    <message>
        <source>Your certificate details are on the screen.</source>
        <translation>Your certificate details are on the screen.</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>What to bring:</translation>
    </message>
    <message>
        <source>Ask for an assessment at home</source>
        <translation>Ask for an assessment at home</translation>
    </message>
    <message>
        <source>Ask not to pay the assessment fee</source>
        <translation>Ask not to pay the assessment fee</translation>
    </message>
    <message>
        <source>Checking with the central office...</source>
        <translation>Checking with the central office...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your application: %1, %2.</source>
        <translation>Your application: %1, %2.</translation>
    </message>
    <message>
        <source>You can apply here: the kiosk sends your application to the district disability federation, and staff call you to arrange the assessment at a hospital. If you already applied or have a certificate, a staff member can check for you.</source>
        <translation>You can apply here: the kiosk sends your application to the district disability federation, and staff call you to arrange the assessment at a hospital. If you already applied or have a certificate, a staff member can check for you.</translation>
    </message>
    <message>
        <source>There is no disability certificate for this ID number.</source>
        <translation>There is no disability certificate for this ID number.</translation>
    </message>
    <message>
        <source>The assessment cannot be booked now. Please press &quot;Call staff&quot;.</source>
        <translation>The assessment cannot be booked now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>Book the assessment</source>
        <translation>Book the assessment</translation>
    </message>
    <message>
        <source>Your application: %1, %2</source>
        <translation>Your application: %1, %2</translation>
    </message>
    <message>
        <source>Try another number</source>
        <translation>Try another number</translation>
    </message>
    <message>
        <source>Please try again in a moment, or press &quot;Call staff&quot; and a person will check for you. Apply below only if you have never had a certificate.</source>
        <translation>Please try again in a moment, or press &quot;Call staff&quot; and a person will check for you. Apply below only if you have never had a certificate.</translation>
    </message>
    <message>
        <source>The kiosk could not check your certificate: it has no copy for this ID number and cannot reach the central office now.</source>
        <translation>The kiosk could not check your certificate: it has no copy for this ID number and cannot reach the central office now.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Only if you have never had a certificate</source>
        <translation>Only if you have never had a certificate</translation>
    </message>
    <message>
        <source>The kiosk cannot open its records right now, so it cannot call staff either. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>The kiosk cannot open its records right now, so it cannot call staff either. Please wave at the counter, or ask someone nearby to fetch a member of staff.</translation>
    </message>
</context>
<context>
    <name>CertificateProcedurePage</name>
    <message>
        <source>Read what it takes. Answer the question below, then touch Next.</source>
        <translation>Read what it takes. Answer the question below, then touch Next.</translation>
    </message>
    <message>
        <source>Read what it takes, then touch Next.</source>
        <translation>Read what it takes, then touch Next.</translation>
    </message>
    <message>
        <source>Please choose an answer first: %1</source>
        <translation>Please choose an answer first: %1</translation>
    </message>
    <message>
        <source>The assessment cannot be booked now. Please press &quot;Call staff&quot;.</source>
        <translation>The assessment cannot be booked now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>Official name: %1</source>
        <translation>Official name: %1</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>What to bring:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>How long:</source>
        <translation>How long:</translation>
    </message>
    <message>
        <source>The assessment at a designated hospital decides the category and level.</source>
        <translation>The assessment at a designated hospital decides the category and level.</translation>
    </message>
    <message>
        <source>Book the assessment</source>
        <translation>Book the assessment</translation>
    </message>
    <message>
        <source>Ask for an assessment at home</source>
        <translation>Ask for an assessment at home</translation>
    </message>
    <message>
        <source>Ask not to pay the assessment fee</source>
        <translation>Ask not to pay the assessment fee</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>CertificateReviewPage</name>
    <message>
        <source>Read this carefully. Touch &quot;Cancel my certificate&quot;, or Change to correct something.</source>
        <translation>Read this carefully. Touch &quot;Cancel my certificate&quot;, or Change to correct something.</translation>
    </message>
    <message>
        <source>Check your choices. Touch Send, or Change to correct one.</source>
        <translation>Check your choices. Touch Send, or Change to correct one.</translation>
    </message>
    <message>
        <source>Your phone number: %1.</source>
        <translation>Your phone number: %1.</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>Your phone number is on the screen.</translation>
    </message>
    <message>
        <source>Sending, one moment.</source>
        <translation>Sending, one moment.</translation>
    </message>
    <message>
        <source>Cancelling cannot be undone. Your card can no longer be used once it is cancelled. After it, you can apply for a new certificate only after one year.</source>
        <translation>Cancelling cannot be undone. Your card can no longer be used once it is cancelled. After it, you can apply for a new certificate only after one year.</translation>
    </message>
    <message>
        <source>You ask to</source>
        <translation>You ask to</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Choose another</translation>
    </message>
    <message>
        <source>Staff will call you on</source>
        <translation>Staff will call you on</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Cancel my certificate</source>
        <translation>Cancel my certificate</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>CertificateSentPage</name>
    <message>
        <source>Remember this code. Staff will ask for it.</source>
        <translation>Remember this code. Staff will ask for it.</translation>
    </message>
    <message>
        <source>Staff at the service hall will call you to arrange the papers. Bring them when you go.</source>
        <translation>Staff at the service hall will call you to arrange the papers. Bring them when you go.</translation>
    </message>
    <message>
        <source>Your old card is marked lost now. Nobody else can use it.</source>
        <translation>Your old card is marked lost now. Nobody else can use it.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <source>We will call you on %1</source>
        <translation>We will call you on %1</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>What to bring:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your report of loss is saved. The card is marked lost as soon as this kiosk reaches the office.</source>
        <translation>Your report of loss is saved. The card is marked lost as soon as this kiosk reaches the office.</translation>
    </message>
</context>
<context>
    <name>CertificateStateBox</name>
    <message>
        <source>Your certificate details are on the screen.</source>
        <translation>Your certificate details are on the screen.</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Your report of loss is saved. The card is marked lost as soon as this kiosk reaches the office.</source>
        <translation>Your report of loss is saved. The card is marked lost as soon as this kiosk reaches the office.</translation>
    </message>
    <message>
        <source>Reported lost on %1: it can no longer be used.</source>
        <translation>Reported lost on %1: it can no longer be used.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Place your ID card on the reader below the screen, or type your ID number or your volunteer number.</source>
        <translation>Place your ID card on the reader below the screen, or type your ID number or your volunteer number.</translation>
    </message>
    <message>
        <source>You are checked in. Touch Check out when you finish.</source>
        <translation>You are checked in. Touch Check out when you finish.</translation>
    </message>
    <message>
        <source>You have no task here today. You can check in for station duty.</source>
        <translation>You have no task here today. You can check in for station duty.</translation>
    </message>
    <message>
        <source>Station duty: helping at the station without a task. A coordinator approves those hours before they count.</source>
        <translation>Station duty: helping at the station without a task. A coordinator approves those hours before they count.</translation>
    </message>
    <message>
        <source>You have no task here today.</source>
        <translation>You have no task here today.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n task(s) here today.</source>
        <translation>
            <numerusform>You have %n task here today.</numerusform>
            <numerusform>You have %n tasks here today.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>Hello! Your details are on the screen.</source>
        <translation>Hello! Your details are on the screen.</translation>
    </message>
    <message>
        <source>You checked in at %1 for %2.</source>
        <translation>You checked in at %1 for %2.</translation>
    </message>
    <message>
        <source>Register as a volunteer</source>
        <translation>Register as a volunteer</translation>
    </message>
    <message>
        <source>Picture: lay the ID card flat on the reader under the screen</source>
        <translation>Picture: lay the ID card flat on the reader under the screen</translation>
    </message>
    <message>
        <source>Type my ID number</source>
        <translation>Type my ID number</translation>
    </message>
    <message>
        <source>Type my volunteer number</source>
        <translation>Type my volunteer number</translation>
    </message>
    <message>
        <source>Volunteer number %1</source>
        <translation>Volunteer number %1</translation>
    </message>
    <message>
        <source>Checked in since %1 for: %2</source>
        <translation>Checked in since %1 for: %2</translation>
    </message>
    <message>
        <source>Your tasks here today</source>
        <translation>Your tasks here today</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>You are checked in for this task.</source>
        <translation>You are checked in for this task.</translation>
    </message>
    <message>
        <source>This task&apos;s time is over.</source>
        <translation>This task&apos;s time is over.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Check in for station duty</source>
        <translation>Check in for station duty</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>My hours</translation>
    </message>
    <message>
        <source>Type another volunteer number</source>
        <translation>Type another volunteer number</translation>
    </message>
    <message>
        <source>Touch Check in on the task you are starting.</source>
        <translation>Touch Check in on the task you are starting.</translation>
    </message>
</context>
<context>
    <name>CheckOutPage</name>
    <message>
        <source>You are checked in</source>
        <translation>You are checked in</translation>
    </message>
    <message>
        <source>Nothing was checked in or out yet. Go back to the volunteers&apos; page.</source>
        <translation>Nothing was checked in or out yet. Go back to the volunteers&apos; page.</translation>
    </message>
    <message>
        <source>Touch Done when you have read this.</source>
        <translation>Touch Done when you have read this.</translation>
    </message>
    <message>
        <source>Station duty this time</source>
        <translation>Station duty this time</translation>
    </message>
    <message>
        <source>This time</source>
        <translation>This time</translation>
    </message>
    <message>
        <source>This time: %1</source>
        <translation>This time: %1</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>My hours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>CheckedInNow</name>
    <message>
        <source>The kiosk cannot save check-outs right now.</source>
        <translation>The kiosk cannot save check-outs right now.</translation>
    </message>
    <message>
        <source>%1 (%2) is checked out: %3 counted.</source>
        <translation>%1 (%2) is checked out: %3 counted.</translation>
    </message>
</context>
<context>
    <name>ConfirmationCode</name>
    <message>
        <source>Your code: %1</source>
        <translation>Your code: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Your request is sent</source>
        <translation>Your request is sent</translation>
    </message>
    <message>
        <source>Remember this code. Staff will ask for it.</source>
        <translation>Remember this code. Staff will ask for it.</translation>
    </message>
    <message>
        <source>Your request is sent. We will call you on your phone.</source>
        <translation>Your request is sent. We will call you on your phone.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <source>We will call you on %1</source>
        <translation>We will call you on %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Touch the district where your household is now registered, then touch Next.</source>
        <translation>Touch the district where your household is now registered, then touch Next.</translation>
    </message>
    <message>
        <source>Please touch your new district first.</source>
        <translation>Please touch your new district first.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>HelpConfirmationPage</name>
    <message>
        <source>A coordinator will call you on %1 within one working day to arrange a volunteer.</source>
        <translation>A coordinator will call you on %1 within one working day to arrange a volunteer.</translation>
    </message>
    <message>
        <source>A coordinator will look for a volunteer within one working day. Come back and open &quot;My requests&quot; to see who comes and when.</source>
        <translation>A coordinator will look for a volunteer within one working day. Come back and open &quot;My requests&quot; to see who comes and when.</translation>
    </message>
    <message>
        <source>Remember this code. The coordinator will ask for it.</source>
        <translation>Remember this code. The coordinator will ask for it.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>HelpKindPage</name>
    <message>
        <source>Touch the kind of help you need. Each one says what a volunteer does and does not do.</source>
        <translation>Touch the kind of help you need. Each one says what a volunteer does and does not do.</translation>
    </message>
    <message>
        <source>The first kinds of help.</source>
        <translation>The first kinds of help.</translation>
    </message>
    <message>
        <source>More kinds of help.</source>
        <translation>More kinds of help.</translation>
    </message>
    <message>
        <source>More kinds of help</source>
        <translation>More kinds of help</translation>
    </message>
    <message>
        <source>The first kinds of help</source>
        <translation>The first kinds of help</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
</context>
<context>
    <name>HelpNotePage</name>
    <message>
        <source>Touch every sentence that is true for you; touch it again to take it back. None is fine. Then touch Next.</source>
        <translation>Touch every sentence that is true for you; touch it again to take it back. None is fine. Then touch Next.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) chosen</source>
        <translation>
            <numerusform>%n sentence chosen</numerusform>
            <numerusform>%n sentences chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>By touch</source>
        <translation>By touch</translation>
    </message>
    <message>
        <source>Touch a button or a picture to choose it. Back, Home and Call staff are always at the bottom of the screen. Language, text size, settings, speech and Help are at the top.</source>
        <translation>Touch a button or a picture to choose it. Back, Home and Call staff are always at the bottom of the screen. Language, text size, settings, speech and Help are at the top.</translation>
    </message>
    <message>
        <source>With the keypad</source>
        <translation>With the keypad</translation>
    </message>
    <message>
        <source>Arrow keys: move up, down, left or right. The thick frame shows where you are.</source>
        <translation>Arrow keys: move up, down, left or right. The thick frame shows where you are.</translation>
    </message>
    <message>
        <source>Round select key or Enter: choose.</source>
        <translation>Round select key or Enter: choose.</translation>
    </message>
    <message>
        <source>Page Up: back. Page Down: next. Home key: the start page.</source>
        <translation>Page Up: back. Page Down: next. Home key: the start page.</translation>
    </message>
    <message>
        <source>F1: help, and again to close it. F2: say it again. F3: language. F4: speech on or off.</source>
        <translation>F1: help, and again to close it. F2: say it again. F3: language. F4: speech on or off.</translation>
    </message>
    <message>
        <source>F5 and F6: quieter, louder. F7 and F8: slower, faster.</source>
        <translation>F5 and F6: quieter, louder. F7 and F8: slower, faster.</translation>
    </message>
    <message>
        <source>F9: headphones. F10: touch to hear first. F11: screen off, speech only, and back on. F12: controls lower down.</source>
        <translation>F9: headphones. F10: touch to hear first. F11: screen off, speech only, and back on. F12: controls lower down.</translation>
    </message>
    <message>
        <source>With a switch</source>
        <translation>With a switch</translation>
    </message>
    <message>
        <source>Press switch 1 once: the frame moves from button to button by itself. Press it again to choose. With two switches: switch 1 moves, switch 2 chooses.</source>
        <translation>Press switch 1 once: the frame moves from button to button by itself. Press it again to choose. With two switches: switch 1 moves, switch 2 chooses.</translation>
    </message>
    <message>
        <source>A person can help</source>
        <translation>A person can help</translation>
    </message>
    <message>
        <source>Touch Call staff below to ask the station&apos;s staff for help.</source>
        <translation>Touch Call staff below to ask the station&apos;s staff for help.</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpPhonePage</name>
    <message>
        <source>Type a mobile, or a landline with its area code, so a coordinator can call you. Then touch Next. No phone? Touch &quot;No phone&quot;.</source>
        <translation>Type a mobile, or a landline with its area code, so a coordinator can call you. Then touch Next. No phone? Touch &quot;No phone&quot;.</translation>
    </message>
    <message>
        <source>Please type a phone number, or touch &quot;No phone&quot;.</source>
        <translation>Please type a phone number, or touch &quot;No phone&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole number. Touch Next.</source>
        <translation>A whole number. Touch Next.</translation>
    </message>
    <message>
        <source>No number typed yet.</source>
        <translation>No number typed yet.</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>No phone</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>HelpRating</name>
    <message>
        <source>This request could not be found.</source>
        <translation>This request could not be found.</translation>
    </message>
    <message>
        <source>Please choose 1 to 5 stars first.</source>
        <translation>Please choose 1 to 5 stars first.</translation>
    </message>
    <message>
        <source>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</translation>
    </message>
</context>
<context>
    <name>HelpRequest</name>
    <message>
        <source>A step is not chosen yet. Please touch Change and choose it.</source>
        <translation>A step is not chosen yet. Please touch Change and choose it.</translation>
    </message>
    <message>
        <source>Please place your ID card or type your ID number first.</source>
        <translation>Please place your ID card or type your ID number first.</translation>
    </message>
    <message>
        <source>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</translation>
    </message>
</context>
<context>
    <name>HelpReviewPage</name>
    <message>
        <source>Check your choices. Touch Send, or Change to correct one.</source>
        <translation>Check your choices. Touch Send, or Change to correct one.</translation>
    </message>
    <message>
        <source>Your phone number: %1.</source>
        <translation>Your phone number: %1.</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>Your phone number is on the screen.</translation>
    </message>
    <message>
        <source>Help you ask for</source>
        <translation>Help you ask for</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Your address is on the screen.</source>
        <translation>Your address is on the screen.</translation>
    </message>
    <message>
        <source>Phone for the coordinator</source>
        <translation>Phone for the coordinator</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>No phone</translation>
    </message>
    <message>
        <source>For the volunteer</source>
        <translation>For the volunteer</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>Nothing to add</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>HelpWhenPage</name>
    <message>
        <source>Touch a day, then the part of the day. Or touch &quot;Any time&quot; and we will call you to arrange it.</source>
        <translation>Touch a day, then the part of the day. Or touch &quot;Any time&quot; and we will call you to arrange it.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>%1, next week</source>
        <translation>%1, next week</translation>
    </message>
    <message>
        <source>Please choose a day and a part of the day, or any time.</source>
        <translation>Please choose a day and a part of the day, or any time.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Part of the day</translation>
    </message>
    <message>
        <source>Please choose a day first.</source>
        <translation>Please choose a day first.</translation>
    </message>
    <message>
        <source>Choose a day first.</source>
        <translation>Choose a day first.</translation>
    </message>
    <message>
        <source>Any time, call me to arrange</source>
        <translation>Any time, call me to arrange</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>HelpWherePage</name>
    <message>
        <source>Touch where the volunteer should meet you, then Next.</source>
        <translation>Touch where the volunteer should meet you, then Next.</translation>
    </message>
    <message>
        <source>Your address: %1.</source>
        <translation>Your address: %1.</translation>
    </message>
    <message>
        <source>Your address is on the screen.</source>
        <translation>Your address is on the screen.</translation>
    </message>
    <message>
        <source>Please choose where the volunteer should meet you.</source>
        <translation>Please choose where the volunteer should meet you.</translation>
    </message>
    <message>
        <source>At my home</source>
        <translation>At my home</translation>
    </message>
    <message>
        <source>We will ask for your address when we call you.</source>
        <translation>We will ask for your address when we call you.</translation>
    </message>
    <message>
        <source>Your address on the ID card</source>
        <translation>Your address on the ID card</translation>
    </message>
    <message>
        <source>At this station</source>
        <translation>At this station</translation>
    </message>
    <message>
        <source>At a hospital or another place</source>
        <translation>At a hospital or another place</translation>
    </message>
    <message>
        <source>Call me to arrange</source>
        <translation>Call me to arrange</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Touch a picture, or use the keypad&apos;s arrows and the round select key.</source>
        <translation>Touch a picture, or use the keypad&apos;s arrows and the round select key.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>This cannot be done now: the kiosk cannot open its records. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>This cannot be done now: the kiosk cannot open its records. Please wave at the counter, or ask someone nearby to fetch a member of staff.</translation>
    </message>
</context>
<context>
    <name>HomeTile</name>
    <message>
        <source>Not available now</source>
        <translation>Not available now</translation>
    </message>
</context>
<context>
    <name>IdNumberPage</name>
    <message>
        <source>Type your ID number</source>
        <translation>Type your ID number</translation>
    </message>
    <message>
        <source>Type the 18 characters of your ID card. The last one can be X. Then touch Confirm.</source>
        <translation>Type the 18 characters of your ID card. The last one can be X. Then touch Confirm.</translation>
    </message>
    <message numerus="yes">
        <source>%n of 18 characters typed</source>
        <translation>
            <numerusform>%n of 18 characters typed</numerusform>
            <numerusform>%n of 18 characters typed</numerusform>
        </translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>What is wrong?</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Place your ID card on the reader below the screen, or touch &quot;Type my ID number&quot;.</source>
        <translation>Place your ID card on the reader below the screen, or touch &quot;Type my ID number&quot;.</translation>
    </message>
    <message>
        <source>Reader ready — place your card flat on the reader</source>
        <translation>Reader ready — place your card flat on the reader</translation>
    </message>
    <message>
        <source>Reading... keep the card still</source>
        <translation>Reading... keep the card still</translation>
    </message>
    <message>
        <source>Remove your card</source>
        <translation>Remove your card</translation>
    </message>
    <message>
        <source>The card could not be read. Place it on the reader again.</source>
        <translation>The card could not be read. Place it on the reader again.</translation>
    </message>
    <message>
        <source>The card reader is not working. Type your ID number instead.</source>
        <translation>The card reader is not working. Type your ID number instead.</translation>
    </message>
    <message>
        <source>Picture: lay the ID card flat on the reader under the screen</source>
        <translation>Picture: lay the ID card flat on the reader under the screen</translation>
    </message>
    <message>
        <source>This card has no ID number the kiosk can use. Please type your ID number.</source>
        <translation>This card has no ID number the kiosk can use. Please type your ID number.</translation>
    </message>
    <message>
        <source>Type my ID number</source>
        <translation>Type my ID number</translation>
    </message>
</context>
<context>
    <name>KioskServices</name>
    <message>
        <source>No station secret is configured ([store] secret).</source>
        <translation>No station secret is configured ([store] secret).</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Community service station kiosk</source>
        <translation>Community service station kiosk</translation>
    </message>
    <message>
        <source>The kiosk cannot open its records right now, so it cannot look things up, save requests or call staff. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>The kiosk cannot open its records right now, so it cannot look things up, save requests or call staff. Please wave at the counter, or ask someone nearby to fetch a member of staff.</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>More below</translation>
    </message>
    <message>
        <source>The page continues below; use the down key.</source>
        <translation>The page continues below; use the down key.</translation>
    </message>
</context>
<context>
    <name>MyBookings</name>
    <message>
        <source>This booking could not be found.</source>
        <translation>This booking could not be found.</translation>
    </message>
    <message>
        <source>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</translation>
    </message>
</context>
<context>
    <name>MyBookingsPage</name>
    <message>
        <source>%1, %2 at %3: %4.</source>
        <translation>%1, %2 at %3: %4.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Provisional: staff will confirm it</source>
        <translation>Provisional: staff will confirm it</translation>
    </message>
    <message>
        <source>Not confirmed: please call staff</source>
        <translation>Not confirmed: please call staff</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The booking is kept.</source>
        <translation>The booking is kept.</translation>
    </message>
    <message>
        <source>Your booking is cancelled. The place is free for someone else.</source>
        <translation>Your booking is cancelled. The place is free for someone else.</translation>
    </message>
    <message>
        <source>Cancel your booking for %1 on %2 at %3 (code %4)?</source>
        <translation>Cancel your booking for %1 on %2 at %3 (code %4)?</translation>
    </message>
    <message>
        <source>Your place will be given to someone else.</source>
        <translation>Your place will be given to someone else.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message>
        <source>You have no bookings from today on.</source>
        <translation>You have no bookings from today on.</translation>
    </message>
    <message>
        <source>Please show who you are first.</source>
        <translation>Please show who you are first.</translation>
    </message>
    <message>
        <source>Your bookings cannot be shown right now. Please press &quot;Call staff&quot;.</source>
        <translation>Your bookings cannot be shown right now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>Your queue number today: %1, for %2</source>
        <translation>Your queue number today: %1, for %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your bookings, the soonest first. Touch Cancel if you cannot come.</source>
        <translation>Your bookings, the soonest first. Touch Cancel if you cannot come.</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
</context>
<context>
    <name>MyRequests</name>
    <message>
        <source>This request could not be found.</source>
        <translation>This request could not be found.</translation>
    </message>
    <message>
        <source>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>Your requests, newest first. Touch Cancel to withdraw one, or Rate when the help is done.</source>
        <translation>Your requests, newest first. Touch Cancel to withdraw one, or Rate when the help is done.</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Received, a volunteer is being found</source>
        <translation>Received, a volunteer is being found</translation>
    </message>
    <message>
        <source>Volunteer found: %1, on %2</source>
        <translation>Volunteer found: %1, on %2</translation>
    </message>
    <message>
        <source>Volunteer found: %1</source>
        <translation>Volunteer found: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cancelled, waiting to send</source>
        <translation>Cancelled, waiting to send</translation>
    </message>
    <message>
        <source>The request is kept.</source>
        <translation>The request is kept.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Your request is cancelled.</source>
        <translation>Your request is cancelled.</translation>
    </message>
    <message>
        <source>Cancel your request &quot;%1&quot; (code %2)?</source>
        <translation>Cancel your request &quot;%1&quot; (code %2)?</translation>
    </message>
    <message>
        <source>A volunteer who was to come will be told not to.</source>
        <translation>A volunteer who was to come will be told not to.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message>
        <source>You have not asked for help yet.</source>
        <translation>You have not asked for help yet.</translation>
    </message>
    <message>
        <source>Please show who you are first.</source>
        <translation>Please show who you are first.</translation>
    </message>
    <message>
        <source>Your requests cannot be shown right now. Please press &quot;Call staff&quot;.</source>
        <translation>Your requests cannot be shown right now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>When: %1. Where: %2. Code %3, asked on %4.</source>
        <translation>When: %1. Where: %2. Code %3, asked on %4.</translation>
    </message>
    <message numerus="yes">
        <source>You rated it %n star(s). Thank you.</source>
        <translation>
            <numerusform>You rated it %n star. Thank you.</numerusform>
            <numerusform>You rated it %n stars. Thank you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Newer</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
</context>
<context>
    <name>NumberKeypad</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>My disability certificate</source>
        <translation>My disability certificate</translation>
    </message>
    <message>
        <source>Where it is, what comes next, what to bring</source>
        <translation>Where it is, what comes next, what to bring</translation>
    </message>
    <message>
        <source>Ask a volunteer for help</source>
        <translation>Ask a volunteer for help</translation>
    </message>
    <message>
        <source>Hospital visits, shopping, sign language and more</source>
        <translation>Hospital visits, shopping, sign language and more</translation>
    </message>
    <message>
        <source>Station services</source>
        <translation>Station services</translation>
    </message>
    <message>
        <source>Rehabilitation, jobs, day care, legal aid and more</source>
        <translation>Rehabilitation, jobs, day care, legal aid and more</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>A person from the station comes to you</source>
        <translation>A person from the station comes to you</translation>
    </message>
    <message>
        <source>Show who you are</source>
        <translation>Show who you are</translation>
    </message>
    <message>
        <source>Type your ID number</source>
        <translation>Type your ID number</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translation>Check your request</translation>
    </message>
    <message>
        <source>Your request is sent</source>
        <translation>Your request is sent</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <source>When do you need help?</source>
        <translation>When do you need help?</translation>
    </message>
    <message>
        <source>Where shall the volunteer meet you?</source>
        <translation>Where shall the volunteer meet you?</translation>
    </message>
    <message>
        <source>A phone number to call you</source>
        <translation>A phone number to call you</translation>
    </message>
    <message>
        <source>What should the volunteer know?</source>
        <translation>What should the volunteer know?</translation>
    </message>
    <message>
        <source>Check your request for help</source>
        <translation>Check your request for help</translation>
    </message>
    <message>
        <source>Your request for help is sent</source>
        <translation>Your request for help is sent</translation>
    </message>
    <message>
        <source>My requests for help</source>
        <translation>My requests for help</translation>
    </message>
    <message>
        <source>Rate the help</source>
        <translation>Rate the help</translation>
    </message>
    <message>
        <source>So a coordinator knows who asks for help, and you can follow your requests. No certificate is needed.</source>
        <translation>So a coordinator knows who asks for help, and you can follow your requests. No certificate is needed.</translation>
    </message>
    <message>
        <source>So the booking is yours: you can see it and cancel it later.</source>
        <translation>So the booking is yours: you can see it and cancel it later.</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <source>Services of this kind</source>
        <translation>Services of this kind</translation>
    </message>
    <message>
        <source>About this service</source>
        <translation>About this service</translation>
    </message>
    <message>
        <source>Book a time: choose a day</source>
        <translation>Book a time: choose a day</translation>
    </message>
    <message>
        <source>Book a time: choose a time</source>
        <translation>Book a time: choose a time</translation>
    </message>
    <message>
        <source>A phone number for the station</source>
        <translation>A phone number for the station</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>Check your booking</translation>
    </message>
    <message>
        <source>Your time is booked</source>
        <translation>Your time is booked</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Today&apos;s queue</translation>
    </message>
    <message>
        <source>Bookings not confirmed</source>
        <translation>Bookings not confirmed</translation>
    </message>
    <message>
        <source>Queue display</source>
        <translation>Queue display</translation>
    </message>
    <message>
        <source>So the kiosk can read your name from your ID card.</source>
        <translation>So the kiosk can read your name from your ID card.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Register, check in and out, see your hours</source>
        <translation>Register, check in and out, see your hours</translation>
    </message>
    <message>
        <source>Register as a volunteer</source>
        <translation>Register as a volunteer</translation>
    </message>
    <message>
        <source>When can you help?</source>
        <translation>When can you help?</translation>
    </message>
    <message>
        <source>Your phone number for the coordinators</source>
        <translation>Your phone number for the coordinators</translation>
    </message>
    <message>
        <source>What the station keeps about you</source>
        <translation>What the station keeps about you</translation>
    </message>
    <message>
        <source>Check your registration</source>
        <translation>Check your registration</translation>
    </message>
    <message>
        <source>Your registration is saved</source>
        <translation>Your registration is saved</translation>
    </message>
    <message>
        <source>Type your volunteer number</source>
        <translation>Type your volunteer number</translation>
    </message>
    <message>
        <source>Your service time</source>
        <translation>Your service time</translation>
    </message>
    <message>
        <source>My volunteer hours</source>
        <translation>My volunteer hours</translation>
    </message>
    <message>
        <source>Volunteers checked in now</source>
        <translation>Volunteers checked in now</translation>
    </message>
    <message>
        <source>So staff know whose certificate it is, and can call you about it.</source>
        <translation>So staff know whose certificate it is, and can call you about it.</translation>
    </message>
    <message>
        <source>Apply for a certificate</source>
        <translation>Apply for a certificate</translation>
    </message>
    <message>
        <source>Renew my certificate</source>
        <translation>Renew my certificate</translation>
    </message>
    <message>
        <source>Report it lost or replace it</source>
        <translation>Report it lost or replace it</translation>
    </message>
    <message>
        <source>Move it to my new district</source>
        <translation>Move it to my new district</translation>
    </message>
    <message>
        <source>Change its category or level</source>
        <translation>Change its category or level</translation>
    </message>
    <message>
        <source>Cancel my certificate</source>
        <translation>Cancel my certificate</translation>
    </message>
    <message>
        <source>Which district are you moving to?</source>
        <translation>Which district are you moving to?</translation>
    </message>
    <message>
        <source>A phone number for staff</source>
        <translation>A phone number for staff</translation>
    </message>
    <message>
        <source>Check your application</source>
        <translation>Check your application</translation>
    </message>
    <message>
        <source>Check before you cancel</source>
        <translation>Check before you cancel</translation>
    </message>
    <message>
        <source>Your application is sent</source>
        <translation>Your application is sent</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Calls from visitors</source>
        <translation>Calls from visitors</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>PhoneEntry</name>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>A whole number. Touch Next to check it.</source>
        <translation>A whole number. Touch Next to check it.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>No number typed yet.</source>
        <translation>No number typed yet.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Ask not to pay the assessment fee</source>
        <translation>Ask not to pay the assessment fee</translation>
    </message>
    <message>
        <source>Ask for an assessment at home</source>
        <translation>Ask for an assessment at home</translation>
    </message>
    <message>
        <source>Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange it. Then touch Next.</source>
        <translation>Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange it. Then touch Next.</translation>
    </message>
</context>
<context>
    <name>PhoneReviewPage</name>
    <message>
        <source>Not to pay the assessment fee</source>
        <translation>Not to pay the assessment fee</translation>
    </message>
    <message>
        <source>An assessment at home</source>
        <translation>An assessment at home</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translation>Check your request</translation>
    </message>
    <message>
        <source>Check the number. Staff will call you on it. Touch Send, or Change to correct it.</source>
        <translation>Check the number. Staff will call you on it. Touch Send, or Change to correct it.</translation>
    </message>
    <message>
        <source>Your phone number: %1.</source>
        <translation>Your phone number: %1.</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>Your phone number is on the screen.</translation>
    </message>
    <message>
        <source>You ask for</source>
        <translation>You ask for</translation>
    </message>
    <message>
        <source>Staff will call you on</source>
        <translation>Staff will call you on</translation>
    </message>
    <message>
        <source>Change the number</source>
        <translation>Change the number</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This service is not yet available at the kiosk. Press &quot;Call staff&quot; and a person from the station will help you.</source>
        <translation>This service is not yet available at the kiosk. Press &quot;Call staff&quot; and a person from the station will help you.</translation>
    </message>
</context>
<context>
    <name>QueueCallWords</name>
    <message>
        <source>Number %1, please go to window %2.</source>
        <translation>Number %1, please go to window %2.</translation>
    </message>
</context>
<context>
    <name>QueueCaller</name>
    <message>
        <source>The kiosk cannot open its data file: no number was called.</source>
        <translation>The kiosk cannot open its data file: no number was called.</translation>
    </message>
    <message>
        <source>Nobody is waiting for %1.</source>
        <translation>Nobody is waiting for %1.</translation>
    </message>
    <message>
        <source>%1 called to window %2.</source>
        <translation>%1 called to window %2.</translation>
    </message>
</context>
<context>
    <name>QueueDisplay</name>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Called before</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>No number has been called yet today.</source>
        <translation>No number has been called yet today.</translation>
    </message>
    <message>
        <source>Take a number at the kiosk. When your number is shown here, go to its window.</source>
        <translation>Take a number at the kiosk. When your number is shown here, go to its window.</translation>
    </message>
</context>
<context>
    <name>QueueNumberPage</name>
    <message>
        <source>Nobody is waiting before you. You are next.</source>
        <translation>Nobody is waiting before you. You are next.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are waiting before you.</source>
        <translation>
            <numerusform>%n person is waiting before you.</numerusform>
            <numerusform>%n people are waiting before you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember your number. Wait until it is called.</source>
        <translation>Remember your number. Wait until it is called.</translation>
    </message>
    <message>
        <source>Taking a number for you ...</source>
        <translation>Taking a number for you ...</translation>
    </message>
    <message>
        <source>Your number is %1, for %2.</source>
        <translation>Your number is %1, for %2.</translation>
    </message>
    <message>
        <source>No number was given.</source>
        <translation>No number was given.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Your number: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your number will be shown on the screen and called out.</source>
        <translation>Your number will be shown on the screen and called out.</translation>
    </message>
</context>
<context>
    <name>RatePage</name>
    <message>
        <source>How was the help? Touch 1 to 5 stars: 1 is very bad, 5 is very good. Then you may add sentences and touch Send.</source>
        <translation>How was the help? Touch 1 to 5 stars: 1 is very bad, 5 is very good. Then you may add sentences and touch Send.</translation>
    </message>
    <message>
        <source>1 star, very bad</source>
        <translation>1 star, very bad</translation>
    </message>
    <message>
        <source>2 stars, bad</source>
        <translation>2 stars, bad</translation>
    </message>
    <message>
        <source>3 stars, all right</source>
        <translation>3 stars, all right</translation>
    </message>
    <message>
        <source>4 stars, good</source>
        <translation>4 stars, good</translation>
    </message>
    <message>
        <source>5 stars, very good</source>
        <translation>5 stars, very good</translation>
    </message>
    <message>
        <source>Thank you. Your rating is saved.</source>
        <translation>Thank you. Your rating is saved.</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, code %2</translation>
    </message>
    <message>
        <source>You chose %1.</source>
        <translation>You chose %1.</translation>
    </message>
    <message>
        <source>No stars chosen yet.</source>
        <translation>No stars chosen yet.</translation>
    </message>
    <message>
        <source>What went well? (you may skip this)</source>
        <translation>What went well? (you may skip this)</translation>
    </message>
    <message>
        <source>What went wrong? (you may skip this)</source>
        <translation>What went wrong? (you may skip this)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Thank you. Your rating is saved and helps the volunteers.</source>
        <translation>Thank you. Your rating is saved and helps the volunteers.</translation>
    </message>
    <message>
        <source>Back to my requests</source>
        <translation>Back to my requests</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ServiceListPage</name>
    <message>
        <source>Touch a service to see what it offers, who can use it and what to bring.</source>
        <translation>Touch a service to see what it offers, who can use it and what to bring.</translation>
    </message>
    <message>
        <source>There are no services of this kind now.</source>
        <translation>There are no services of this kind now.</translation>
    </message>
    <message>
        <source>You can book a time</source>
        <translation>You can book a time</translation>
    </message>
    <message>
        <source>Take a number at the station</source>
        <translation>Take a number at the station</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Who can use it</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>This service is not offered now. Touch Back and choose another.</source>
        <translation>This service is not offered now. Touch Back and choose another.</translation>
    </message>
    <message>
        <source>Read what this service offers. Touch &quot;Book a time&quot; to choose a day and time.</source>
        <translation>Read what this service offers. Touch &quot;Book a time&quot; to choose a day and time.</translation>
    </message>
    <message>
        <source>Read what this service offers. Touch &quot;Take a number now&quot; to queue for it.</source>
        <translation>Read what this service offers. Touch &quot;Take a number now&quot; to queue for it.</translation>
    </message>
    <message>
        <source>Read what this service offers. Come to the station when it is open.</source>
        <translation>Read what this service offers. Come to the station when it is open.</translation>
    </message>
    <message>
        <source>Official name: %1.</source>
        <translation>Official name: %1.</translation>
    </message>
    <message>
        <source>This service cannot be booked now. Please press &quot;Call staff&quot;.</source>
        <translation>This service cannot be booked now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>Official name: %1</source>
        <translation>Official name: %1</translation>
    </message>
    <message>
        <source>Queue numbers are given while the service is open.</source>
        <translation>Queue numbers are given while the service is open.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book a time</translation>
    </message>
    <message>
        <source>Take a number now</source>
        <translation>Take a number now</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Touch a kind of service to see what the station offers, and to book a time.</source>
        <translation>Touch a kind of service to see what the station offers, and to book a time.</translation>
    </message>
    <message>
        <source>The station&apos;s services are not at the kiosk yet. Please press &quot;Call staff&quot;.</source>
        <translation>The station&apos;s services are not at the kiosk yet. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>The services cannot be shown right now. Please press &quot;Call staff&quot;.</source>
        <translation>The services cannot be shown right now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>There are no services of this kind now.</source>
        <translation>There are no services of this kind now.</translation>
    </message>
    <message>
        <source>The first kinds of service.</source>
        <translation>The first kinds of service.</translation>
    </message>
    <message>
        <source>More kinds of service.</source>
        <translation>More kinds of service.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>More kinds of service</source>
        <translation>More kinds of service</translation>
    </message>
    <message>
        <source>The first kinds of service</source>
        <translation>The first kinds of service</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose how the kiosk looks and speaks. Your choices last until you finish.</source>
        <translation>Choose how the kiosk looks and speaks. Your choices last until you finish.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Standard colours</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>White on black</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Yellow on black</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Black on white</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>Very slow</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>A little slow</source>
        <translation>A little slow</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>A little fast</source>
        <translation>A little fast</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>Very fast</translation>
    </message>
    <message>
        <source>Very quiet</source>
        <translation>Very quiet</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Quiet</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Loud</translation>
    </message>
    <message>
        <source>Loudest</source>
        <translation>Loudest</translation>
    </message>
    <message>
        <source>%1. This is how fast I speak now.</source>
        <translation>%1. This is how fast I speak now.</translation>
    </message>
    <message>
        <source>%1. This is how loud I speak now.</source>
        <translation>%1. This is how loud I speak now.</translation>
    </message>
    <message>
        <source>The station&apos;s settings are back.</source>
        <translation>The station&apos;s settings are back.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Read the screens aloud</source>
        <translation>Read the screens aloud</translation>
    </message>
    <message>
        <source>On: the kiosk speaks every screen.</source>
        <translation>On: the kiosk speaks every screen.</translation>
    </message>
    <message>
        <source>Off: the kiosk is silent. Turn it on to set the speed and the volume.</source>
        <translation>Off: the kiosk is silent. Turn it on to set the speed and the volume.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Back to the station&apos;s settings</source>
        <translation>Back to the station&apos;s settings</translation>
    </message>
    <message>
        <source>Text size, colours and speech as the station has them</source>
        <translation>Text size, colours and speech as the station has them</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>StaffBookingsPage</name>
    <message>
        <source>Bookings not confirmed</source>
        <translation>Bookings not confirmed</translation>
    </message>
    <message>
        <source>Back to staff mode</source>
        <translation>Back to staff mode</translation>
    </message>
    <message>
        <source>The local store is not available: the bookings cannot be read.</source>
        <translation>The local store is not available: the bookings cannot be read.</translation>
    </message>
    <message>
        <source>The bookings could not be read. See &quot;Last problem&quot; in staff mode.</source>
        <translation>The bookings could not be read. See &quot;Last problem&quot; in staff mode.</translation>
    </message>
    <message>
        <source>Every booking from today on is confirmed.</source>
        <translation>Every booking from today on is confirmed.</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Help these visitors when they come. The coordinator at the central office has the phone number each visitor gave on the central list, and can call them.</source>
        <translation>Help these visitors when they come. The coordinator at the central office has the phone number each visitor gave on the central list, and can call them.</translation>
    </message>
    <message>
        <source>Not confirmed: the central office did not confirm this booking (the time was full or is no longer offered).</source>
        <translation>Not confirmed: the central office did not confirm this booking (the time was full or is no longer offered).</translation>
    </message>
    <message>
        <source>Provisional: booked while the kiosk was offline, not yet confirmed by the central office.</source>
        <translation>Provisional: booked while the kiosk was offline, not yet confirmed by the central office.</translation>
    </message>
    <message>
        <source>Central office&apos;s note: %1</source>
        <extracomment>The central office&apos;s staff note on a refused booking. The note itself is always in English: say so in the translation (中心备注（英文）).</extracomment>
        <translation>Central office&apos;s note: %1</translation>
    </message>
</context>
<context>
    <name>StaffCallReason</name>
    <message>
        <source>Help at the kiosk (the Call staff button)</source>
        <translation>Help at the kiosk (the Call staff button)</translation>
    </message>
    <message>
        <source>Appeal of a certificate decision (the certificate page)</source>
        <translation>Appeal of a certificate decision (the certificate page)</translation>
    </message>
    <message>
        <source>Help (reason code %1)</source>
        <translation>Help (reason code %1)</translation>
    </message>
</context>
<context>
    <name>StaffCalls</name>
    <message>
        <source>Acknowledged: someone is on the way</source>
        <translation>Acknowledged: someone is on the way</translation>
    </message>
    <message>
        <source>Open: nobody has answered yet</source>
        <translation>Open: nobody has answered yet</translation>
    </message>
    <message>
        <source>Sent to the centre</source>
        <translation>Sent to the centre</translation>
    </message>
    <message>
        <source>Refused by the centre</source>
        <translation>Refused by the centre</translation>
    </message>
    <message>
        <source>Only on this kiosk (no central server)</source>
        <translation>Only on this kiosk (no central server)</translation>
    </message>
    <message>
        <source>Not yet sent to the centre</source>
        <translation>Not yet sent to the centre</translation>
    </message>
    <message>
        <source>The kiosk cannot save this right now.</source>
        <translation>The kiosk cannot save this right now.</translation>
    </message>
    <message>
        <source>The call from %1 is closed.</source>
        <translation>The call from %1 is closed.</translation>
    </message>
    <message>
        <source>The call from %1 is acknowledged.</source>
        <translation>The call from %1 is acknowledged.</translation>
    </message>
</context>
<context>
    <name>StaffCallsPage</name>
    <message>
        <source>Calls from visitors</source>
        <translation>Calls from visitors</translation>
    </message>
    <message>
        <source>Called at %1, just now</source>
        <translation>Called at %1, just now</translation>
    </message>
    <message>
        <source>Called at %1, 1 minute ago</source>
        <translation>Called at %1, 1 minute ago</translation>
    </message>
    <message>
        <source>Called at %1, %2 minutes ago</source>
        <translation>Called at %1, %2 minutes ago</translation>
    </message>
    <message>
        <source>Back to staff mode</source>
        <translation>Back to staff mode</translation>
    </message>
    <message>
        <source>Acknowledge a call when someone goes to the visitor; close it once the visitor has been helped.</source>
        <translation>Acknowledge a call when someone goes to the visitor; close it once the visitor has been helped.</translation>
    </message>
    <message>
        <source>The local store is not available: the calls cannot be read.</source>
        <translation>The local store is not available: the calls cannot be read.</translation>
    </message>
    <message>
        <source>The calls could not be read. See the problems in staff mode.</source>
        <translation>The calls could not be read. See the problems in staff mode.</translation>
    </message>
    <message>
        <source>No visitor is waiting for staff.</source>
        <translation>No visitor is waiting for staff.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>More calls below</source>
        <translation>More calls below</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Leave staff mode</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>Reader: %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>Records waiting to be sent</source>
        <translation>Records waiting to be sent</translation>
    </message>
    <message>
        <source>Local store: open</source>
        <translation>Local store: open</translation>
    </message>
    <message>
        <source>Local store: NOT available — %1</source>
        <translation>Local store: NOT available — %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Refused by the server, kept for staff: %1</source>
        <translation>Refused by the server, kept for staff: %1</translation>
    </message>
    <message>
        <source>Connection to the central server</source>
        <translation>Connection to the central server</translation>
    </message>
    <message>
        <source>No central server is configured: requests stay on this kiosk.</source>
        <translation>No central server is configured: requests stay on this kiosk.</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>Station enrolled</translation>
    </message>
    <message>
        <source>Not enrolled yet (enrollment code from the settings)</source>
        <translation>Not enrolled yet (enrollment code from the settings)</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Last successful sync: never</translation>
    </message>
    <message>
        <source>Demo: lay a demo card on the simulated reader</source>
        <translation>Demo: lay a demo card on the simulated reader</translation>
    </message>
    <message>
        <source>Present demo card %1: %2</source>
        <translation>Present demo card %1: %2</translation>
    </message>
    <message>
        <source>Take the demo card away</source>
        <translation>Take the demo card away</translation>
    </message>
    <message>
        <source>ready, no card</source>
        <translation>ready, no card</translation>
    </message>
    <message>
        <source>reading a card</source>
        <translation>reading a card</translation>
    </message>
    <message>
        <source>card read, waiting for it to be taken away</source>
        <translation>card read, waiting for it to be taken away</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>no reader</source>
        <translation>no reader</translation>
    </message>
    <message>
        <source>Today&apos;s queue: call the next number</source>
        <translation>Today&apos;s queue: call the next number</translation>
    </message>
    <message>
        <source>Bookings not confirmed</source>
        <translation>Bookings not confirmed</translation>
    </message>
    <message>
        <source>Volunteers checked in now</source>
        <translation>Volunteers checked in now</translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation>Card reader: %1</translation>
    </message>
    <message>
        <source>Card reader: error</source>
        <translation>Card reader: error</translation>
    </message>
    <message>
        <source>Central server: %1</source>
        <translation>Central server: %1</translation>
    </message>
    <message>
        <source>Records refused by the central server: %1 (see the list of records waiting to be sent)</source>
        <translation>Records refused by the central server: %1 (see the list of records waiting to be sent)</translation>
    </message>
    <message>
        <source>Last problem a visitor met: %1</source>
        <translation>Last problem a visitor met: %1</translation>
    </message>
    <message>
        <source>Calls from visitors: %1 not answered</source>
        <translation>Calls from visitors: %1 not answered</translation>
    </message>
    <message>
        <source>Calls from visitors: %1 on the way</source>
        <translation>Calls from visitors: %1 on the way</translation>
    </message>
    <message>
        <source>Calls from visitors: none</source>
        <translation>Calls from visitors: none</translation>
    </message>
    <message>
        <source>Connection setting: %1</source>
        <translation>Connection setting: %1</translation>
    </message>
    <message>
        <source>Local store: not available</source>
        <translation>Local store: not available</translation>
    </message>
    <message>
        <source>Problems now</source>
        <translation>Problems now</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>No problems right now.</source>
        <translation>No problems right now.</translation>
    </message>
    <message>
        <source>The last attempt failed (see Problems now)</source>
        <translation>The last attempt failed (see Problems now)</translation>
    </message>
    <message>
        <source>The last attempt went well</source>
        <translation>The last attempt went well</translation>
    </message>
    <message>
        <source>simulated reader (demo)</source>
        <translation>simulated reader (demo)</translation>
    </message>
    <message>
        <source>serial port %1</source>
        <translation>serial port %1</translation>
    </message>
    <message>
        <source>USB reader %1 (bus %2, device %3)</source>
        <translation>USB reader %1 (bus %2, device %3)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>serial port, found automatically</source>
        <translation>serial port, found automatically</translation>
    </message>
    <message>
        <source>%1 of %2, refused. The server&apos;s note: %3</source>
        <translation>%1 of %2, refused. The server&apos;s note: %3</translation>
    </message>
    <message>
        <source>A call for staff</source>
        <translation>A call for staff</translation>
    </message>
    <message>
        <source>A request for a volunteer</source>
        <translation>A request for a volunteer</translation>
    </message>
    <message>
        <source>A booking</source>
        <translation>A booking</translation>
    </message>
    <message>
        <source>A booking&apos;s cancellation</source>
        <translation>A booking&apos;s cancellation</translation>
    </message>
    <message>
        <source>A volunteer&apos;s check-in</source>
        <translation>A volunteer&apos;s check-in</translation>
    </message>
    <message>
        <source>A volunteer&apos;s check-out</source>
        <translation>A volunteer&apos;s check-out</translation>
    </message>
    <message>
        <source>A rating of help</source>
        <translation>A rating of help</translation>
    </message>
    <message>
        <source>A home assessment or fee waiver request</source>
        <translation>A home assessment or fee waiver request</translation>
    </message>
    <message>
        <source>A request&apos;s cancellation</source>
        <translation>A request&apos;s cancellation</translation>
    </message>
    <message>
        <source>A volunteer registration</source>
        <translation>A volunteer registration</translation>
    </message>
    <message>
        <source>A certificate application</source>
        <translation>A certificate application</translation>
    </message>
    <message>
        <source>A record (%1)</source>
        <translation>A record (%1)</translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>For station staff. Type the staff PIN, then touch Confirm.</source>
        <translation>For station staff. Type the staff PIN, then touch Confirm.</translation>
    </message>
    <message>
        <source>Staff mode is not set up at this kiosk.</source>
        <translation>Staff mode is not set up at this kiosk.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a minute and try again.</source>
        <translation>Too many wrong PINs. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>That PIN is not right. Try again.</translation>
    </message>
</context>
<context>
    <name>StaffQueuePage</name>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Today&apos;s queue</translation>
    </message>
    <message>
        <source>Show the queue display</source>
        <translation>Show the queue display</translation>
    </message>
    <message>
        <source>Back to staff mode</source>
        <translation>Back to staff mode</translation>
    </message>
    <message>
        <source>Calling to window</source>
        <translation>Calling to window</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Higher</translation>
    </message>
    <message>
        <source>Calling ...</source>
        <translation>Calling ...</translation>
    </message>
    <message>
        <source>No service of this station gives queue numbers.</source>
        <translation>No service of this station gives queue numbers.</translation>
    </message>
    <message>
        <source>The local store is not available: the queue cannot be read.</source>
        <translation>The local store is not available: the queue cannot be read.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message numerus="yes">
        <source>Longest wait: %n minute(s)</source>
        <translation>
            <numerusform>Longest wait: %n minute</numerusform>
            <numerusform>Longest wait: %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Called today: %1, the last one %2</source>
        <translation>Called today: %1, the last one %2</translation>
    </message>
    <message>
        <source>Call next to window %1</source>
        <translation>Call next to window %1</translation>
    </message>
</context>
<context>
    <name>StaffVolunteersPage</name>
    <message>
        <source>Volunteers checked in now</source>
        <translation>Volunteers checked in now</translation>
    </message>
    <message>
        <source>Back to staff mode</source>
        <translation>Back to staff mode</translation>
    </message>
    <message>
        <source>Check out a volunteer who forgot: the time counts until the task&apos;s end when it has passed, else until now. Station duty waits for a coordinator&apos;s approval.</source>
        <translation>Check out a volunteer who forgot: the time counts until the task&apos;s end when it has passed, else until now. Station duty waits for a coordinator&apos;s approval.</translation>
    </message>
    <message>
        <source>The local store is not available: the check-ins cannot be read.</source>
        <translation>The local store is not available: the check-ins cannot be read.</translation>
    </message>
    <message>
        <source>The check-ins could not be read. See &quot;Last problem&quot; in staff mode.</source>
        <translation>The check-ins could not be read. See &quot;Last problem&quot; in staff mode.</translation>
    </message>
    <message>
        <source>No volunteer is checked in here now.</source>
        <translation>No volunteer is checked in here now.</translation>
    </message>
    <message>
        <source>Since %1 (an earlier day)</source>
        <translation>Since %1 (an earlier day)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Yes, check out</source>
        <translation>Yes, check out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StationQueue</name>
    <message>
        <source>The kiosk cannot open its data file, so it cannot give numbers now.</source>
        <translation>The kiosk cannot open its data file, so it cannot give numbers now.</translation>
    </message>
    <message>
        <source>Please wait in the waiting area.</source>
        <translation>Please wait in the waiting area.</translation>
    </message>
    <message>
        <source>Please wait near %1.</source>
        <translation>Please wait near %1.</translation>
    </message>
</context>
<context>
    <name>StationStore</name>
    <message>
        <source>The kiosk cannot create its data folder.</source>
        <translation>The kiosk cannot create its data folder.</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message numerus="yes">
        <source>The kiosk will return to the start in %n seconds and forget what you entered.</source>
        <translation>
            <numerusform>The kiosk will return to the start in %n second and forget what you entered.</numerusform>
            <numerusform>The kiosk will return to the start in %n seconds and forget what you entered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Text size %1%</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Speech on</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Speech off</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>en_GB</source>
        <comment>locale of the clock</comment>
        <translation>en_GB</translation>
    </message>
    <message>
        <source>ddd d MMM  HH:mm</source>
        <comment>clock format, as Qt.formatDateTime reads it</comment>
        <translation>ddd d MMM  HH:mm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Text size, colours, speech speed and volume</source>
        <translation>Text size, colours, speech speed and volume</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Thank you, goodbye. Your details have been cleared from the kiosk.</source>
        <translation>Thank you, goodbye. Your details have been cleared from the kiosk.</translation>
    </message>
</context>
<context>
    <name>VolunteerConsentPage</name>
    <message>
        <source>Please read what the station keeps about you. Then touch &quot;I agree&quot; or &quot;I do not agree&quot;.</source>
        <translation>Please read what the station keeps about you. Then touch &quot;I agree&quot; or &quot;I do not agree&quot;.</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>What is kept</translation>
    </message>
    <message>
        <source>Your name, part of your ID number (the middle digits are hidden), your phone number, the ways you can help, the times you can help, and the hours you serve.</source>
        <translation>Your name, part of your ID number (the middle digits are hidden), your phone number, the ways you can help, the times you can help, and the hours you serve.</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>For how long</translation>
    </message>
    <message>
        <source>As long as you are a volunteer. If your registration is not approved, your name, phone and ID number are deleted. The kiosk itself keeps them only until it has sent them to the central office.</source>
        <translation>As long as you are a volunteer. If your registration is not approved, your name, phone and ID number are deleted. The kiosk itself keeps them only until it has sent them to the central office.</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>Who sees it</translation>
    </message>
    <message>
        <source>The district&apos;s volunteer coordinators. The people you help see only your given name.</source>
        <translation>The district&apos;s volunteer coordinators. The people you help see only your given name.</translation>
    </message>
    <message>
        <source>You can say no</source>
        <translation>You can say no</translation>
    </message>
    <message>
        <source>If you do not agree, nothing is saved and you are not registered. Every other service of the kiosk stays open to you.</source>
        <translation>If you do not agree, nothing is saved and you are not registered. Every other service of the kiosk stays open to you.</translation>
    </message>
    <message>
        <source>Official name: consent to real-name volunteer registration and the record of service hours. Version %1.</source>
        <translation>Official name: consent to real-name volunteer registration and the record of service hours. Version %1.</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>I do not agree</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Start the registration again</source>
        <translation>Start the registration again</translation>
    </message>
    <message>
        <source>Back to the volunteers&apos; desk</source>
        <translation>Back to the volunteers&apos; desk</translation>
    </message>
</context>
<context>
    <name>VolunteerDesk</name>
    <message>
        <source>The kiosk cannot read its volunteer list right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot read its volunteer list right now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Hello!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Looking you up on the central volunteer list ...</source>
        <translation>Looking you up on the central volunteer list ...</translation>
    </message>
    <message>
        <source>This ID number is not registered as a volunteer. To register, please place your ID card: the kiosk reads your name from it.</source>
        <translation>This ID number is not registered as a volunteer. To register, please place your ID card: the kiosk reads your name from it.</translation>
    </message>
    <message>
        <source>This card is not registered as a volunteer yet. You can register now.</source>
        <translation>This card is not registered as a volunteer yet. You can register now.</translation>
    </message>
    <message>
        <source>Your registration is waiting for a coordinator&apos;s approval. You can check in once you have your volunteer number.</source>
        <translation>Your registration is waiting for a coordinator&apos;s approval. You can check in once you have your volunteer number.</translation>
    </message>
    <message>
        <source>This ID number is not on the kiosk&apos;s volunteer list. Type your volunteer number.</source>
        <translation>This ID number is not on the kiosk&apos;s volunteer list. Type your volunteer number.</translation>
    </message>
    <message>
        <source>This card is not on the kiosk&apos;s volunteer list. Type your volunteer number.</source>
        <translation>This card is not on the kiosk&apos;s volunteer list. Type your volunteer number.</translation>
    </message>
    <message>
        <source>Please type the digits of your volunteer number.</source>
        <translation>Please type the digits of your volunteer number.</translation>
    </message>
    <message>
        <source>No volunteer has the number %1. Please check it, or ask staff.</source>
        <translation>No volunteer has the number %1. Please check it, or ask staff.</translation>
    </message>
    <message>
        <source>The kiosk cannot save check-ins right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot save check-ins right now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>You are checked in for station duty since %1.</source>
        <translation>You are checked in for station duty since %1.</translation>
    </message>
    <message>
        <source>Station duty hours count once a coordinator approves them.</source>
        <translation>Station duty hours count once a coordinator approves them.</translation>
    </message>
    <message>
        <source>You are checked in for &quot;%1&quot; since %2.</source>
        <translation>You are checked in for &quot;%1&quot; since %2.</translation>
    </message>
    <message>
        <source>When you finish, check out here: Volunteers, then Check out.</source>
        <translation>When you finish, check out here: Volunteers, then Check out.</translation>
    </message>
    <message>
        <source>You served %1 of station duty this time. They count once a coordinator approves them.</source>
        <translation>You served %1 of station duty this time. They count once a coordinator approves them.</translation>
    </message>
    <message>
        <source>You served less than half an hour this time, so no hours were added.</source>
        <translation>You served less than half an hour this time, so no hours were added.</translation>
    </message>
    <message>
        <source>You served %1 this time.</source>
        <translation>You served %1 this time.</translation>
    </message>
    <message>
        <source>You checked in on %1 at %2. The time after midnight is counted too.</source>
        <translation>You checked in on %1 at %2. The time after midnight is counted too.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock was changed while you served, so your time was counted by the kiosk&apos;s own timer.</source>
        <translation>The kiosk&apos;s clock was changed while you served, so your time was counted by the kiosk&apos;s own timer.</translation>
    </message>
    <message>
        <source>Staff checked you out.</source>
        <translation>Staff checked you out.</translation>
    </message>
    <message>
        <source>Your total is now %1. Of that, %2 is not yet sent to the central office.</source>
        <translation>Your total is now %1. Of that, %2 is not yet sent to the central office.</translation>
    </message>
    <message>
        <source>Your total is now %1.</source>
        <translation>Your total is now %1.</translation>
    </message>
    <message>
        <source>Your level: %1.</source>
        <translation>Your level: %1.</translation>
    </message>
    <message>
        <source>You have no star yet.</source>
        <translation>You have no star yet.</translation>
    </message>
    <message>
        <source>You have the highest star level. Thank you!</source>
        <translation>You have the highest star level. Thank you!</translation>
    </message>
    <message>
        <source>You are an approved volunteer (number %1). Your record is on its way to this kiosk: please wait a moment. If it does not come, press &quot;Call staff&quot;.</source>
        <translation>You are an approved volunteer (number %1). Your record is on its way to this kiosk: please wait a moment. If it does not come, press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>You are an approved volunteer (number %1), but your record has not reached this kiosk yet. Please press &quot;Call staff&quot;: station staff can check you in.</source>
        <translation>You are an approved volunteer (number %1), but your record has not reached this kiosk yet. Please press &quot;Call staff&quot;: station staff can check you in.</translation>
    </message>
    <message>
        <source>%1 more to become a %2.</source>
        <translation>%1 more to become a %2.</translation>
    </message>
</context>
<context>
    <name>VolunteerHoursPage</name>
    <message>
        <source>Please show who you are at the volunteers&apos; page first.</source>
        <translation>Please show who you are at the volunteers&apos; page first.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Of that, %1 not yet sent to the central office (it is sent by itself).</source>
        <translation>Of that, %1 not yet sent to the central office (it is sent by itself).</translation>
    </message>
    <message>
        <source>Not in the total yet: %1 of station duty, waiting for a coordinator.</source>
        <translation>Not in the total yet: %1 of station duty, waiting for a coordinator.</translation>
    </message>
    <message>
        <source>the highest star level</source>
        <translation>the highest star level</translation>
    </message>
    <message>
        <source>Recent service here</source>
        <translation>Recent service here</translation>
    </message>
    <message>
        <source>No service at this station yet.</source>
        <translation>No service at this station yet.</translation>
    </message>
    <message>
        <source>For a certificate of your service hours (志愿服务记录证明), ask the station staff: they print it from the central record.</source>
        <translation>For a certificate of your service hours (志愿服务记录证明), ask the station staff: they print it from the central record.</translation>
    </message>
    <message>
        <source>%1 more to become a %2</source>
        <translation>%1 more to become a %2</translation>
    </message>
</context>
<context>
    <name>VolunteerHoursView</name>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation>Waiting for a coordinator</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Your total is %1.</source>
        <translation>Your total is %1.</translation>
    </message>
    <message>
        <source>Of that, %1 is not yet sent to the central office.</source>
        <translation>Of that, %1 is not yet sent to the central office.</translation>
    </message>
    <message>
        <source>%1 of station duty is waiting for a coordinator&apos;s approval.</source>
        <translation>%1 of station duty is waiting for a coordinator&apos;s approval.</translation>
    </message>
    <message>
        <source>Your level: %1.</source>
        <translation>Your level: %1.</translation>
    </message>
    <message>
        <source>You have no star yet.</source>
        <translation>You have no star yet.</translation>
    </message>
    <message>
        <source>For a certificate of your service hours, ask the station staff.</source>
        <translation>For a certificate of your service hours, ask the station staff.</translation>
    </message>
    <message>
        <source>Not counted: please ask station staff</source>
        <translation>Not counted: please ask station staff</translation>
    </message>
    <message>
        <source>%1 more to become a %2.</source>
        <translation>%1 more to become a %2.</translation>
    </message>
</context>
<context>
    <name>VolunteerNumberPage</name>
    <message>
        <source>Type the digits of your volunteer number, for example %1 for %2. Then touch Confirm.</source>
        <translation>Type the digits of your volunteer number, for example %1 for %2. Then touch Confirm.</translation>
    </message>
    <message>
        <source>Please type the digits of your volunteer number.</source>
        <translation>Please type the digits of your volunteer number.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole number. Touch Confirm.</source>
        <translation>A whole number. Touch Confirm.</translation>
    </message>
    <message>
        <source>Touch Confirm when all digits are typed.</source>
        <translation>Touch Confirm when all digits are typed.</translation>
    </message>
    <message>
        <source>No digit typed yet.</source>
        <translation>No digit typed yet.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>VolunteerPhonePage</name>
    <message>
        <source>Type a mobile, or a landline with its area code, so a coordinator can call you about tasks. Then touch Next.</source>
        <translation>Type a mobile, or a landline with its area code, so a coordinator can call you about tasks. Then touch Next.</translation>
    </message>
    <message>
        <source>Please type your phone number. A coordinator needs it to reach you.</source>
        <translation>Please type your phone number. A coordinator needs it to reach you.</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Digits typed: %1</translation>
    </message>
    <message>
        <source>A whole number. Touch Next.</source>
        <translation>A whole number. Touch Next.</translation>
    </message>
    <message>
        <source>No number typed yet.</source>
        <translation>No number typed yet.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>VolunteerRegisterPage</name>
    <message>
        <source>Touch every way you can help; touch one again to take it away. Then touch Next.</source>
        <translation>Touch every way you can help; touch one again to take it away. Then touch Next.</translation>
    </message>
    <message>
        <source>Please choose at least one way you can help.</source>
        <translation>Please choose at least one way you can help.</translation>
    </message>
    <message>
        <source>Check in or out</source>
        <translation>Check in or out</translation>
    </message>
    <message>
        <source>Back to the volunteers&apos; desk</source>
        <translation>Back to the volunteers&apos; desk</translation>
    </message>
    <message>
        <source>Next: %1 chosen</source>
        <translation>Next: %1 chosen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>VolunteerRegisteredPage</name>
    <message>
        <source>A coordinator checks your registration and calls you on %1.</source>
        <translation>A coordinator checks your registration and calls you on %1.</translation>
    </message>
    <message>
        <source>A coordinator checks your registration and calls you.</source>
        <translation>A coordinator checks your registration and calls you.</translation>
    </message>
    <message>
        <source>A coordinator checks your registration and calls you on the phone number you gave.</source>
        <translation>A coordinator checks your registration and calls you on the phone number you gave.</translation>
    </message>
    <message>
        <source>Once approved you get a volunteer number, and every kiosk of the district knows you: check in there with your ID card.</source>
        <translation>Once approved you get a volunteer number, and every kiosk of the district knows you: check in there with your ID card.</translation>
    </message>
    <message>
        <source>Remember this code. The coordinator may ask for it.</source>
        <translation>Remember this code. The coordinator may ask for it.</translation>
    </message>
    <message>
        <source>Your registration code</source>
        <translation>Your registration code</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>VolunteerRegistration</name>
    <message>
        <source>Every weekday morning</source>
        <translation>Every weekday morning</translation>
    </message>
    <message>
        <source>Every weekday afternoon</source>
        <translation>Every weekday afternoon</translation>
    </message>
    <message>
        <source>Every evening</source>
        <translation>Every evening</translation>
    </message>
    <message>
        <source>Saturday and Sunday, all day</source>
        <translation>Saturday and Sunday, all day</translation>
    </message>
    <message>
        <source>Checking whether you are registered already. One moment.</source>
        <translation>Checking whether you are registered already. One moment.</translation>
    </message>
    <message>
        <source>To register, please place your ID card: the kiosk reads your name from it.</source>
        <translation>To register, please place your ID card: the kiosk reads your name from it.</translation>
    </message>
    <message>
        <source>You are registered as volunteer %1 already.</source>
        <translation>You are registered as volunteer %1 already.</translation>
    </message>
    <message>
        <source>Your registration is waiting for a coordinator&apos;s approval.</source>
        <translation>Your registration is waiting for a coordinator&apos;s approval.</translation>
    </message>
    <message>
        <source>Your registration code is %1.</source>
        <translation>Your registration code is %1.</translation>
    </message>
    <message>
        <source>The kiosk cannot register volunteers right now. Please press &quot;Call staff&quot;.</source>
        <translation>The kiosk cannot register volunteers right now. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>You did not agree, so nothing was saved and your choices are deleted. You can register another time, or ask staff.</source>
        <translation>You did not agree, so nothing was saved and your choices are deleted. You can register another time, or ask staff.</translation>
    </message>
    <message>
        <source>Your last registration was not approved. You can register again, or ask staff why.</source>
        <translation>Your last registration was not approved. You can register again, or ask staff why.</translation>
    </message>
    <message>
        <source>Your last registration was not approved: %1. You can register again, or ask staff.</source>
        <translation>Your last registration was not approved: %1. You can register again, or ask staff.</translation>
    </message>
    <message>
        <source>This registration cannot be saved. Please press &quot;Call staff&quot;.</source>
        <translation>This registration cannot be saved. Please press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <source>Please choose at least one way you can help.</source>
        <translation>Please choose at least one way you can help.</translation>
    </message>
    <message>
        <source>Please choose at least one time when you can help.</source>
        <translation>Please choose at least one time when you can help.</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>Please type your phone number.</translation>
    </message>
    <message>
        <source>Please read the consent and touch &quot;I agree&quot; first.</source>
        <translation>Please read the consent and touch &quot;I agree&quot; first.</translation>
    </message>
</context>
<context>
    <name>VolunteerReviewPage</name>
    <message>
        <source>Touch Register, or Change to correct something.</source>
        <translation>Touch Register, or Change to correct something.</translation>
    </message>
    <message>
        <source>Your name: %1. Your phone number: %2.</source>
        <translation>Your name: %1. Your phone number: %2.</translation>
    </message>
    <message>
        <source>Your name and phone number are on the screen.</source>
        <translation>Your name and phone number are on the screen.</translation>
    </message>
    <message>
        <source>Saving your registration, one moment.</source>
        <translation>Saving your registration, one moment.</translation>
    </message>
    <message>
        <source>Name and ID number, from your card</source>
        <translation>Name and ID number, from your card</translation>
    </message>
    <message>
        <source>Your name is on the screen.</source>
        <translation>Your name is on the screen.</translation>
    </message>
    <message>
        <source>Your ID number, with its middle digits hidden, is on the screen.</source>
        <translation>Your ID number, with its middle digits hidden, is on the screen.</translation>
    </message>
    <message>
        <source>How you can help</source>
        <translation>How you can help</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>When you can help</source>
        <translation>When you can help</translation>
    </message>
    <message>
        <source>Phone for the coordinators</source>
        <translation>Phone for the coordinators</translation>
    </message>
    <message>
        <source>Not typed</source>
        <translation>Not typed</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>Your phone number is on the screen.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>You agreed to what the station keeps.</source>
        <translation>You agreed to what the station keeps.</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Not agreed yet</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>VolunteerTimesPage</name>
    <message>
        <source>Please choose at least one time when you can help.</source>
        <translation>Please choose at least one time when you can help.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Times chosen: %1</source>
        <translation>Times chosen: %1</translation>
    </message>
    <message>
        <source>No time chosen yet.</source>
        <translation>No time chosen yet.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Touch the times you can usually help. Touch one again to take it away. Then touch Next.</source>
        <translation>Touch the times you can usually help. Touch one again to take it away. Then touch Next.</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <translation>nothing chosen</translation>
    </message>
    <message>
        <source>Select to choose, then move to each time.</source>
        <translation>Select to choose, then move to each time.</translation>
    </message>
</context>
<context>
    <name>core::ApplicationStates</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
</context>
<context>
    <name>core::CertificateLifecycle</name>
    <message>
        <source>your ID card</source>
        <translation>your ID card</translation>
    </message>
    <message>
        <source>your household register (户口本)</source>
        <translation>your household register (户口本)</translation>
    </message>
    <message>
        <source>three recent 2-inch photos with a white background</source>
        <translation>three recent 2-inch photos with a white background</translation>
    </message>
    <message>
        <source>medical records and test reports</source>
        <translation>medical records and test reports</translation>
    </message>
    <message>
        <source>your old disability certificate</source>
        <translation>your old disability certificate</translation>
    </message>
    <message>
        <source>the written notice of the decision</source>
        <translation>the written notice of the decision</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Awaiting assessment</source>
        <translation>Awaiting assessment</translation>
    </message>
    <message>
        <source>Waiting for the assessment</source>
        <translation>Waiting for the assessment</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Assessment done</source>
        <translation>Assessment done</translation>
    </message>
    <message>
        <source>The assessment is done. If it meets the standard, the result is posted in your community for 5 working days.</source>
        <translation>The assessment is done. If it meets the standard, the result is posted in your community for 5 working days.</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Result on public notice</source>
        <translation>Result on public notice</translation>
    </message>
    <message>
        <source>The result is posted in your community for 5 working days. You do not need to do anything.</source>
        <translation>The result is posted in your community for 5 working days. You do not need to do anything.</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Being checked by the federation</source>
        <translation>Being checked by the federation</translation>
    </message>
    <message>
        <source>Being made</source>
        <translation>Being made</translation>
    </message>
    <message>
        <source>Certificate being made</source>
        <translation>Certificate being made</translation>
    </message>
    <message>
        <source>Approved. Your certificate is being made; you will be told when you can collect it.</source>
        <translation>Approved. Your certificate is being made; you will be told when you can collect it.</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>Ready to collect</translation>
    </message>
    <message>
        <source>Your certificate is ready. Please bring your ID card to collect it. The certificate is free.</source>
        <translation>Your certificate is ready. Please bring your ID card to collect it. The certificate is free.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Your certificate is valid for 10 years. You can renew it free of charge in the last 90 days.</source>
        <translation>Your certificate is valid for 10 years. You can renew it free of charge in the last 90 days.</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Not approved</source>
        <comment>plain words</comment>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>The assessment did not meet the standard. If you disagree, you can ask the city federation to look at it again within 10 working days.</source>
        <translation>The assessment did not meet the standard. If you disagree, you can ask the city federation to look at it again within 10 working days.</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Renewal due</translation>
    </message>
    <message>
        <source>Time to renew</source>
        <translation>Time to renew</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Moved with your household</source>
        <translation>Moved with your household</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Replacement issued</source>
        <translation>Replacement issued</translation>
    </message>
    <message>
        <source>A replacement was issued for a lost certificate; the old one is no longer valid. The new number ends with a mark like B1.</source>
        <translation>A replacement was issued for a lost certificate; the old one is no longer valid. The new number ends with a mark like B1.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>Certificate cancelled</translation>
    </message>
    <message>
        <source>The certificate was cancelled. A new application is possible one year after the cancellation.</source>
        <translation>The certificate was cancelled. A new application is possible one year after the cancellation.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Today is its last day.</source>
        <translation>Today is its last day.</translation>
    </message>
    <message>
        <source>%1 days left.</source>
        <translation>%1 days left.</translation>
    </message>
    <message>
        <source>Staff will tell you where to collect it.</source>
        <translation>Staff will tell you where to collect it.</translation>
    </message>
    <message>
        <source>The district disability federation has your application and will arrange an assessment at a designated hospital. If you cannot travel, you can ask for an assessment at home.</source>
        <translation>The district disability federation has your application and will arrange an assessment at a designated hospital. If you cannot travel, you can ask for an assessment at home.</translation>
    </message>
    <message>
        <source>The assessment at a designated hospital comes next. You can ask for the assessment fee to be waived.</source>
        <translation>The assessment at a designated hospital comes next. You can ask for the assessment fee to be waived.</translation>
    </message>
    <message>
        <source>After the notice, the district federation checks the application within 10 working days. You do not need to do anything.</source>
        <translation>After the notice, the district federation checks the application within 10 working days. You do not need to do anything.</translation>
    </message>
    <message>
        <source>Your certificate expires soon. Renewing is free: press &quot;Renew my certificate&quot;. If your situation has changed, you can ask for a new assessment there.</source>
        <translation>Your certificate expires soon. Renewing is free: press &quot;Renew my certificate&quot;. If your situation has changed, you can ask for a new assessment there.</translation>
    </message>
    <message>
        <source>Your household registration moved, so your certificate now belongs to the district federation of your new home. Please go there from now on.</source>
        <translation>Your household registration moved, so your certificate now belongs to the district federation of your new home. Please go there from now on.</translation>
    </message>
    <message>
        <source>1 day left.</source>
        <translation>1 day left.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Your certificate has expired. You can still renew it free of charge: press &quot;Renew my certificate&quot;. If your situation has changed, you can ask for a new assessment there.</source>
        <translation>Your certificate has expired. You can still renew it free of charge: press &quot;Renew my certificate&quot;. If your situation has changed, you can ask for a new assessment there.</translation>
    </message>
</context>
<context>
    <name>core::CertificateNumber</name>
    <message>
        <source>A certificate number has 20 characters: the ID number and two more digits.</source>
        <translation>A certificate number has 20 characters: the ID number and two more digits.</translation>
    </message>
    <message>
        <source>The first 18 characters are the ID number, and they are not right.</source>
        <translation>The first 18 characters are the ID number, and they are not right.</translation>
    </message>
    <message>
        <source>Character 19 is the disability category and must be 1 to 7.</source>
        <translation>Character 19 is the disability category and must be 1 to 7.</translation>
    </message>
    <message>
        <source>Character 20 is the level and must be 1 to 4.</source>
        <translation>Character 20 is the level and must be 1 to 4.</translation>
    </message>
    <message>
        <source>Only a replacement mark such as B1 may follow the 20 characters.</source>
        <translation>Only a replacement mark such as B1 may follow the 20 characters.</translation>
    </message>
</context>
<context>
    <name>core::CertificateProcedures</name>
    <message>
        <source>The district disability federation&apos;s service hall handles it. This station passes your application on, and staff call you to arrange the papers.</source>
        <translation>The district disability federation&apos;s service hall handles it. This station passes your application on, and staff call you to arrange the papers.</translation>
    </message>
    <message>
        <source>After the assessment: 5 working days of public notice, then up to 10 working days for the review.</source>
        <translation>After the assessment: 5 working days of public notice, then up to 10 working days for the review.</translation>
    </message>
    <message>
        <source>First application</source>
        <translation>First application</translation>
    </message>
    <message>
        <source>Apply for a certificate</source>
        <translation>Apply for a certificate</translation>
    </message>
    <message>
        <source>For a first disability certificate. A designated hospital assesses the disability, and the certificate brings allowances and services.</source>
        <translation>For a first disability certificate. A designated hospital assesses the disability, and the certificate brings allowances and services.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Renew my certificate</source>
        <translation>Renew my certificate</translation>
    </message>
    <message>
        <source>A certificate is valid for 10 years. Renew it in the last 90 days, or once it has expired, to keep your allowances and services.</source>
        <translation>A certificate is valid for 10 years. Renew it in the last 90 days, or once it has expired, to keep your allowances and services.</translation>
    </message>
    <message>
        <source>Report of loss and replacement</source>
        <translation>Report of loss and replacement</translation>
    </message>
    <message>
        <source>Report it lost or replace it</source>
        <translation>Report it lost or replace it</translation>
    </message>
    <message>
        <source>For a card that is lost or damaged. A lost card is marked at once so nobody else can use it, and you get a new one.</source>
        <translation>For a card that is lost or damaged. A lost card is marked at once so nobody else can use it, and you get a new one.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Move it to my new district</source>
        <translation>Move it to my new district</translation>
    </message>
    <message>
        <source>When your household registration moves to another district, your certificate moves with it, so the new district can serve you.</source>
        <translation>When your household registration moves to another district, your certificate moves with it, so the new district can serve you.</translation>
    </message>
    <message>
        <source>Change of category or level</source>
        <translation>Change of category or level</translation>
    </message>
    <message>
        <source>Change its category or level</source>
        <translation>Change its category or level</translation>
    </message>
    <message>
        <source>When the disability has changed. A new assessment decides the category or level on the new card.</source>
        <translation>When the disability has changed. A new assessment decides the category or level on the new card.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Cancel my certificate</source>
        <translation>Cancel my certificate</translation>
    </message>
    <message>
        <source>Ends the certificate and the allowances that come with it. A new application can be made one year after the cancellation.</source>
        <translation>Ends the certificate and the allowances that come with it. A new application can be made one year after the cancellation.</translation>
    </message>
    <message>
        <source>Up to %1 working days after you hand in your papers.</source>
        <translation>Up to %1 working days after you hand in your papers.</translation>
    </message>
    <message>
        <source>the damaged card</source>
        <translation>the damaged card</translation>
    </message>
    <message>
        <source>the death certificate and your own ID card</source>
        <translation>the death certificate and your own ID card</translation>
    </message>
</context>
<context>
    <name>core::CityDistricts</name>
    <message>
        <source>Heping District</source>
        <translation>Heping District</translation>
    </message>
    <message>
        <source>Hedong District</source>
        <translation>Hedong District</translation>
    </message>
    <message>
        <source>Hexi District</source>
        <translation>Hexi District</translation>
    </message>
    <message>
        <source>Nankai District</source>
        <translation>Nankai District</translation>
    </message>
    <message>
        <source>Hebei District</source>
        <translation>Hebei District</translation>
    </message>
    <message>
        <source>Hongqiao District</source>
        <translation>Hongqiao District</translation>
    </message>
    <message>
        <source>Dongli District</source>
        <translation>Dongli District</translation>
    </message>
    <message>
        <source>Xiqing District</source>
        <translation>Xiqing District</translation>
    </message>
    <message>
        <source>Jinnan District</source>
        <translation>Jinnan District</translation>
    </message>
    <message>
        <source>Beichen District</source>
        <translation>Beichen District</translation>
    </message>
    <message>
        <source>Wuqing District</source>
        <translation>Wuqing District</translation>
    </message>
    <message>
        <source>Baodi District</source>
        <translation>Baodi District</translation>
    </message>
    <message>
        <source>Binhai New Area</source>
        <translation>Binhai New Area</translation>
    </message>
    <message>
        <source>Ninghe District</source>
        <translation>Ninghe District</translation>
    </message>
    <message>
        <source>Jinghai District</source>
        <translation>Jinghai District</translation>
    </message>
    <message>
        <source>Jizhou District</source>
        <translation>Jizhou District</translation>
    </message>
    <message>
        <source>Outside Tianjin</source>
        <translation>Outside Tianjin</translation>
    </message>
</context>
<context>
    <name>core::DayParts</name>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Any time, call me to arrange</source>
        <translation>Any time, call me to arrange</translation>
    </message>
</context>
<context>
    <name>core::Disability</name>
    <message>
        <source>Visual disability</source>
        <translation>Visual disability</translation>
    </message>
    <message>
        <source>Hearing disability</source>
        <translation>Hearing disability</translation>
    </message>
    <message>
        <source>Speech disability</source>
        <translation>Speech disability</translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation>Physical disability</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>Intellectual disability</translation>
    </message>
    <message>
        <source>Mental disability</source>
        <translation>Mental disability</translation>
    </message>
    <message>
        <source>Multiple disabilities</source>
        <translation>Multiple disabilities</translation>
    </message>
    <message>
        <source>Level 1 (most severe)</source>
        <translation>Level 1 (most severe)</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <source>Level 4 (mildest)</source>
        <translation>Level 4 (mildest)</translation>
    </message>
    <message>
        <source>red cover</source>
        <translation>red cover</translation>
    </message>
    <message>
        <source>green cover</source>
        <translation>green cover</translation>
    </message>
</context>
<context>
    <name>core::HelpTypes</name>
    <message>
        <source>Go with me to the hospital</source>
        <translation>Go with me to the hospital</translation>
    </message>
    <message>
        <source>Shopping and meal delivery</source>
        <translation>Shopping and meal delivery</translation>
    </message>
    <message>
        <source>A visit and company at home</source>
        <translation>A visit and company at home</translation>
    </message>
    <message>
        <source>Sign-language interpreting</source>
        <translation>Sign-language interpreting</translation>
    </message>
    <message>
        <source>Transport and wheelchair escort</source>
        <translation>Transport and wheelchair escort</translation>
    </message>
    <message>
        <source>Help with paperwork</source>
        <translation>Help with paperwork</translation>
    </message>
    <message>
        <source>Small home repairs for access</source>
        <translation>Small home repairs for access</translation>
    </message>
    <message>
        <source>Reading letters to me</source>
        <translation>Reading letters to me</translation>
    </message>
    <message>
        <source>Goes with you to register, see the doctor and get medicine; no nursing care, does not pay for you.</source>
        <translation>Goes with you to register, see the doctor and get medicine; no nursing care, does not pay for you.</translation>
    </message>
    <message>
        <source>Buys things and brings meals home; you pay yourself, nobody looks after your money.</source>
        <translation>Buys things and brings meals home; you pay yourself, nobody looks after your money.</translation>
    </message>
    <message>
        <source>Comes to talk and keep you company; no housework, no nursing care.</source>
        <translation>Comes to talk and keep you company; no housework, no nursing care.</translation>
    </message>
    <message>
        <source>Goes out with you, pushes the wheelchair, helps in and out of vehicles; does not drive you.</source>
        <translation>Goes out with you, pushes the wheelchair, helps in and out of vehicles; does not drive you.</translation>
    </message>
    <message>
        <source>Interprets in sign language at offices and doctors; does not decide for you.</source>
        <translation>Interprets in sign language at offices and doctors; does not decide for you.</translation>
    </message>
    <message>
        <source>Helps you understand and fill in forms; does not sign for you.</source>
        <translation>Helps you understand and fill in forms; does not sign for you.</translation>
    </message>
    <message>
        <source>Small jobs such as grab rails and door sills; no building work.</source>
        <translation>Small jobs such as grab rails and door sills; no building work.</translation>
    </message>
    <message>
        <source>Reads letters and notices out to you; does not answer them for you.</source>
        <translation>Reads letters and notices out to you; does not answer them for you.</translation>
    </message>
</context>
<context>
    <name>core::IdNumber</name>
    <message>
        <source>An ID number has 18 characters. Please check for a missing or extra digit.</source>
        <translation>An ID number has 18 characters. Please check for a missing or extra digit.</translation>
    </message>
    <message>
        <source>An ID number has only digits; the last one may be an X.</source>
        <translation>An ID number has only digits; the last one may be an X.</translation>
    </message>
    <message>
        <source>The birth date in the number (characters 7 to 14) is not right. Please check it.</source>
        <translation>The birth date in the number (characters 7 to 14) is not right. Please check it.</translation>
    </message>
    <message>
        <source>One digit seems wrong: the last character does not match. Please type it again from the card.</source>
        <translation>One digit seems wrong: the last character does not match. Please type it again from the card.</translation>
    </message>
</context>
<context>
    <name>core::NotePhrases</name>
    <message>
        <source>I use a wheelchair</source>
        <translation>I use a wheelchair</translation>
    </message>
    <message>
        <source>Please bring a wheelchair</source>
        <translation>Please bring a wheelchair</translation>
    </message>
    <message>
        <source>I am blind</source>
        <translation>I am blind</translation>
    </message>
    <message>
        <source>I have a guide dog</source>
        <translation>I have a guide dog</translation>
    </message>
    <message>
        <source>I am deaf, please write</source>
        <translation>I am deaf, please write</translation>
    </message>
    <message>
        <source>I am hard of hearing, please speak loudly and slowly</source>
        <translation>I am hard of hearing, please speak loudly and slowly</translation>
    </message>
    <message>
        <source>I need a sign-language interpreter</source>
        <translation>I need a sign-language interpreter</translation>
    </message>
    <message>
        <source>Please send a female volunteer</source>
        <translation>Please send a female volunteer</translation>
    </message>
    <message>
        <source>Please speak simply and slowly</source>
        <translation>Please speak simply and slowly</translation>
    </message>
    <message>
        <source>I cannot use stairs</source>
        <translation>I cannot use stairs</translation>
    </message>
</context>
<context>
    <name>core::PhoneNumber</name>
    <message>
        <source>Please enter a phone number.</source>
        <translation>Please enter a phone number.</translation>
    </message>
    <message>
        <source>A phone number has digits only.</source>
        <translation>A phone number has digits only.</translation>
    </message>
    <message>
        <source>The number is too short: a mobile number has 11 digits; a landline needs its area code.</source>
        <translation>The number is too short: a mobile number has 11 digits; a landline needs its area code.</translation>
    </message>
    <message>
        <source>The number is too long: a mobile number has 11 digits.</source>
        <translation>The number is too long: a mobile number has 11 digits.</translation>
    </message>
    <message>
        <source>This is not a mobile or landline number; please check it.</source>
        <translation>This is not a mobile or landline number; please check it.</translation>
    </message>
</context>
<context>
    <name>core::PlaceKinds</name>
    <message>
        <source>At my home</source>
        <translation>At my home</translation>
    </message>
    <message>
        <source>At this station</source>
        <translation>At this station</translation>
    </message>
    <message>
        <source>At a hospital or another place</source>
        <translation>At a hospital or another place</translation>
    </message>
    <message>
        <source>Call me to arrange</source>
        <translation>Call me to arrange</translation>
    </message>
</context>
<context>
    <name>core::ProcedureChoices</name>
    <message>
        <source>I am not sure</source>
        <translation>I am not sure</translation>
    </message>
    <message>
        <source>The doctors will find out at the assessment.</source>
        <translation>The doctors will find out at the assessment.</translation>
    </message>
    <message>
        <source>My situation is the same</source>
        <translation>My situation is the same</translation>
    </message>
    <message>
        <source>You get a new card with the same category and level.</source>
        <translation>You get a new card with the same category and level.</translation>
    </message>
    <message>
        <source>It has changed: I would like a new assessment</source>
        <translation>It has changed: I would like a new assessment</translation>
    </message>
    <message>
        <source>Staff arrange an assessment before the new card is made.</source>
        <translation>Staff arrange an assessment before the new card is made.</translation>
    </message>
    <message>
        <source>It is lost</source>
        <translation>It is lost</translation>
    </message>
    <message>
        <source>Your old card is marked lost at once, so nobody else can use it.</source>
        <translation>Your old card is marked lost at once, so nobody else can use it.</translation>
    </message>
    <message>
        <source>It is damaged</source>
        <translation>It is damaged</translation>
    </message>
    <message>
        <source>Bring the damaged card with you.</source>
        <translation>Bring the damaged card with you.</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>The category</translation>
    </message>
    <message>
        <source>The kind of disability is different now.</source>
        <translation>The kind of disability is different now.</translation>
    </message>
    <message>
        <source>The level</source>
        <translation>The level</translation>
    </message>
    <message>
        <source>The disability is more or less severe now.</source>
        <translation>The disability is more or less severe now.</translation>
    </message>
    <message>
        <source>I no longer need it</source>
        <translation>I no longer need it</translation>
    </message>
    <message>
        <source>My condition has improved</source>
        <translation>My condition has improved</translation>
    </message>
    <message>
        <source>I have moved abroad</source>
        <translation>I have moved abroad</translation>
    </message>
    <message>
        <source>The holder has died</source>
        <translation>The holder has died</translation>
    </message>
    <message>
        <source>A family member can cancel the card. We are sorry for your loss.</source>
        <translation>A family member can cancel the card. We are sorry for your loss.</translation>
    </message>
</context>
<context>
    <name>core::RatingPhrases</name>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Really helpful</source>
        <translation>Really helpful</translation>
    </message>
    <message>
        <source>Knew what to do</source>
        <translation>Knew what to do</translation>
    </message>
    <message>
        <source>Came late</source>
        <translation>Came late</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Was rude</source>
        <translation>Was rude</translation>
    </message>
    <message>
        <source>Not the help I asked for</source>
        <translation>Not the help I asked for</translation>
    </message>
</context>
<context>
    <name>core::RequestStates</name>
    <message>
        <source>Sent, waiting to be seen</source>
        <translation>Sent, waiting to be seen</translation>
    </message>
    <message>
        <source>Accepted, finding a volunteer</source>
        <translation>Accepted, finding a volunteer</translation>
    </message>
    <message>
        <source>A volunteer is arranged</source>
        <translation>A volunteer is arranged</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>core::ServiceCategories</name>
    <message>
        <source>Rehabilitation and aids</source>
        <translation>Rehabilitation and aids</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <source>Finding work</source>
        <translation>Finding work</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>Day care</translation>
    </message>
    <message>
        <source>Culture and sports</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Legal help</translation>
    </message>
    <message>
        <source>Making your home accessible</source>
        <translation>Making your home accessible</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source>Disability assessment</source>
        <translation>Disability assessment</translation>
    </message>
</context>
<context>
    <name>core::StarLevel</name>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>1-star volunteer</source>
        <translation>1-star volunteer</translation>
    </message>
    <message>
        <source>2-star volunteer</source>
        <translation>2-star volunteer</translation>
    </message>
    <message>
        <source>3-star volunteer</source>
        <translation>3-star volunteer</translation>
    </message>
    <message>
        <source>4-star volunteer</source>
        <translation>4-star volunteer</translation>
    </message>
    <message>
        <source>5-star volunteer</source>
        <translation>5-star volunteer</translation>
    </message>
</context>
<context>
    <name>core::TranslatableText</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format, as QDate::toString() reads it</comment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>core::VolunteerSkills</name>
    <message>
        <source>Driving</source>
        <translation>Driving</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>First aid</translation>
    </message>
    <message>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <source>Going with people to the hospital</source>
        <translation>Going with people to the hospital</translation>
    </message>
    <message>
        <source>Shopping and bringing meals</source>
        <translation>Shopping and bringing meals</translation>
    </message>
    <message>
        <source>Visiting people at home</source>
        <translation>Visiting people at home</translation>
    </message>
    <message>
        <source>Sign language interpreting</source>
        <translation>Sign language interpreting</translation>
    </message>
    <message>
        <source>Helping with forms and paperwork</source>
        <translation>Helping with forms and paperwork</translation>
    </message>
    <message>
        <source>Helping people get about (wheelchair, transport)</source>
        <translation>Helping people get about (wheelchair, transport)</translation>
    </message>
    <message>
        <source>Small repairs for access at home</source>
        <translation>Small repairs for access at home</translation>
    </message>
    <message>
        <source>Reading letters aloud</source>
        <translation>Reading letters aloud</translation>
    </message>
</context>
<context>
    <name>idcard::CardParser</name>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>unstated</source>
        <translation>unstated</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>idcard::IdCard</name>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Hong Kong, Macau and Taiwan residence permit</source>
        <translation>Hong Kong, Macau and Taiwan residence permit</translation>
    </message>
    <message>
        <source>Foreign permanent resident card (old version)</source>
        <translation>Foreign permanent resident card (old version)</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card (2023)</source>
        <translation>Foreign permanent resident ID card (2023)</translation>
    </message>
</context>
<context>
    <name>idcard::ReaderError</name>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Card found</source>
        <translation>Card found</translation>
    </message>
    <message>
        <source>The reader received a command with a wrong checksum</source>
        <translation>The reader received a command with a wrong checksum</translation>
    </message>
    <message>
        <source>The reader received a command with a wrong length</source>
        <translation>The reader received a command with a wrong length</translation>
    </message>
    <message>
        <source>The reader does not know this command</source>
        <translation>The reader does not know this command</translation>
    </message>
    <message>
        <source>The reader refused an unauthorized operation</source>
        <translation>The reader refused an unauthorized operation</translation>
    </message>
    <message>
        <source>The reader reported an unrecognized error</source>
        <translation>The reader reported an unrecognized error</translation>
    </message>
    <message>
        <source>The card could not authenticate the reader&apos;s security module</source>
        <translation>The card could not authenticate the reader&apos;s security module</translation>
    </message>
    <message>
        <source>The reader&apos;s security module could not authenticate the card</source>
        <translation>The reader&apos;s security module could not authenticate the card</translation>
    </message>
    <message>
        <source>The card&apos;s information failed verification</source>
        <translation>The card&apos;s information failed verification</translation>
    </message>
    <message>
        <source>Unknown card type</source>
        <translation>Unknown card type</translation>
    </message>
    <message>
        <source>Reading the card failed; place the card flat on the reader</source>
        <translation>Reading the card failed; place the card flat on the reader</translation>
    </message>
    <message>
        <source>Getting a random number failed</source>
        <translation>Getting a random number failed</translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test</source>
        <translation>The reader&apos;s security module failed its self-test</translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorized</source>
        <translation>The reader&apos;s security module is not authorized</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>No card on the reader</translation>
    </message>
    <message>
        <source>Selecting the card failed; place it again</source>
        <translation>Selecting the card failed; place it again</translation>
    </message>
    <message>
        <source>The card has no content for this item</source>
        <translation>The card has no content for this item</translation>
    </message>
    <message>
        <source>The reader returned unknown status %1</source>
        <translation>The reader returned unknown status %1</translation>
    </message>
    <message>
        <source>The reader did not answer in time</source>
        <translation>The reader did not answer in time</translation>
    </message>
    <message>
        <source>The reader&apos;s answer was damaged (wrong checksum)</source>
        <translation>The reader&apos;s answer was damaged (wrong checksum)</translation>
    </message>
    <message>
        <source>The reader&apos;s answer had an impossible length</source>
        <translation>The reader&apos;s answer had an impossible length</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be understood</source>
        <translation>The card&apos;s data could not be understood</translation>
    </message>
    <message>
        <source>No card reader is connected</source>
        <translation>No card reader is connected</translation>
    </message>
    <message>
        <source>No permission to open the reader (check the udev rule)</source>
        <translation>No permission to open the reader (check the udev rule)</translation>
    </message>
    <message>
        <source>The card reader was disconnected</source>
        <translation>The card reader was disconnected</translation>
    </message>
    <message>
        <source>Talking to the card reader failed</source>
        <translation>Talking to the card reader failed</translation>
    </message>
</context>
<context>
    <name>idcard::ReaderState</name>
    <message>
        <source>The card reader is not connected; please ask staff</source>
        <translation>The card reader is not connected; please ask staff</translation>
    </message>
    <message>
        <source>Place the card flat on the reader</source>
        <translation>Place the card flat on the reader</translation>
    </message>
    <message>
        <source>Reading the card; keep it still</source>
        <translation>Reading the card; keep it still</translation>
    </message>
    <message>
        <source>Done; please remove the card</source>
        <translation>Done; please remove the card</translation>
    </message>
    <message>
        <source>Reading did not work; place the card again</source>
        <translation>Reading did not work; place the card again</translation>
    </message>
</context>
<context>
    <name>kiosksync::SyncProblem</name>
    <message>
        <source>register this kiosk</source>
        <translation>register this kiosk</translation>
    </message>
    <message>
        <source>send the waiting requests</source>
        <translation>send the waiting requests</translation>
    </message>
    <message>
        <source>fetch news from the centre</source>
        <translation>fetch news from the centre</translation>
    </message>
    <message>
        <source>The kiosk cannot open its own data file; call the station&apos;s technician.</source>
        <translation>The kiosk cannot open its own data file; call the station&apos;s technician.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s registration file is not private or not readable, so the kiosk does not use it. The technician must fix it (chmod 600) and restart the kiosk; see the log.</source>
        <translation>The kiosk&apos;s registration file is not private or not readable, so the kiosk does not use it. The technician must fix it (chmod 600) and restart the kiosk; see the log.</translation>
    </message>
    <message>
        <source>This kiosk is not yet registered with the centre: no server address or enrollment code is configured.</source>
        <translation>This kiosk is not yet registered with the centre: no server address or enrollment code is configured.</translation>
    </message>
    <message>
        <source>The centre did not accept this kiosk&apos;s enrollment code (unknown, used or expired). Ask the centre for a new code.</source>
        <translation>The centre did not accept this kiosk&apos;s enrollment code (unknown, used or expired). Ask the centre for a new code.</translation>
    </message>
    <message>
        <source>The kiosk could not keep its registration; it will try again.</source>
        <translation>The kiosk could not keep its registration; it will try again.</translation>
    </message>
    <message>
        <source>The kiosk cannot read its own queue; call the station&apos;s technician.</source>
        <translation>The kiosk cannot read its own queue; call the station&apos;s technician.</translation>
    </message>
    <message>
        <source>The kiosk could not update its own queue; it will try again.</source>
        <translation>The kiosk could not update its own queue; it will try again.</translation>
    </message>
    <message>
        <source>The kiosk cannot read its own sync state; call the station&apos;s technician.</source>
        <translation>The kiosk cannot read its own sync state; call the station&apos;s technician.</translation>
    </message>
    <message>
        <source>The centre sent an answer the kiosk cannot read; it will try again.</source>
        <translation>The centre sent an answer the kiosk cannot read; it will try again.</translation>
    </message>
    <message>
        <source>The kiosk could not save news from the centre; it will try again.</source>
        <translation>The kiosk could not save news from the centre; it will try again.</translation>
    </message>
    <message>
        <source>The centre cannot be reached to %1. Nothing is lost: the kiosk keeps everything and sends it when the connection is back.</source>
        <translation>The centre cannot be reached to %1. Nothing is lost: the kiosk keeps everything and sends it when the connection is back.</translation>
    </message>
    <message>
        <source>The centre does not recognise this kiosk. Ask the centre for a new enrollment code.</source>
        <translation>The centre does not recognise this kiosk. Ask the centre for a new enrollment code.</translation>
    </message>
    <message>
        <source>The centre has withdrawn this kiosk&apos;s access. Ask the centre for a new enrollment code.</source>
        <translation>The centre has withdrawn this kiosk&apos;s access. Ask the centre for a new enrollment code.</translation>
    </message>
    <message>
        <source>The centre asked the kiosk to slow down; it will try again shortly.</source>
        <translation>The centre asked the kiosk to slow down; it will try again shortly.</translation>
    </message>
    <message>
        <source>The centre has a problem (error %1) and could not %2; the kiosk will try again.</source>
        <translation>The centre has a problem (error %1) and could not %2; the kiosk will try again.</translation>
    </message>
    <message>
        <source>The centre refused to %1 (error %2).</source>
        <translation>The centre refused to %1 (error %2).</translation>
    </message>
    <message>
        <source>The last exchange with the centre failed; the kiosk&apos;s log says why.</source>
        <translation>The last exchange with the centre failed; the kiosk&apos;s log says why.</translation>
    </message>
</context>
<context>
    <name>store::ApplicationStore</name>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Please choose one of the answers.</translation>
    </message>
</context>
<context>
    <name>store::Database</name>
    <message>
        <source>The data file was written by a newer version of the kiosk. Please call maintenance.</source>
        <translation>The data file was written by a newer version of the kiosk. Please call maintenance.</translation>
    </message>
</context>
<context>
    <name>store::DemoData</name>
    <message>
        <source>The store already has data; the demo data was not installed.</source>
        <translation>The store already has data; the demo data was not installed.</translation>
    </message>
</context>
<context>
    <name>store::HelpRequestCheck</name>
    <message>
        <source>That day has passed. Please choose today or a later day.</source>
        <translation>That day has passed. Please choose today or a later day.</translation>
    </message>
    <message>
        <source>One of the notes is not known.</source>
        <translation>One of the notes is not known.</translation>
    </message>
    <message>
        <source>This place is not on the station&apos;s list. Please choose another.</source>
        <translation>This place is not on the station&apos;s list. Please choose another.</translation>
    </message>
</context>
<context>
    <name>store::QueueStore</name>
    <message>
        <source>This service is not offered here any more. Please ask the staff.</source>
        <translation>This service is not offered here any more. Please ask the staff.</translation>
    </message>
    <message>
        <source>This service gives no queue numbers. Please book a time instead.</source>
        <translation>This service gives no queue numbers. Please book a time instead.</translation>
    </message>
    <message>
        <source>This service is not open now. Please look at its opening hours.</source>
        <translation>This service is not open now. Please look at its opening hours.</translation>
    </message>
    <message>
        <source>Please choose a window number.</source>
        <translation>Please choose a window number.</translation>
    </message>
</context>
<context>
    <name>store::RegistrationReason</name>
    <message>
        <source>the central office has you as volunteer %1 already</source>
        <translation>the central office has you as volunteer %1 already</translation>
    </message>
    <message>
        <source>the central office could not accept it as it was sent</source>
        <translation>the central office could not accept it as it was sent</translation>
    </message>
</context>
<context>
    <name>store::RegistrationStore</name>
    <message>
        <source>The name could not be read from your ID card. Please place the card again.</source>
        <translation>The name could not be read from your ID card. Please place the card again.</translation>
    </message>
    <message>
        <source>Please choose at least one way you can help.</source>
        <translation>Please choose at least one way you can help.</translation>
    </message>
    <message>
        <source>One of the chosen ways to help is not known to this kiosk. Please choose again.</source>
        <translation>One of the chosen ways to help is not known to this kiosk. Please choose again.</translation>
    </message>
    <message>
        <source>Please choose at least one time in the week when you can help.</source>
        <translation>Please choose at least one time in the week when you can help.</translation>
    </message>
    <message>
        <source>Without your agreement to the registration terms the registration cannot be saved.</source>
        <translation>Without your agreement to the registration terms the registration cannot be saved.</translation>
    </message>
    <message>
        <source>You are registered as volunteer %1 already.</source>
        <translation>You are registered as volunteer %1 already.</translation>
    </message>
    <message>
        <source>Your registration is waiting for a coordinator&apos;s approval.</source>
        <translation>Your registration is waiting for a coordinator&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>store::RequestStore</name>
    <message>
        <source>Please choose 1 to 5 stars.</source>
        <translation>Please choose 1 to 5 stars.</translation>
    </message>
    <message>
        <source>This request could not be found.</source>
        <translation>This request could not be found.</translation>
    </message>
    <message>
        <source>You can rate the help once it has been given.</source>
        <translation>You can rate the help once it has been given.</translation>
    </message>
    <message>
        <source>You have already rated this help. Thank you.</source>
        <translation>You have already rated this help. Thank you.</translation>
    </message>
    <message>
        <source>This help has already been given, so it cannot be cancelled.</source>
        <translation>This help has already been given, so it cannot be cancelled.</translation>
    </message>
    <message>
        <source>This request is already cancelled.</source>
        <translation>This request is already cancelled.</translation>
    </message>
    <message>
        <source>One of the chosen phrases is not known.</source>
        <translation>One of the chosen phrases is not known.</translation>
    </message>
</context>
<context>
    <name>store::ServiceStore</name>
    <message>
        <source>This time is no longer offered. Please choose another.</source>
        <translation>This time is no longer offered. Please choose another.</translation>
    </message>
    <message>
        <source>This service can no longer be booked. Please ask the staff.</source>
        <translation>This service can no longer be booked. Please ask the staff.</translation>
    </message>
    <message>
        <source>This time has already passed. Please choose another.</source>
        <translation>This time has already passed. Please choose another.</translation>
    </message>
    <message>
        <source>The station is closed on this day. Please choose another day.</source>
        <translation>The station is closed on this day. Please choose another day.</translation>
    </message>
    <message>
        <source>This time takes no bookings. Please choose another.</source>
        <translation>This time takes no bookings. Please choose another.</translation>
    </message>
    <message>
        <source>This time is fully booked. Please choose another time.</source>
        <translation>This time is fully booked. Please choose another time.</translation>
    </message>
    <message>
        <source>This booking is already saved.</source>
        <translation>This booking is already saved.</translation>
    </message>
    <message>
        <source>This booking was not found. Please ask the staff.</source>
        <translation>This booking was not found. Please ask the staff.</translation>
    </message>
    <message>
        <source>This booking is already cancelled.</source>
        <translation>This booking is already cancelled.</translation>
    </message>
    <message>
        <source>The time of this booking has passed, so it cannot be cancelled.</source>
        <translation>The time of this booking has passed, so it cannot be cancelled.</translation>
    </message>
</context>
<context>
    <name>store::StaffCallStore</name>
    <message>
        <source>This call is no longer on the list.</source>
        <translation>This call is no longer on the list.</translation>
    </message>
    <message>
        <source>This call is closed already.</source>
        <translation>This call is closed already.</translation>
    </message>
    <message>
        <source>Someone has acknowledged this call already.</source>
        <translation>Someone has acknowledged this call already.</translation>
    </message>
</context>
<context>
    <name>store::StoreError</name>
    <message>
        <source>The kiosk could not save or read this just now. Please try again, or ask the staff for help.</source>
        <translation>The kiosk could not save or read this just now. Please try again, or ask the staff for help.</translation>
    </message>
</context>
<context>
    <name>store::SyncQueue</name>
    <message>
        <source>A refused registration is not sent again. The person can register again at the kiosk.</source>
        <translation>A refused registration is not sent again. The person can register again at the kiosk.</translation>
    </message>
</context>
<context>
    <name>store::TaskName</name>
    <message>
        <source>Station duty</source>
        <translation>Station duty</translation>
    </message>
</context>
<context>
    <name>store::VolunteerHoursTally</name>
    <message>
        <source>the central office did not accept this check-out</source>
        <translation>the central office did not accept this check-out</translation>
    </message>
    <message>
        <source>the coordinator&apos;s reason: %1</source>
        <translation>the coordinator&apos;s reason: %1</translation>
    </message>
    <message>
        <source>no check-out within 16 hours</source>
        <translation>no check-out within 16 hours</translation>
    </message>
    <message>
        <source>the kiosk&apos;s clock changed</source>
        <translation>the kiosk&apos;s clock changed</translation>
    </message>
</context>
<context>
    <name>store::VolunteerStore</name>
    <message>
        <source>This volunteer number was not found. Please check it.</source>
        <translation>This volunteer number was not found. Please check it.</translation>
    </message>
    <message>
        <source>You checked in on %1 and did not check out. Station staff will record those hours. You can check in again now.</source>
        <translation>You checked in on %1 and did not check out. Station staff will record those hours. You can check in again now.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock changed since you checked in, so your time cannot be counted here. Station staff will record it.</source>
        <translation>The kiosk&apos;s clock changed since you checked in, so your time cannot be counted here. Station staff will record it.</translation>
    </message>
    <message>
        <source>You checked in at %1 already. Check out when you finish.</source>
        <translation>You checked in at %1 already. Check out when you finish.</translation>
    </message>
    <message>
        <source>This task is not on your list at this station today.</source>
        <translation>This task is not on your list at this station today.</translation>
    </message>
    <message>
        <source>This task ended at %1. Check in for station duty instead, or ask staff.</source>
        <translation>This task ended at %1. Check in for station duty instead, or ask staff.</translation>
    </message>
    <message>
        <source>You have not checked in, so there is nothing to check out. Check in when you start.</source>
        <translation>You have not checked in, so there is nothing to check out. Check in when you start.</translation>
    </message>
    <message>
        <source>This volunteer has checked out already.</source>
        <translation>This volunteer has checked out already.</translation>
    </message>
    <message>
        <source>This check-in was not found. Please look at the list again.</source>
        <translation>This check-in was not found. Please look at the list again.</translation>
    </message>
    <message>
        <source>The check-in of %1 on %2 at %3 is more than 16 hours old, so the kiosk cannot count it. It is closed now: tell the volunteer coordinator how long they served, so the hours are recorded centrally.</source>
        <translation>The check-in of %1 on %2 at %3 is more than 16 hours old, so the kiosk cannot count it. It is closed now: tell the volunteer coordinator how long they served, so the hours are recorded centrally.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock changed since %1 checked in, so the kiosk cannot count this time. It is closed now: tell the volunteer coordinator how long they served, so the hours are recorded centrally.</source>
        <translation>The kiosk&apos;s clock changed since %1 checked in, so the kiosk cannot count this time. It is closed now: tell the volunteer coordinator how long they served, so the hours are recorded centrally.</translation>
    </message>
    <message>
        <source>Several volunteers have a number ending in %1. Please ask station staff to check you in.</source>
        <translation>Several volunteers have a number ending in %1. Please ask station staff to check you in.</translation>
    </message>
</context>
</TS>
