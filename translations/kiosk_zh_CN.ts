<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../qml/components/BottomBar.qml" line="32"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../qml/components/BottomBar.qml" line="41"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../qml/components/BottomBar.qml" line="49"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="13"/>
        <source>Touch a picture, or use the keypad&apos;s arrows and the round select key.</source>
        <translation>请触摸图片，或用键盘的方向键和圆形确认键选择。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Community service station kiosk</source>
        <translation>社区残疾人服务站自助终端</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../qml/pages/PlaceholderPage.qml" line="13"/>
        <source>This service is not yet available at the kiosk. Press &quot;Call staff&quot; and a person from the station will help you.</source>
        <translation>这项服务暂时不能在自助终端办理。请按“呼叫工作人员”，服务站的工作人员会来帮您。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../qml/components/Tasks.qml" line="11"/>
        <source>What would you like to do?</source>
        <translation>您想办什么事？</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="12"/>
        <source>My disability certificate</source>
        <translation>我的残疾人证</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="13"/>
        <source>Ask a volunteer for help</source>
        <translation>请志愿者帮忙</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="14"/>
        <source>Station services</source>
        <translation>服务站服务</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="15"/>
        <source>Volunteer check-in</source>
        <translation>志愿者签到</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="16"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="20"/>
        <source>Where it is, what comes next, what to bring</source>
        <translation>办到哪一步、下一步做什么、要带什么</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="21"/>
        <source>Hospital visits, shopping, sign language and more</source>
        <translation>陪同就医、代购、手语翻译等</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="22"/>
        <source>Rehabilitation, jobs, day care, legal aid and more</source>
        <translation>康复、就业、日间照料、法律援助等</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="23"/>
        <source>For volunteers starting or ending a task</source>
        <translation>志愿者开始或结束服务时使用</translation>
    </message>
    <message>
        <location filename="../qml/components/Tasks.qml" line="24"/>
        <source>A person from the station comes to you</source>
        <translation>服务站工作人员会来到您身边</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <location filename="../qml/components/TimeoutDialog.qml" line="16"/>
        <location filename="../qml/components/TimeoutDialog.qml" line="42"/>
        <source>Do you need more time?</source>
        <translation>您还需要更多时间吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TimeoutDialog.qml" line="87"/>
        <source>The kiosk will return to the start in %n second(s) and forget what you entered.</source>
        <translation>
            <numerusform>%n 秒后将回到开始画面，并清除您输入的内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TimeoutDialog.qml" line="101"/>
        <source>I need more time</source>
        <translation>我还需要时间</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="61"/>
        <source>Change the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="66"/>
        <source>Text size %1%</source>
        <translation>字号 %1%</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="73"/>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="76"/>
        <source>Change the colours</source>
        <translation>更换颜色</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="81"/>
        <source>Speech on</source>
        <translation>语音开</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="81"/>
        <source>Speech off</source>
        <translation>语音关</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="88"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
</TS>
