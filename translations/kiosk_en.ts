<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../qml/components/BottomBar.qml" line="32"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/components/BottomBar.qml" line="46"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/components/BottomBar.qml" line="54"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>CallStaffPage</name>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="13"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="21"/>
        <source>A staff member is coming</source>
        <translation>A staff member is coming</translation>
    </message>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="22"/>
        <source>The call did not go through</source>
        <translation>The call did not go through</translation>
    </message>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="25"/>
        <source>Please stay here at the kiosk. You can keep using it while you wait.</source>
        <translation>Please stay here at the kiosk. You can keep using it while you wait.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="27"/>
        <source>Please wave at the counter, and someone will come to you.</source>
        <translation>Please wave at the counter, and someone will come to you.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="18"/>
        <source>My disability certificate</source>
        <translation>My disability certificate</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="19"/>
        <source>Here is where your certificate stands and what happens next.</source>
        <translation>Here is where your certificate stands and what happens next.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="33"/>
        <source>Your certificate: %1. %2</source>
        <translation>Your certificate: %1. %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="34"/>
        <source>Bring: %1.</source>
        <translation>Bring: %1.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="38"/>
        <source>The kiosk has no record of a certificate for this ID number. A staff member can look it up for you: press &quot;Call staff&quot;.</source>
        <translation>The kiosk has no record of a certificate for this ID number. A staff member can look it up for you: press &quot;Call staff&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="39"/>
        <source>The kiosk cannot open its records right now. Press &quot;Call staff&quot; and a person will help you.</source>
        <translation>The kiosk cannot open its records right now. Press &quot;Call staff&quot; and a person will help you.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="40"/>
        <source>Press &quot;Call staff&quot; and a person will help you.</source>
        <translation>Press &quot;Call staff&quot; and a person will help you.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="41"/>
        <source>Please show your ID card first.</source>
        <translation>Please show your ID card first.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="49"/>
        <source>Your certificate details are on the screen.</source>
        <translation>Your certificate details are on the screen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="144"/>
        <source>By: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="153"/>
        <source>What to bring:</source>
        <translation>What to bring:</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="193"/>
        <source>Kind of disability</source>
        <translation>Kind of disability</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="195"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="197"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="199"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="208"/>
        <source>Ask for an assessment at home</source>
        <translation>Ask for an assessment at home</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="218"/>
        <source>Ask not to pay the assessment fee</source>
        <translation>Ask not to pay the assessment fee</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="264"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>ConfirmationCode</name>
    <message>
        <location filename="../qml/components/ConfirmationCode.qml" line="20"/>
        <source>Your code: %1</source>
        <translation>Your code: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="19"/>
        <source>Your request is sent</source>
        <translation>Your request is sent</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="20"/>
        <source>Remember this code. Staff will ask for it.</source>
        <translation>Remember this code. Staff will ask for it.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="24"/>
        <source>Your request is sent. We will call you on your phone.</source>
        <translation>Your request is sent. We will call you on your phone.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="64"/>
        <source>Your code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="77"/>
        <source>We will call you on %1</source>
        <translation>We will call you on %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="88"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="16"/>
        <source>Touch a picture, or use the keypad&apos;s arrows and the round select key.</source>
        <translation>Touch a picture, or use the keypad&apos;s arrows and the round select key.</translation>
    </message>
