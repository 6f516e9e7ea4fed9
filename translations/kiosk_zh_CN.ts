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
        <location filename="../qml/components/BottomBar.qml" line="46"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../qml/components/BottomBar.qml" line="54"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>CallStaffPage</name>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="13"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="21"/>
        <source>A staff member is coming</source>
        <translation>工作人员马上就来</translation>
    </message>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="22"/>
        <source>The call did not go through</source>
        <translation>呼叫没有成功</translation>
    </message>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="25"/>
        <source>Please stay here at the kiosk. You can keep using it while you wait.</source>
        <translation>请在自助终端旁稍等。等候时您可以继续使用。</translation>
    </message>
    <message>
        <location filename="../qml/pages/CallStaffPage.qml" line="27"/>
        <source>Please wave at the counter, and someone will come to you.</source>
        <translation>请向服务台招手，工作人员会过来帮您。</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="18"/>
        <source>My disability certificate</source>
        <translation>我的残疾人证</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="19"/>
        <source>Here is where your certificate stands and what happens next.</source>
        <translation>这里是您的证件办到了哪一步，以及下一步做什么。</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="33"/>
        <source>Your certificate: %1. %2</source>
        <translation>您的残疾人证：%1。%2</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="34"/>
        <source>Bring: %1.</source>
        <translation>请带上：%1。</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="38"/>
        <source>The kiosk has no record of a certificate for this ID number. A staff member can look it up for you: press &quot;Call staff&quot;.</source>
        <translation>本机没有这个身份证号码的残疾人证记录。工作人员可以帮您查询：请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="39"/>
        <source>The kiosk cannot open its records right now. Press &quot;Call staff&quot; and a person will help you.</source>
        <translation>本机现在打不开记录。请按“呼叫工作人员”，会有人来帮您。</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="40"/>
        <source>Press &quot;Call staff&quot; and a person will help you.</source>
        <translation>请按“呼叫工作人员”，会有人来帮您。</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="41"/>
        <source>Please show your ID card first.</source>
        <translation>请先出示您的身份证。</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="49"/>
        <source>Your certificate details are on the screen.</source>
        <translation>您的证件信息显示在屏幕上。</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="144"/>
        <source>By: %1</source>
        <translation>预计完成：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="153"/>
        <source>What to bring:</source>
        <translation>要带的材料：</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="193"/>
        <source>Kind of disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="195"/>
        <source>Level</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="197"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="199"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="208"/>
        <source>Ask for an assessment at home</source>
        <translation>申请上门评定</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="218"/>
        <source>Ask not to pay the assessment fee</source>
        <translation>申请减免评定费</translation>
    </message>
    <message>
        <location filename="../qml/pages/CertificatePage.qml" line="264"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>ConfirmationCode</name>
    <message>
        <location filename="../qml/components/ConfirmationCode.qml" line="20"/>
        <source>Your code: %1</source>
        <translation>您的编号：%1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="19"/>
        <source>Your request is sent</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="20"/>
        <source>Remember this code. Staff will ask for it.</source>
        <translation>请记住这个编号，工作人员会问您。</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="24"/>
        <source>Your request is sent. We will call you on your phone.</source>
        <translation>申请已提交。我们会打电话给您。</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="64"/>
        <source>Your code</source>
        <translation>您的编号</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="77"/>
        <source>We will call you on %1</source>
        <translation>我们会打电话到 %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmationPage.qml" line="88"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="16"/>
        <source>Touch a picture, or use the keypad&apos;s arrows and the round select key.</source>
        <translation>请触摸图片，或用键盘的方向键和圆形确认键选择。</translation>
    </message>
</context>
<context>
    <name>IdNumberPage</name>
    <message>
        <location filename="../qml/pages/IdNumberPage.qml" line="16"/>
        <source>Type your ID number</source>
        <translation>输入身份证号码</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdNumberPage.qml" line="17"/>
        <source>Type the 18 characters of your ID card. The last one can be X. Then touch Confirm.</source>
        <translation>请输入身份证上的18位号码，最后一位可能是X。输完后按“确认”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/IdNumberPage.qml" line="82"/>
        <location filename="../qml/pages/IdNumberPage.qml" line="87"/>
        <source>%n of 18 characters typed</source>
        <translation>
            <numerusform>已输入%n位，共18位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="17"/>
        <source>Place your ID card on the reader below the screen, or touch &quot;Type my ID number&quot;.</source>
        <translation>请把身份证放在屏幕下方的读卡器上，或者按“输入身份证号码”。</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="21"/>
        <source>Reader ready — place your card flat on the reader</source>
        <translation>读卡器已就绪——请把身份证平放在读卡器上</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="22"/>
        <source>Reading... keep the card still</source>
        <translation>正在读卡……请不要移动身份证</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="23"/>
        <source>Remove your card</source>
        <translation>请取走身份证</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="24"/>
        <source>The card could not be read. Place it on the reader again.</source>
        <translation>没有读到卡，请重新放一次。</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="25"/>
        <source>The card reader is not working. Type your ID number instead.</source>
        <translation>读卡器现在不能用，请改为输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="56"/>
        <source>Picture: lay the ID card flat on the reader under the screen</source>
        <translation>图示：把身份证平放在屏幕下方的读卡器上</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="116"/>
        <source>This card has no ID number the kiosk can use. Please type your ID number.</source>
        <translation>这张卡上没有本机能用的身份证号码，请输入您的身份证号码。</translation>
    </message>
    <message>
        <location filename="../qml/pages/IdentifyPage.qml" line="126"/>
        <source>Type my ID number</source>
        <translation>输入身份证号码</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
        <source>Community service station kiosk</source>
        <translation>社区残疾人服务站自助终端</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="145"/>
        <source>The kiosk cannot open its records right now, so it cannot look things up or save requests. Press &quot;Call staff&quot; and a person will help you.</source>
        <translation>本机现在打不开记录，不能查询，也不能提交申请。请按“呼叫工作人员”，会有人来帮您。</translation>
    </message>
