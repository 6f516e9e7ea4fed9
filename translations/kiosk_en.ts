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
        <location filename="../qml/components/BottomBar.qml" line="41"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/components/BottomBar.qml" line="49"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="13"/>
        <source>Touch a picture, or use the keypad&apos;s arrows and the round select key.</source>
        <translation>Touch a picture, or use the keypad&apos;s arrows and the round select key.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Community service station kiosk</source>
        <translation>Community service station kiosk</translation>
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
    <name>TimeoutDialog</name>
    <message>
        <location filename="../qml/components/TimeoutDialog.qml" line="16"/>
        <location filename="../qml/components/TimeoutDialog.qml" line="42"/>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TimeoutDialog.qml" line="87"/>
        <source>The kiosk will return to the start in %n second(s) and forget what you entered.</source>
        <translation>
            <numerusform>The kiosk will return to the start in %n second and forget what you entered.</numerusform>
            <numerusform>The kiosk will return to the start in %n seconds and forget what you entered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TimeoutDialog.qml" line="101"/>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="61"/>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="66"/>
        <source>Text size %1%</source>
        <translation>Text size %1%</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="73"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="76"/>
        <source>Change the colours</source>
        <translation>Change the colours</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="81"/>
        <source>Speech on</source>
        <translation>Speech on</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="81"/>
        <source>Speech off</source>
        <translation>Speech off</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="88"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
</TS>