</context>
<context>
    <name>IdNumberPage</name>
    <message>
        <location filename="../qml/pages/IdNumberPage.qml" line="16"/>
        <source>Type your ID number</source>
        <translation>Type your ID number</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdNumberPage.qml" line="17"/>
        <source>Type the 18 characters of your ID card. The last one can be X. Then touch Confirm.</source>
        <translation>Type the 18 characters of your ID card. The last one can be X. Then touch Confirm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/IdNumberPage.qml" line="82"/>
        <location filename="../qml/pages/IdNumberPage.qml" line="87"/>
        <source>%n of 18 characters typed</source>
        <translation>
            <numerusform>%n of 18 characters typed</numerusform>
            <numerusform>%n of 18 characters typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="17"/>
        <source>Place your ID card on the reader below the screen, or touch &quot;Type my ID number&quot;.</source>
        <translation>Place your ID card on the reader below the screen, or touch &quot;Type my ID number&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="21"/>
        <source>Reader ready — place your card flat on the reader</source>
        <translation>Reader ready — place your card flat on the reader</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="22"/>
        <source>Reading... keep the card still</source>
        <translation>Reading... keep the card still</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="23"/>
        <source>Remove your card</source>
        <translation>Remove your card</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="24"/>
        <source>The card could not be read. Place it on the reader again.</source>
        <translation>The card could not be read. Place it on the reader again.</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="25"/>
        <source>The card reader is not working. Type your ID number instead.</source>
        <translation>The card reader is not working. Type your ID number instead.</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="56"/>
        <source>Picture: lay the ID card flat on the reader under the screen</source>
        <translation>Picture: lay the ID card flat on the reader under the screen</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="116"/>
        <source>This card has no ID number the kiosk can use. Please type your ID number.</source>
        <translation>This card has no ID number the kiosk can use. Please type your ID number.</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="126"/>
        <source>Type my ID number</source>
        <translation>Type my ID number</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
        <source>Community service station kiosk</source>
        <translation>Community service station kiosk</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="145"/>
        <source>The kiosk cannot open its records right now, so it cannot look things up or save requests. Press &quot;Call staff&quot; and a person will help you.</source>
        <translation>The kiosk cannot open its records right now, so it cannot look things up or save requests. Press &quot;Call staff&quot; and a person will help you.</translation>
    </message>