</context>
<context>
    <name>NumberKeypad</name>
    <message>
        <location filename="../qml/components/NumberKeypad.qml" line="15"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberKeypad.qml" line="48"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../qml/pages/PhonePage.qml" line="19"/>
        <source>Ask not to pay the assessment fee</source>
        <translation>申请减免评定费</translation>
    </message>
    <message>
        <location filename="../qml/pages/PhonePage.qml" line="20"/>
        <source>Ask for an assessment at home</source>
        <translation>申请上门评定</translation>
    </message>
    <message>
        <location filename="../qml/pages/PhonePage.qml" line="21"/>
        <source>Type your mobile phone number. Staff will call you to arrange it. Then touch Send.</source>
        <translation>请输入您的手机号码，工作人员会打电话和您约时间。输完后按“提交”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PhonePage.qml" line="78"/>
        <location filename="../qml/pages/PhonePage.qml" line="83"/>
        <source>%n of 11 digits typed</source>
        <translation>
            <numerusform>已输入%n位，共11位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/PhonePage.qml" line="105"/>
        <source>Send</source>
        <translation>提交</translation>
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
    <name>StaffPage</name>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="23"/>
        <location filename="../qml/pages/StaffPage.qml" line="63"/>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="71"/>
        <source>Leave staff mode</source>
        <translation>退出工作人员模式</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="87"/>
        <source>Card reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="89"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="90"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="91"/>
        <source>Reader: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="91"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="92"/>
        <source>Transport setting: %1</source>
        <translation>连接方式设置：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="97"/>
        <source>Records waiting to be sent</source>
        <translation>待上传的记录</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="99"/>
        <source>Local store: open</source>
        <translation>本地数据：正常</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="99"/>
        <source>Local store: NOT available — %1</source>
        <translation>本地数据：不可用——%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="100"/>
        <source>Waiting to be sent: %1</source>
        <translation>等待上传：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="101"/>
        <source>Refused by the server, kept for staff: %1</source>
        <translation>服务器拒收、留待处理：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="105"/>
        <source>Last problem</source>
        <translation>最近的问题</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="106"/>
        <source>No problem so far.</source>
        <translation>目前没有问题。</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="111"/>
        <source>Connection to the central server</source>
        <translation>与中心服务器的连接</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="112"/>
        <source>No central server is configured: requests stay on this kiosk.</source>
        <translation>没有配置中心服务器：申请保存在本机。</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="113"/>
        <source>Station enrolled</source>
        <translation>站点已注册</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="113"/>
        <source>Not enrolled yet (enrollment code from the settings)</source>
        <translation>尚未注册（使用设置中的注册码）</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="115"/>
        <source>Last successful sync: %1</source>
        <translation>上次同步成功：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="116"/>
        <source>Last successful sync: never</source>
        <translation>上次同步成功：从未</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="117"/>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="117"/>
        <source>No error</source>
        <translation>没有错误</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="125"/>
        <source>Demo: lay a demo card on the simulated reader</source>
        <translation>演示：把演示卡放到模拟读卡器上</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="141"/>
        <source>Present demo card %1: %2</source>
        <translation>放演示卡%1：%2</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="150"/>
        <source>Take the demo card away</source>
        <translation>取走演示卡</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="160"/>
        <source>ready, no card</source>
        <translation>就绪，没有卡</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="161"/>
        <source>reading a card</source>
        <translation>正在读卡</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="162"/>
        <source>card read, waiting for it to be taken away</source>
        <translation>已读卡，等待取卡</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="163"/>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="164"/>
        <source>no reader</source>
        <translation>没有读卡器</translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="18"/>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="19"/>
        <source>For station staff. Type the staff PIN, then touch Confirm.</source>
        <translation>仅供服务站工作人员使用。请输入工作人员密码，然后按“确认”。</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="63"/>
        <source>Staff mode is not set up at this kiosk.</source>
        <translation>本机没有设置工作人员模式。</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="64"/>
        <source>Too many wrong PINs. Wait a minute and try again.</source>
        <translation>密码错误次数太多，请等一分钟再试。</translation>
    </message>
    <message>
        <location filename="../qml/pages/StaffPinPage.qml" line="65"/>
        <source>That PIN is not right. Try again.</source>
        <translation>密码不对，请再试一次。</translation>
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
    <name>Timeline</name>
    <message>
        <location filename="../qml/components/Timeline.qml" line="16"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../qml/components/Timeline.qml" line="30"/>
        <location filename="../qml/components/Timeline.qml" line="64"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../qml/components/Timeline.qml" line="30"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <location filename="../qml/components/TimeoutDialog.qml" line="16"/>
        <location filename="../qml/components/TimeoutDialog.qml" line="81"/>
        <source>Do you need more time?</source>
        <translation>您还需要更多时间吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TimeoutDialog.qml" line="127"/>
        <source>The kiosk will return to the start in %n second(s) and forget what you entered.</source>
        <translation>
            <numerusform>%n 秒后将回到开始画面，并清除您输入的内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TimeoutDialog.qml" line="141"/>
        <source>I need more time</source>
        <translation>我还需要时间</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="62"/>
        <source>Change the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="67"/>
        <source>Text size %1%</source>
        <translation>字号 %1%</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="74"/>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="77"/>
        <source>Change the colours</source>
        <translation>更换颜色</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="82"/>
        <source>Speech on</source>
        <translation>语音开</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="82"/>
        <source>Speech off</source>
        <translation>语音关</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="96"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
</TS>