</context>
<context>
    <name>NumberKeypad</name>
    <message>
        <location filename="../qml/components/NumberKeypad.qml" line="15"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberKeypad.qml" line="48"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../qml/pages/PhonePage.qml" line="19"/>
        <source>Ask not to pay the assessment fee</source>
        <translation>Ask not to pay the assessment fee</translation>
    </message>
    <message>
        <location filename="../qml/pages/PhonePage.qml" line="20"/>
        <source>Ask for an assessment at home</source>
        <translation>Ask for an assessment at home</translation>
    </message>
    <message>
        <location filename="../qml/pages/PhonePage.qml" line="21"/>
        <source>Type your mobile phone number. Staff will call you to arrange it. Then touch Send.</source>
        <translation>Type your mobile phone number. Staff will call you to arrange it. Then touch Send.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PhonePage.qml" line="78"/>
        <location filename="../qml/pages/PhonePage.qml" line="83"/>
        <source>%n of 11 digits typed</source>
        <translation>
            <numerusform>%n of 11 digits typed</numerusform>
            <numerusform>%n of 11 digits typed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/PhonePage.qml" line="105"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../qml/pages/PlaceholderPage.qml" line="13"/>
        <source>This service is not yet available at the kiosk. Press &quot;Call staff&quot; and a person from the station will help you.</source>
        <translation>This service is not yet available at the kiosk. Press &quot;Call staff&quot; and a person from the station will help you.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="23"/>
        <location filename="../qml/pages/StaffPage.qml" line="63"/>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="71"/>
        <source>Leave staff mode</source>
        <translation>Leave staff mode</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="87"/>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="89"/>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="90"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="91"/>
        <source>Reader: %1</source>
        <translation>Reader: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="91"/>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="92"/>
        <source>Transport setting: %1</source>
        <translation>Transport setting: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="97"/>
        <source>Records waiting to be sent</source>
        <translation>Records waiting to be sent</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="99"/>
        <source>Local store: open</source>
        <translation>Local store: open</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="99"/>
        <source>Local store: NOT available — %1</source>
        <translation>Local store: NOT available — %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="100"/>
        <source>Waiting to be sent: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="101"/>
        <source>Refused by the server, kept for staff: %1</source>
        <translation>Refused by the server, kept for staff: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="105"/>
        <source>Last problem</source>
        <translation>Last problem</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="106"/>
        <source>No problem so far.</source>
        <translation>No problem so far.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="111"/>
        <source>Connection to the central server</source>
        <translation>Connection to the central server</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="112"/>
        <source>No central server is configured: requests stay on this kiosk.</source>
        <translation>No central server is configured: requests stay on this kiosk.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="113"/>
        <source>Station enrolled</source>
        <translation>Station enrolled</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="113"/>
        <source>Not enrolled yet (enrollment code from the settings)</source>
        <translation>Not enrolled yet (enrollment code from the settings)</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="115"/>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="116"/>
        <source>Last successful sync: never</source>
        <translation>Last successful sync: never</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="117"/>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="117"/>
        <source>No error</source>
        <translation>No error</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="125"/>
        <source>Demo: lay a demo card on the simulated reader</source>
        <translation>Demo: lay a demo card on the simulated reader</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="141"/>
        <source>Present demo card %1: %2</source>
        <translation>Present demo card %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="150"/>
        <source>Take the demo card away</source>
        <translation>Take the demo card away</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="160"/>
        <source>ready, no card</source>
        <translation>ready, no card</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="161"/>
        <source>reading a card</source>
        <translation>reading a card</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="162"/>
        <source>card read, waiting for it to be taken away</source>
        <translation>card read, waiting for it to be taken away</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="163"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="164"/>
        <source>no reader</source>
        <translation>no reader</translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="18"/>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="19"/>
        <source>For station staff. Type the staff PIN, then touch Confirm.</source>
        <translation>For station staff. Type the staff PIN, then touch Confirm.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="63"/>
        <source>Staff mode is not set up at this kiosk.</source>
        <translation>Staff mode is not set up at this kiosk.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="64"/>
        <source>Too many wrong PINs. Wait a minute and try again.</source>
        <translation>Too many wrong PINs. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="65"/>
        <source>That PIN is not right. Try again.</source>
        <translation>That PIN is not right. Try again.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../qml/components/Tasks.qml" line="11"/>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="12"/>
        <source>My disability certificate</source>
        <translation>My disability certificate</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="13"/>
        <source>Ask a volunteer for help</source>
        <translation>Ask a volunteer for help</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="14"/>
        <source>Station services</source>
        <translation>Station services</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="15"/>
        <source>Volunteer check-in</source>
        <translation>Volunteer check-in</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="16"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="20"/>
        <source>Where it is, what comes next, what to bring</source>
        <translation>Where it is, what comes next, what to bring</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="21"/>
        <source>Hospital visits, shopping, sign language and more</source>
        <translation>Hospital visits, shopping, sign language and more</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="22"/>
        <source>Rehabilitation, jobs, day care, legal aid and more</source>
        <translation>Rehabilitation, jobs, day care, legal aid and more</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="23"/>
        <source>For volunteers starting or ending a task</source>
        <translation>For volunteers starting or ending a task</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="24"/>
        <source>A person from the station comes to you</source>
        <translation>A person from the station comes to you</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../qml/components/Timeline.qml" line="16"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../qml/components/Timeline.qml" line="30"/>
        <location filename="../qml/components/Timeline.qml" line="64"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../qml/components/Timeline.qml" line="30"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <location filename="../qml/components/TimeoutDialog.qml" line="16"/>
        <location filename="../qml/components/TimeoutDialog.qml" line="81"/>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TimeoutDialog.qml" line="127"/>
        <source>The kiosk will return to the start in %n second(s) and forget what you entered.</source>
        <translation>
            <numerusform>The kiosk will return to the start in %n second and forget what you entered.</numerusform>
            <numerusform>The kiosk will return to the start in %n seconds and forget what you entered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TimeoutDialog.qml" line="141"/>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="62"/>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="67"/>
        <source>Text size %1%</source>
        <translation>Text size %1%</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="74"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="77"/>
        <source>Change the colours</source>
        <translation>Change the colours</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="82"/>
        <source>Speech on</source>
        <translation>Speech on</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="82"/>
        <source>Speech off</source>
        <translation>Speech off</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="96"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
</TS>
