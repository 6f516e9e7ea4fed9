<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnouncerPhrases</name>
    <message>
        <source>button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>复选框</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>开关</translation>
    </message>
    <message>
        <source>option</source>
        <translation>单选项</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>输入框</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>列表项</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>未选中</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Your details are on the screen</source>
        <translation>您的信息显示在屏幕上</translation>
    </message>
    <message>
        <source>digit entered</source>
        <translation>已输入一位</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>语音已打开</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>语音已关闭</translation>
    </message>
    <message>
        <source>Headphones on: personal details will be read aloud</source>
        <translation>耳机模式已打开，个人信息会读出来</translation>
    </message>
    <message>
        <source>Headphones off: personal details will not be read aloud</source>
        <translation>耳机模式已关闭，个人信息不会读出来</translation>
    </message>
    <message>
        <source>Speed %1 of %2</source>
        <translation>语速 %1，共 %2 级</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>音量 %1，共 %2 级</translation>
    </message>
    <message>
        <source>Touch to explore on: touch once to hear, touch again to choose</source>
        <translation>触摸朗读已打开：触摸一次朗读，再触摸一次选择</translation>
    </message>
    <message>
        <source>Touch to explore off: a touch chooses at once</source>
        <translation>触摸朗读已关闭：触摸立即选择</translation>
    </message>
    <message>
        <source>Screen off. Speech and keys go on working. Press again to show the screen</source>
        <translation>屏幕已关闭，语音和按键继续工作。再按一次打开屏幕</translation>
    </message>
    <message>
        <source>Screen on</source>
        <translation>屏幕已打开</translation>
    </message>
    <message>
        <source>Low reach layout on</source>
        <translation>低位布局已打开</translation>
    </message>
    <message>
        <source>Low reach layout off</source>
        <translation>低位布局已关闭</translation>
    </message>
    <message>
        <source>Switch scanning on: moving every %1 seconds, press the switch to choose</source>
        <translation>开关扫描已开始，每 %1 秒移动一次，按开关选择</translation>
    </message>
    <message>
        <source>Two switches on: the first switch moves, the second chooses</source>
        <translation>双开关已开始：第一个开关移动，第二个开关选择</translation>
    </message>
    <message>
        <source>Switch control off</source>
        <translation>开关操作已关闭</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>已是第一项</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>已是最后一项</translation>
    </message>
    <message>
        <source>Choose an item, or press Call staff</source>
        <translation>请选择一项，或按呼叫工作人员</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>确认码</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between a control&apos;s name, role and state</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Touch the screen or press any key to start</source>
        <translation>请触摸屏幕或按任意键开始</translation>
    </message>
    <message>
        <source>Certificate · Volunteer help · Services · Call staff</source>
        <translation>残疾人证 · 志愿者帮助 · 服务预约 · 呼叫工作人员</translation>
    </message>
    <message>
        <source>English</source>
        <comment>this language&apos;s own name</comment>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>ApplicationPhonePage</name>
    <message>
        <source>Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange the papers. Then touch Next.</source>
        <translation>请输入您的电话：手机号，或者带区号的座机号。工作人员会打电话和您约好交材料。然后点“下一步”。</translation>
    </message>
</context>
<context>
    <name>ApplicationTimeline</name>
    <message>
        <source>Sent on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>预计完成日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>You asked: %1</source>
        <translation>您申请了：%1</translation>
    </message>
    <message>
        <source>Being handled by staff</source>
        <translation>工作人员正在办理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>official term</comment>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办好了</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>official term</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>没有受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <comment>official term</comment>
        <translation>没有受理</translation>
    </message>
</context>
<context>
    <name>AssessmentRequest</name>
    <message>
        <source>Please place your ID card or type your ID number first.</source>
        <translation>请先放身份证或输入身份证号码。</translation>
    </message>
    <message>
        <source>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</source>
        <translation>本机现在不能保存申请。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>BookDayPage</name>
    <message>
        <source>No service is chosen. Touch Back and choose the service first.</source>
        <translation>还没有选服务。请点“返回”，先选服务。</translation>
    </message>
    <message>
        <source>Touch a day with free places. Full and closed days are marked.</source>
        <translation>请点一个还有名额的日期。约满和不开放的日期都标出来了。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>No more times today</source>
        <translation>今天已没有时段</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>已约满</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>还剩 %n 个名额</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookPhonePage</name>
    <message>
        <source>Type a phone number so the station can call you if the time changes. Then touch Next, or &quot;No phone&quot;.</source>
        <translation>请输入电话号码，时间有变化时服务站会打电话告诉您。然后点“下一步”，或者点“不留电话”。</translation>
    </message>
    <message>
        <source>Please type a phone number, or touch &quot;No phone&quot;.</source>
        <translation>请输入电话号码，或者点“不留电话”。</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>已输入 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole number. Touch Next.</source>
        <translation>号码完整。请点“下一步”。</translation>
    </message>
    <message>
        <source>No number typed yet.</source>
        <translation>还没有输入号码。</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>不留电话</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>BookReviewPage</name>
    <message>
        <source>Your phone number: %1.</source>
        <translation>您的电话号码：%1。</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>您的电话号码在屏幕上。</translation>
    </message>
    <message>
        <source>Booking your time, one moment.</source>
        <translation>正在为您预约，请稍等。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>还没有选</translation>
    </message>
    <message>
        <source>Phone for the station</source>
        <translation>留给服务站的电话</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>不留电话</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>选别的时段</translation>
    </message>
    <message>
        <source>Booking...</source>
        <translation>正在预约……</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Touch Book, or Change to correct something.</source>
        <translation>点“预约”，要改哪一项就点“修改”。</translation>
    </message>
</context>
<context>
    <name>BookTimePage</name>
    <message>
        <source>Touch a time with a free place. Full times are marked.</source>
        <translation>请点一个还有名额的时段。约满的时段都标出来了。</translation>
    </message>
    <message>
        <source>There are no times left on this day. Touch Back and choose another day.</source>
        <translation>这一天已经没有时段了。请点“返回”，选别的日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>还剩 %n 个名额</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>已约满</translation>
    </message>
</context>
<context>
    <name>BookedPage</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Please bring: %1</source>
        <translation>请带上：%1</translation>
    </message>
    <message>
        <source>Your time is booked, to be confirmed</source>
        <translation>已预约，待确认</translation>
    </message>
    <message>
        <source>Your time: %1, for %2.</source>
        <translation>您预约的时间：%1，办理%2。</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>您的预约码</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Provisional: the kiosk is offline. Staff will confirm it.</source>
        <translation>预约待确认：本机连不上网络，工作人员会帮您确认。</translation>
    </message>
    <message>
        <source>Remember the day, the time and this code.</source>
        <translation>请记住日期、时间和这个预约码。</translation>
    </message>
    <message>
        <source>Show the code at the station.</source>
        <translation>到服务站时请出示预约码。</translation>
    </message>
</context>
<context>
    <name>BookingFlow</name>
    <message>
        <source>The service is closed on this day. Please choose another day.</source>
        <translation>这一天不开放。请选别的日期。</translation>
    </message>
    <message>
        <source>There are no more times today. Please choose another day.</source>
        <translation>今天已经没有时段了。请选别的日期。</translation>
    </message>
    <message>
        <source>This day is fully booked. Please choose another day.</source>
        <translation>这一天已经约满了。请选别的日期。</translation>
    </message>
    <message>
        <source>Please choose one of the days shown.</source>
        <translation>请选屏幕上的一个日期。</translation>
    </message>
    <message>
        <source>Please choose one of the times shown.</source>
        <translation>请选屏幕上的一个时段。</translation>
    </message>
    <message>
        <source>This time is fully booked. Please choose another time.</source>
        <translation>这个时段已经约满了。请选别的时段。</translation>
    </message>
    <message>
        <source>A day and a free time are not chosen yet. Please touch Change and choose them.</source>
        <translation>还没有选日期和有名额的时段。请点“修改”去选。</translation>
    </message>
    <message>
        <source>Please place your ID card or type your ID number first.</source>
        <translation>请先放身份证，或者输入身份证号码。</translation>
    </message>
    <message>
        <source>The kiosk cannot save bookings right now. Please press &quot;Call staff&quot;.</source>
        <translation>本机现在不能保存预约。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>Someone has just taken the last place at this time. Please choose another time.</source>
        <translation>这个时段的最后一个名额刚被别人约走了。请选别的时段。</translation>
    </message>
    <message>
        <source>This time is no longer offered. Please choose another time.</source>
        <translation>这个时段已经取消了。请选别的时段。</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please choose another time.</source>
        <translation>这个时段已经不能预约了。请选别的时段。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1到%2</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>结束办理</translation>
    </message>
</context>
<context>
    <name>CallStaffPage</name>
    <message>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>The call did not go through</source>
        <translation>呼叫没有成功</translation>
    </message>
    <message>
        <source>Please wave at the counter, and someone will come to you.</source>
        <translation>请向服务台招手，工作人员会过来帮您。</translation>
    </message>
    <message>
        <source>This page tells you where your call for staff has got to. It changes by itself when that changes.</source>
        <translation>这一页告诉您，您的呼叫现在到了哪一步。情况有变化时，这里会自己更新。</translation>
    </message>
    <message>
        <source>Your call is on this kiosk&apos;s staff screen</source>
        <translation>您的呼叫已显示在本机的工作人员界面上</translation>
    </message>
    <message>
        <source>Your call is saved, but not sent yet</source>
        <translation>您的呼叫已保存，但还没有发出去</translation>
    </message>
    <message>
        <source>Your call has reached the service centre</source>
        <translation>您的呼叫已送达服务中心</translation>
    </message>
    <message>
        <source>Your call could not be sent</source>
        <translation>您的呼叫没能发出去</translation>
    </message>
    <message>
        <source>Saving your call...</source>
        <translation>正在保存您的呼叫……</translation>
    </message>
    <message>
        <source>Station staff see it when they look at this kiosk. It is not sent anywhere else. Please stay here; if nobody comes in a few minutes, please wave at the counter.</source>
        <translation>服务站工作人员查看本机时会看到它，它不会发到别处。请留在这里；如果几分钟后还没有人来，请向服务台招手。</translation>
    </message>
    <message>
        <source>The kiosk will send it to the service centre as soon as it can, but nobody knows yet. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>本机会尽快把它发到服务中心，但现在还没有人知道。请向服务台招手，或请身边的人帮您叫一位工作人员。</translation>
    </message>
    <message>
        <source>Staff at the centre can see your call. Please stay here at the kiosk; you can keep using it while you wait. If nobody comes soon, please wave at the counter.</source>
        <translation>服务中心的工作人员能看到您的呼叫。请留在自助机旁，等候时可以继续使用。如果一直没有人来，请向服务台招手。</translation>
    </message>
    <message>
        <source>The service centre did not accept it. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>服务中心没有接收。请向服务台招手，或请身边的人帮您叫一位工作人员。</translation>
    </message>
</context>
<context>
    <name>CallStaffRequest</name>
    <message>
        <source>The kiosk cannot open its data file.</source>
        <translation>本机的数据文件打不开。</translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message>
        <source>Ask for the decision to be looked at again</source>
        <translation>我不同意，申请复核</translation>
    </message>
</context>
<context>
    <name>CertificateApplication</name>
    <message>
        <source>What do you think the disability is? Staff then arrange the right hospital.</source>
        <translation>您觉得是哪一类残疾？工作人员好为您安排合适的医院。</translation>
    </message>
    <message>
        <source>Has your situation changed since your last assessment?</source>
        <translation>上次评定以后，您的情况有变化吗？</translation>
    </message>
    <message>
        <source>What happened to your card?</source>
        <translation>您的证怎么了？</translation>
    </message>
    <message>
        <source>Which district are you moving to?</source>
        <translation>您要迁到哪个区？</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>您要变更什么？</translation>
    </message>
    <message>
        <source>Why do you want to cancel it?</source>
        <translation>您为什么要注销？</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Please choose what you would like to do on the certificate page first.</source>
        <translation>请先在残疾人证页面选择要办的事。</translation>
    </message>
    <message>
        <source>Please answer the question first: touch Change beside it.</source>
        <translation>请先回答问题：点旁边的“修改”。</translation>
    </message>
    <message>
        <source>Please place your ID card or type your ID number first.</source>
        <translation>请先放身份证，或者输入身份证号码。</translation>
    </message>
    <message>
        <source>The kiosk cannot save applications right now. Please press &quot;Call staff&quot;.</source>
        <translation>一体机现在无法保存申请。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>CertificateApplicationBox</name>
    <message>
        <source>Your application: %1</source>
        <translation>您的申请：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Collect your new card at: %1</source>
        <translation>新证领取地点：%1</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation>您的编号：%1</translation>
    </message>
</context>
<context>
    <name>CertificateDateLabel</name>
    <message>
        <source>Expected by</source>
        <translation>预计完成日期</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>您的评定</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>Assessment day</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <source>Collect it at</source>
        <translation>领取地点</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Expired on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Renew by</source>
        <translation>换领截止</translation>
    </message>
    <message>
        <source>Appeal by</source>
        <translation>申请复核截止</translation>
    </message>
    <message>
        <source>May apply again from</source>
        <translation>可以重新申请的日期</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a date, then how long is left</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Not set yet. Staff will call you to agree it.</source>
        <translation>还没有定。工作人员会打电话和您约定。</translation>
    </message>
</context>
<context>
    <name>CertificateFacts</name>
    <message>
        <source>Kind of disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>My disability certificate</source>
        <translation>我的残疾人证</translation>
    </message>
    <message>
        <source>Here is where your certificate stands and what happens next.</source>
        <translation>这里是您的证件办到了哪一步，以及下一步做什么。</translation>
    </message>
    <message>
        <source>Your certificate: %1. %2</source>
        <translation>您的残疾人证：%1。%2</translation>
    </message>
    <message>
        <source>Bring: %1.</source>
        <translation>请带上：%1。</translation>
    </message>
    <message>
        <source>Press &quot;Call staff&quot; and a person will help you.</source>
        <translation>请按“呼叫工作人员”，会有人来帮您。</translation>
    </message>
    <message>
        <source>Please show your ID card first.</source>
        <translation>请先出示您的身份证。</translation>
    </message>
    <message>
        <source>Your certificate details are on the screen.</source>
        <translation>您的证件信息显示在屏幕上。</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>要带的材料：</translation>
    </message>
    <message>
        <source>Ask for an assessment at home</source>
        <translation>申请上门评定</translation>
    </message>
    <message>
        <source>Ask not to pay the assessment fee</source>
        <translation>申请减免评定费</translation>
    </message>
    <message>
        <source>Checking with the central office...</source>
        <translation>正在向中心查询，请稍等……</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Your application: %1, %2.</source>
        <translation>您的申请：%1，%2。</translation>
    </message>
    <message>
        <source>You can apply here: the kiosk sends your application to the district disability federation, and staff call you to arrange the assessment at a hospital. If you already applied or have a certificate, a staff member can check for you.</source>
        <translation>您可以在这里申请：本机把申请交给区残联，工作人员会打电话约您到医院做评定。如果您已经申请过或已经有证，工作人员可以帮您查。</translation>
    </message>
    <message>
        <source>There is no disability certificate for this ID number.</source>
        <translation>这个身份证号没有残疾人证。</translation>
    </message>
    <message>
        <source>The assessment cannot be booked now. Please press &quot;Call staff&quot;.</source>
        <translation>现在预约不了评定，请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>Book the assessment</source>
        <translation>预约评定</translation>
    </message>
    <message>
        <source>Your application: %1, %2</source>
        <translation>您的申请：%1，%2</translation>
    </message>
    <message>
        <source>Try another number</source>
        <translation>换一个号码</translation>
    </message>
    <message>
        <source>Please try again in a moment, or press &quot;Call staff&quot; and a person will check for you. Apply below only if you have never had a certificate.</source>
        <translation>请稍后再试，或者按“呼叫工作人员”，请工作人员帮您查。只有从来没有办过残疾人证，才在下面申请。</translation>
    </message>
    <message>
        <source>The kiosk could not check your certificate: it has no copy for this ID number and cannot reach the central office now.</source>
        <translation>自助机现在查不到您的证件：这里没有这个身份证号码的记录，也暂时连不上残联。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Only if you have never had a certificate</source>
        <translation>仅限从来没有办过残疾人证的人</translation>
    </message>
    <message>
        <source>The kiosk cannot open its records right now, so it cannot call staff either. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>本机现在打不开记录，也不能呼叫工作人员。请向服务台招手，或者请身边的人帮您找工作人员。</translation>
    </message>
</context>
<context>
    <name>CertificateProcedurePage</name>
    <message>
        <source>Read what it takes. Answer the question below, then touch Next.</source>
        <translation>请看看要准备什么。回答下面的问题，然后点“下一步”。</translation>
    </message>
    <message>
        <source>Read what it takes, then touch Next.</source>
        <translation>请看看要准备什么，然后点“下一步”。</translation>
    </message>
    <message>
        <source>Please choose an answer first: %1</source>
        <translation>请先选一个答案：%1</translation>
    </message>
    <message>
        <source>The assessment cannot be booked now. Please press &quot;Call staff&quot;.</source>
        <translation>现在无法预约评定。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>Official name: %1</source>
        <translation>正式名称：%1</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>要带的材料：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>在哪里办：</translation>
    </message>
    <message>
        <source>How long:</source>
        <translation>要多久：</translation>
    </message>
    <message>
        <source>The assessment at a designated hospital decides the category and level.</source>
        <translation>残疾类别和等级由指定医院评定。</translation>
    </message>
    <message>
        <source>Book the assessment</source>
        <translation>预约评定</translation>
    </message>
    <message>
        <source>Ask for an assessment at home</source>
        <translation>申请上门评定</translation>
    </message>
    <message>
        <source>Ask not to pay the assessment fee</source>
        <translation>申请减免评定费</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>CertificateReviewPage</name>
    <message>
        <source>Read this carefully. Touch &quot;Cancel my certificate&quot;, or Change to correct something.</source>
        <translation>请仔细看。确定请点“注销我的残疾人证”，要改请点“修改”。</translation>
    </message>
    <message>
        <source>Check your choices. Touch Send, or Change to correct one.</source>
        <translation>请核对您选的内容。没问题请点“提交”，要改请点“修改”。</translation>
    </message>
    <message>
        <source>Your phone number: %1.</source>
        <translation>您的电话号码：%1。</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>您的电话号码在屏幕上。</translation>
    </message>
    <message>
        <source>Sending, one moment.</source>
        <translation>正在提交，请稍等。</translation>
    </message>
    <message>
        <source>Cancelling cannot be undone. Your card can no longer be used once it is cancelled. After it, you can apply for a new certificate only after one year.</source>
        <translation>注销以后不能撤回。注销后这张证就不能再用了。要满一年才能重新申请办证。</translation>
    </message>
    <message>
        <source>You ask to</source>
        <translation>您要办</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>换一项</translation>
    </message>
    <message>
        <source>Staff will call you on</source>
        <translation>工作人员会打这个电话</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Cancel my certificate</source>
        <translation>注销我的残疾人证</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>CertificateSentPage</name>
    <message>
        <source>Remember this code. Staff will ask for it.</source>
        <translation>请记住这个编号，工作人员会问您。</translation>
    </message>
    <message>
        <source>Staff at the service hall will call you to arrange the papers. Bring them when you go.</source>
        <translation>服务大厅的工作人员会打电话和您约好交材料。去的时候请带上材料。</translation>
    </message>
    <message>
        <source>Your old card is marked lost now. Nobody else can use it.</source>
        <translation>您的旧证现在已经挂失，别人不能再用。</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>您的编号</translation>
    </message>
    <message>
        <source>We will call you on %1</source>
        <translation>我们会打电话到 %1</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>要带的材料：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Your report of loss is saved. The card is marked lost as soon as this kiosk reaches the office.</source>
        <translation>您的挂失已经保存。本机一连上残联，这张证就会挂失。</translation>
    </message>
</context>
<context>
    <name>CertificateStateBox</name>
    <message>
        <source>Your certificate details are on the screen.</source>
        <translation>您的证件信息显示在屏幕上。</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Your report of loss is saved. The card is marked lost as soon as this kiosk reaches the office.</source>
        <translation>您的挂失已保存。这台自助机一连上残联，证件就会登记为挂失。</translation>
    </message>
    <message>
        <source>Reported lost on %1: it can no longer be used.</source>
        <translation>已于%1挂失：这张证不能再使用。</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Place your ID card on the reader below the screen, or type your ID number or your volunteer number.</source>
        <translation>请把身份证放在屏幕下方的读卡器上，或者输入身份证号码或志愿者编号。</translation>
    </message>
    <message>
        <source>You are checked in. Touch Check out when you finish.</source>
        <translation>您已签到。服务结束时请点“签⁠退”。</translation>
    </message>
    <message>
        <source>You have no task here today. You can check in for station duty.</source>
        <translation>您今天在这里没有任务。可以签到站内值班。</translation>
    </message>
    <message>
        <source>Station duty: helping at the station without a task. A coordinator approves those hours before they count.</source>
        <translation>站内值班：没有安排任务时在服务站帮忙。这些时长要协调员确认后才计入。</translation>
    </message>
    <message>
        <source>You have no task here today.</source>
        <translation>您今天在这里没有任务。</translation>
    </message>
    <message numerus="yes">
        <source>You have %n task(s) here today.</source>
        <translation>
            <numerusform>您今天在这里有 %n 项任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <source>Hello! Your details are on the screen.</source>
        <translation>您好！您的信息显示在屏幕上。</translation>
    </message>
    <message>
        <source>You checked in at %1 for %2.</source>
        <translation>您在%1签到了：%2。</translation>
    </message>
    <message>
        <source>Register as a volunteer</source>
        <translation>注册成为志愿者</translation>
    </message>
    <message>
        <source>Picture: lay the ID card flat on the reader under the screen</source>
        <translation>图示：把身份证平放在屏幕下方的读卡器上</translation>
    </message>
    <message>
        <source>Type my ID number</source>
        <translation>输入身份证号码</translation>
    </message>
    <message>
        <source>Type my volunteer number</source>
        <translation>输入志愿者编号</translation>
    </message>
    <message>
        <source>Volunteer number %1</source>
        <translation>志愿者编号 %1</translation>
    </message>
    <message>
        <source>Checked in since %1 for: %2</source>
        <translation>%1 起已签到：%2</translation>
    </message>
    <message>
        <source>Your tasks here today</source>
        <translation>您今天在这里的任务</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>You are checked in for this task.</source>
        <translation>这项任务您已签到。</translation>
    </message>
    <message>
        <source>This task&apos;s time is over.</source>
        <translation>这项任务的时间已经过了。</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check in for station duty</source>
        <translation>签到站内值班</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>我的服务时长</translation>
    </message>
    <message>
        <source>Type another volunteer number</source>
        <translation>输入另一个志愿者编号</translation>
    </message>
    <message>
        <source>Touch Check in on the task you are starting.</source>
        <translation>请点要开始的任务里的“签⁠到”。</translation>
    </message>
</context>
<context>
    <name>CheckOutPage</name>
    <message>
        <source>You are checked in</source>
        <translation>您已签到</translation>
    </message>
    <message>
        <source>Nothing was checked in or out yet. Go back to the volunteers&apos; page.</source>
        <translation>还没有签到或签退。请回到志愿者服务页面。</translation>
    </message>
    <message>
        <source>Touch Done when you have read this.</source>
        <translation>看完后请点“完⁠成”。</translation>
    </message>
    <message>
        <source>Station duty this time</source>
        <translation>本次站内值班</translation>
    </message>
    <message>
        <source>This time</source>
        <translation>本次服务</translation>
    </message>
    <message>
        <source>This time: %1</source>
        <translation>本次服务：%1</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>我的服务时长</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>CheckedInNow</name>
    <message>
        <source>The kiosk cannot save check-outs right now.</source>
        <translation>自助机现在不能保存签退。</translation>
    </message>
    <message>
        <source>%1 (%2) is checked out: %3 counted.</source>
        <translation>%1（%2）已签退：计入 %3。</translation>
    </message>
</context>
<context>
    <name>ConfirmationCode</name>
    <message>
        <source>Your code: %1</source>
        <translation>您的编号：%1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Your request is sent</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <source>Remember this code. Staff will ask for it.</source>
        <translation>请记住这个编号，工作人员会问您。</translation>
    </message>
    <message>
        <source>Your request is sent. We will call you on your phone.</source>
        <translation>申请已提交。我们会打电话给您。</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>您的编号</translation>
    </message>
    <message>
        <source>We will call you on %1</source>
        <translation>我们会打电话到 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Touch the district where your household is now registered, then touch Next.</source>
        <translation>请点您现在户口所在的区，然后点“下一步”。</translation>
    </message>
    <message>
        <source>Please touch your new district first.</source>
        <translation>请先点您要迁去的区。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>HelpConfirmationPage</name>
    <message>
        <source>A coordinator will call you on %1 within one working day to arrange a volunteer.</source>
        <translation>协调员会在一个工作日内打 %1 给您，帮您安排志愿者。</translation>
    </message>
    <message>
        <source>A coordinator will look for a volunteer within one working day. Come back and open &quot;My requests&quot; to see who comes and when.</source>
        <translation>协调员会在一个工作日内为您找志愿者。请再来这里，点“我的求助”，看谁来、什么时候来。</translation>
    </message>
    <message>
        <source>Remember this code. The coordinator will ask for it.</source>
        <translation>请记住这个号码，协调员会问您。</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>您的求助号</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>我的求助</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>HelpKindPage</name>
    <message>
        <source>Touch the kind of help you need. Each one says what a volunteer does and does not do.</source>
        <translation>请点您需要的帮助。每一项都写着志愿者做什么、不做什么。</translation>
    </message>
    <message>
        <source>The first kinds of help.</source>
        <translation>前面的帮助。</translation>
    </message>
    <message>
        <source>More kinds of help.</source>
        <translation>更多帮助。</translation>
    </message>
    <message>
        <source>More kinds of help</source>
        <translation>更多帮助</translation>
    </message>
    <message>
        <source>The first kinds of help</source>
        <translation>回到前面的帮助</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>我的求助</translation>
    </message>
</context>
<context>
    <name>HelpNotePage</name>
    <message>
        <source>Touch every sentence that is true for you; touch it again to take it back. None is fine. Then touch Next.</source>
        <translation>符合您情况的句子都可以点，再点一次就取消。不选也可以。然后点“下一步”。</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) chosen</source>
        <translation>
            <numerusform>已选 %n 句</numerusform>
        </translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>By touch</source>
        <translation>用手触摸</translation>
    </message>
    <message>
        <source>Touch a button or a picture to choose it. Back, Home and Call staff are always at the bottom of the screen. Language, text size, settings, speech and Help are at the top.</source>
        <translation>触摸按钮或图片就能选择。返回、首页和呼叫工作人员这三个按钮一直在屏幕下方。语言、字号、设置、语音和帮助按钮在屏幕上方。</translation>
    </message>
    <message>
        <source>With the keypad</source>
        <translation>用键盘</translation>
    </message>
    <message>
        <source>Arrow keys: move up, down, left or right. The thick frame shows where you are.</source>
        <translation>方向键：向上、下、左、右移动。粗框表示您现在的位置。</translation>
    </message>
    <message>
        <source>Round select key or Enter: choose.</source>
        <translation>圆形确认键或回车键：选择。</translation>
    </message>
    <message>
        <source>Page Up: back. Page Down: next. Home key: the start page.</source>
        <translation>上翻页键：返回。下翻页键：下一步。Home 键：回到首页。</translation>
    </message>
    <message>
        <source>F1: help, and again to close it. F2: say it again. F3: language. F4: speech on or off.</source>
        <translation>F1：帮助，再按一次关闭。F2：再说一遍。F3：换语言。F4：打开或关闭语音。</translation>
    </message>
    <message>
        <source>F5 and F6: quieter, louder. F7 and F8: slower, faster.</source>
        <translation>F5 和 F6：声音小一点、大一点。F7 和 F8：说慢一点、快一点。</translation>
    </message>
    <message>
        <source>F9: headphones. F10: touch to hear first. F11: screen off, speech only, and back on. F12: controls lower down.</source>
        <translation>F9：耳机模式。F10：触摸朗读，先听再选。F11：关闭屏幕只听语音，再按一次打开。F12：按钮放低一些。</translation>
    </message>
    <message>
        <source>With a switch</source>
        <translation>用开关</translation>
    </message>
    <message>
        <source>Press switch 1 once: the frame moves from button to button by itself. Press it again to choose. With two switches: switch 1 moves, switch 2 chooses.</source>
        <translation>按一下第一个开关：粗框会自己在按钮之间移动，再按一下就选择。用两个开关时：第一个开关移动，第二个开关选择。</translation>
    </message>
    <message>
        <source>A person can help</source>
        <translation>工作人员可以帮您</translation>
    </message>
    <message>
        <source>Touch Call staff below to ask the station&apos;s staff for help.</source>
        <translation>触摸下面的“呼叫工作人员”，请服务站的工作人员来帮您。</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HelpPhonePage</name>
    <message>
        <source>Type a mobile, or a landline with its area code, so a coordinator can call you. Then touch Next. No phone? Touch &quot;No phone&quot;.</source>
        <translation>请输入手机号，或者带区号的座机号，方便协调员给您打电话。再点“下一步”。没有电话请点“不留电话”。</translation>
    </message>
    <message>
        <source>Please type a phone number, or touch &quot;No phone&quot;.</source>
        <translation>请输入电话号码，或者点“不留电话”。</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>已输入 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole number. Touch Next.</source>
        <translation>号码完整。请点“下一步”。</translation>
    </message>
    <message>
        <source>No number typed yet.</source>
        <translation>还没有输入号码。</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>不留电话</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>HelpRating</name>
    <message>
        <source>This request could not be found.</source>
        <translation>找不到这个求助记录。</translation>
    </message>
    <message>
        <source>Please choose 1 to 5 stars first.</source>
        <translation>请先选几颗星，一到五颗。</translation>
    </message>
    <message>
        <source>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</source>
        <translation>本机现在不能保存。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>HelpRequest</name>
    <message>
        <source>A step is not chosen yet. Please touch Change and choose it.</source>
        <translation>还有一步没有选。请按“修改”选好。</translation>
    </message>
    <message>
        <source>Please place your ID card or type your ID number first.</source>
        <translation>请先放身份证或输入身份证号码。</translation>
    </message>
    <message>
        <source>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</source>
        <translation>本机现在不能保存申请。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>HelpReviewPage</name>
    <message>
        <source>Check your choices. Touch Send, or Change to correct one.</source>
        <translation>请核对您选的内容。没问题请点“提交”，要改请点“修改”。</translation>
    </message>
    <message>
        <source>Your phone number: %1.</source>
        <translation>您的电话号码：%1。</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>您的电话号码显示在屏幕上。</translation>
    </message>
    <message>
        <source>Help you ask for</source>
        <translation>您要的帮助</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Your address is on the screen.</source>
        <translation>您的地址显示在屏幕上。</translation>
    </message>
    <message>
        <source>Phone for the coordinator</source>
        <translation>协调员联系您的电话</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>不留电话</translation>
    </message>
    <message>
        <source>For the volunteer</source>
        <translation>告诉志愿者</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>没有要补充的</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>HelpWhenPage</name>
    <message>
        <source>Touch a day, then the part of the day. Or touch &quot;Any time&quot; and we will call you to arrange it.</source>
        <translation>请先点哪一天，再点上午、下午或晚上。也可以点“什么时间都可以”，我们打电话跟您约。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>%1, next week</source>
        <translation>%1，下周</translation>
    </message>
    <message>
        <source>Please choose a day and a part of the day, or any time.</source>
        <translation>请选一天和一天里的时间，或者选“什么时间都可以”。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>哪一天</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>一天里的时间</translation>
    </message>
    <message>
        <source>Please choose a day first.</source>
        <translation>请先选哪一天。</translation>
    </message>
    <message>
        <source>Choose a day first.</source>
        <translation>请先选哪一天。</translation>
    </message>
    <message>
        <source>Any time, call me to arrange</source>
        <translation>什么时间都可以，请打电话跟我约</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>HelpWherePage</name>
    <message>
        <source>Touch where the volunteer should meet you, then Next.</source>
        <translation>请点志愿者和您见面的地点，再点“下一步”。</translation>
    </message>
    <message>
        <source>Your address: %1.</source>
        <translation>您的地址：%1。</translation>
    </message>
    <message>
        <source>Your address is on the screen.</source>
        <translation>您的地址显示在屏幕上。</translation>
    </message>
    <message>
        <source>Please choose where the volunteer should meet you.</source>
        <translation>请选志愿者和您见面的地点。</translation>
    </message>
    <message>
        <source>At my home</source>
        <translation>在我家</translation>
    </message>
    <message>
        <source>We will ask for your address when we call you.</source>
        <translation>打电话时我们会问您的地址。</translation>
    </message>
    <message>
        <source>Your address on the ID card</source>
        <translation>身份证上的地址</translation>
    </message>
    <message>
        <source>At this station</source>
        <translation>在这个服务站</translation>
    </message>
    <message>
        <source>At a hospital or another place</source>
        <translation>在医院或其他地方</translation>
    </message>
    <message>
        <source>Call me to arrange</source>
        <translation>请打电话跟我约</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Touch a picture, or use the keypad&apos;s arrows and the round select key.</source>
        <translation>请触摸图片，或用键盘的方向键和圆形确认键选择。</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>This cannot be done now: the kiosk cannot open its records. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>现在不能办理：本机打不开记录。请向服务台招手，或者请身边的人帮您找工作人员。</translation>
    </message>
</context>
<context>
    <name>HomeTile</name>
    <message>
        <source>Not available now</source>
        <translation>现在不能使用</translation>
    </message>
</context>
<context>
    <name>IdNumberPage</name>
    <message>
        <source>Type your ID number</source>
        <translation>输入身份证号码</translation>
    </message>
    <message>
        <source>Type the 18 characters of your ID card. The last one can be X. Then touch Confirm.</source>
        <translation>请输入身份证上的18位号码，最后一位可能是X。输完后按“确认”。</translation>
    </message>
    <message numerus="yes">
        <source>%n of 18 characters typed</source>
        <translation>
            <numerusform>已输入%n位，共18位</numerusform>
        </translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>哪里不对？</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Place your ID card on the reader below the screen, or touch &quot;Type my ID number&quot;.</source>
        <translation>请把身份证放在屏幕下方的读卡器上，或者按“输入身份证号码”。</translation>
    </message>
    <message>
        <source>Reader ready — place your card flat on the reader</source>
        <translation>读卡器已就绪——请把身份证平放在读卡器上</translation>
    </message>
    <message>
        <source>Reading... keep the card still</source>
        <translation>正在读卡……请不要移动身份证</translation>
    </message>
    <message>
        <source>Remove your card</source>
        <translation>请取走身份证</translation>
    </message>
    <message>
        <source>The card could not be read. Place it on the reader again.</source>
        <translation>没有读到卡，请重新放一次。</translation>
    </message>
    <message>
        <source>The card reader is not working. Type your ID number instead.</source>
        <translation>读卡器现在不能用，请改为输入身份证号码。</translation>
    </message>
    <message>
        <source>Picture: lay the ID card flat on the reader under the screen</source>
        <translation>图示：把身份证平放在屏幕下方的读卡器上</translation>
    </message>
    <message>
        <source>This card has no ID number the kiosk can use. Please type your ID number.</source>
        <translation>这张卡上没有本机能用的身份证号码，请输入您的身份证号码。</translation>
    </message>
    <message>
        <source>Type my ID number</source>
        <translation>输入身份证号码</translation>
    </message>
</context>
<context>
    <name>KioskServices</name>
    <message>
        <source>No station secret is configured ([store] secret).</source>
        <translation>没有设置站点密钥（[store] secret）。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Community service station kiosk</source>
        <translation>社区残疾人服务站自助终端</translation>
    </message>
    <message>
        <source>The kiosk cannot open its records right now, so it cannot look things up, save requests or call staff. Please wave at the counter, or ask someone nearby to fetch a member of staff.</source>
        <translation>本机现在打不开记录，不能查询，不能提交申请，也不能呼叫工作人员。请向服务台招手，或者请身边的人帮您找工作人员。</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>下面还有</translation>
    </message>
    <message>
        <source>The page continues below; use the down key.</source>
        <translation>下面还有内容，请按向下键。</translation>
    </message>
</context>
<context>
    <name>MyBookings</name>
    <message>
        <source>This booking could not be found.</source>
        <translation>找不到这个预约。</translation>
    </message>
    <message>
        <source>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</source>
        <translation>本机现在不能保存。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>MyBookingsPage</name>
    <message>
        <source>%1, %2 at %3: %4.</source>
        <translation>%1，%2 %3：%4。</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Provisional: staff will confirm it</source>
        <translation>待确认：工作人员会帮您确认</translation>
    </message>
    <message>
        <source>Not confirmed: please call staff</source>
        <translation>没有约上：请联系工作人员</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The booking is kept.</source>
        <translation>预约已保留。</translation>
    </message>
    <message>
        <source>Your booking is cancelled. The place is free for someone else.</source>
        <translation>您的预约已取消。名额会留给别人。</translation>
    </message>
    <message>
        <source>Cancel your booking for %1 on %2 at %3 (code %4)?</source>
        <translation>要取消%2 %3的%1预约吗？（预约码 %4）</translation>
    </message>
    <message>
        <source>Your place will be given to someone else.</source>
        <translation>您的名额会让给别人。</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>不，保留</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>是的，取消</translation>
    </message>
    <message>
        <source>You have no bookings from today on.</source>
        <translation>从今天起您没有预约。</translation>
    </message>
    <message>
        <source>Please show who you are first.</source>
        <translation>请先确认您的身份。</translation>
    </message>
    <message>
        <source>Your bookings cannot be shown right now. Please press &quot;Call staff&quot;.</source>
        <translation>现在无法显示您的预约。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>Your queue number today: %1, for %2</source>
        <translation>您今天的排队号：%1，办理%2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Your bookings, the soonest first. Touch Cancel if you cannot come.</source>
        <translation>这是您的预约，时间最早的在前面。来不了请点“取消预约”。</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>预约码 %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>地点：%1</translation>
    </message>
</context>
<context>
    <name>MyRequests</name>
    <message>
        <source>This request could not be found.</source>
        <translation>找不到这个求助记录。</translation>
    </message>
    <message>
        <source>The kiosk cannot save right now. Please press &quot;Call staff&quot;.</source>
        <translation>本机现在不能保存。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>Your requests, newest first. Touch Cancel to withdraw one, or Rate when the help is done.</source>
        <translation>您的求助，最新的在前面。不要了请点“取消”；帮助完成后可以点“打分”。</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Received, a volunteer is being found</source>
        <translation>已收到，正在找志愿者</translation>
    </message>
    <message>
        <source>Volunteer found: %1, on %2</source>
        <translation>已找到志愿者：%1，%2</translation>
    </message>
    <message>
        <source>Volunteer found: %1</source>
        <translation>已找到志愿者：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled, waiting to send</source>
        <translation>已取消，等待发送</translation>
    </message>
    <message>
        <source>The request is kept.</source>
        <translation>这个求助保留了。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Your request is cancelled.</source>
        <translation>您的求助已取消。</translation>
    </message>
    <message>
        <source>Cancel your request &quot;%1&quot; (code %2)?</source>
        <translation>要取消“%1”这个求助吗？（求助号 %2）</translation>
    </message>
    <message>
        <source>A volunteer who was to come will be told not to.</source>
        <translation>我们会告诉本来要来的志愿者不用来了。</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>不取消</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>确定取消</translation>
    </message>
    <message>
        <source>You have not asked for help yet.</source>
        <translation>您还没有求助过。</translation>
    </message>
    <message>
        <source>Please show who you are first.</source>
        <translation>请先放身份证或输入身份证号码。</translation>
    </message>
    <message>
        <source>Your requests cannot be shown right now. Please press &quot;Call staff&quot;.</source>
        <translation>现在不能显示您的求助。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>When: %1. Where: %2. Code %3, asked on %4.</source>
        <translation>时间：%1。地点：%2。求助号 %3，%4 提交。</translation>
    </message>
    <message numerus="yes">
        <source>You rated it %n star(s). Thank you.</source>
        <translation>
            <numerusform>您打了 %n 颗星，谢谢。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>打分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>较新的</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>较早的</translation>
    </message>
</context>
<context>
    <name>NumberKeypad</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>您想办什么事？</translation>
    </message>
    <message>
        <source>My disability certificate</source>
        <translation>我的残疾人证</translation>
    </message>
    <message>
        <source>Where it is, what comes next, what to bring</source>
        <translation>办到哪一步、下一步做什么、要带什么</translation>
    </message>
    <message>
        <source>Ask a volunteer for help</source>
        <translation>请志愿者帮忙</translation>
    </message>
    <message>
        <source>Hospital visits, shopping, sign language and more</source>
        <translation>陪同就医、代购、手语翻译等</translation>
    </message>
    <message>
        <source>Station services</source>
        <translation>服务站服务</translation>
    </message>
    <message>
        <source>Rehabilitation, jobs, day care, legal aid and more</source>
        <translation>康复、就业、日间照料、法律援助等</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>A person from the station comes to you</source>
        <translation>服务站工作人员会来到您身边</translation>
    </message>
    <message>
        <source>Show who you are</source>
        <translation>请出示身份证</translation>
    </message>
    <message>
        <source>Type your ID number</source>
        <translation>输入身份证号码</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translation>核对申请</translation>
    </message>
    <message>
        <source>Your request is sent</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <source>Do you need more time?</source>
        <translation>您还需要更多时间吗？</translation>
    </message>
    <message>
        <source>When do you need help?</source>
        <translation>您什么时候需要帮助？</translation>
    </message>
    <message>
        <source>Where shall the volunteer meet you?</source>
        <translation>志愿者在哪里和您见面？</translation>
    </message>
    <message>
        <source>A phone number to call you</source>
        <translation>留一个电话，方便联系您</translation>
    </message>
    <message>
        <source>What should the volunteer know?</source>
        <translation>有什么要告诉志愿者的？</translation>
    </message>
    <message>
        <source>Check your request for help</source>
        <translation>请核对您的求助</translation>
    </message>
    <message>
        <source>Your request for help is sent</source>
        <translation>您的求助已经提交</translation>
    </message>
    <message>
        <source>My requests for help</source>
        <translation>我的求助</translation>
    </message>
    <message>
        <source>Rate the help</source>
        <translation>给这次帮助打分</translation>
    </message>
    <message>
        <source>So a coordinator knows who asks for help, and you can follow your requests. No certificate is needed.</source>
        <translation>这样协调员知道是谁在求助，您也能查看自己的求助。没有残疾证也可以。</translation>
    </message>
    <message>
        <source>So the booking is yours: you can see it and cancel it later.</source>
        <translation>这样预约就是您本人的：以后可以查看，也可以取消。</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>您的排队号</translation>
    </message>
    <message>
        <source>Services of this kind</source>
        <translation>这一类的服务</translation>
    </message>
    <message>
        <source>About this service</source>
        <translation>服务介绍</translation>
    </message>
    <message>
        <source>Book a time: choose a day</source>
        <translation>预约时间：选日期</translation>
    </message>
    <message>
        <source>Book a time: choose a time</source>
        <translation>预约时间：选时段</translation>
    </message>
    <message>
        <source>A phone number for the station</source>
        <translation>留给服务站的电话</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>核对您的预约</translation>
    </message>
    <message>
        <source>Your time is booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>今天的排队</translation>
    </message>
    <message>
        <source>Bookings not confirmed</source>
        <translation>未确认的预约</translation>
    </message>
    <message>
        <source>Queue display</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>So the kiosk can read your name from your ID card.</source>
        <translation>这样本机可以从您的身份证上读取您的姓名。</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者服务</translation>
    </message>
    <message>
        <source>Register, check in and out, see your hours</source>
        <translation>注册、签到签退、查看服务时长</translation>
    </message>
    <message>
        <source>Register as a volunteer</source>
        <translation>注册成为志愿者</translation>
    </message>
    <message>
        <source>When can you help?</source>
        <translation>您什么时候可以帮忙？</translation>
    </message>
    <message>
        <source>Your phone number for the coordinators</source>
        <translation>留给协调员的电话号码</translation>
    </message>
    <message>
        <source>What the station keeps about you</source>
        <translation>服务站会保存您的哪些信息</translation>
    </message>
    <message>
        <source>Check your registration</source>
        <translation>请核对您的注册信息</translation>
    </message>
    <message>
        <source>Your registration is saved</source>
        <translation>您的注册已保存</translation>
    </message>
    <message>
        <source>Type your volunteer number</source>
        <translation>输入志愿者编号</translation>
    </message>
    <message>
        <source>Your service time</source>
        <translation>本次服务时长</translation>
    </message>
    <message>
        <source>My volunteer hours</source>
        <translation>我的志愿服务时长</translation>
    </message>
    <message>
        <source>Volunteers checked in now</source>
        <translation>现在已签到的志愿者</translation>
    </message>
    <message>
        <source>So staff know whose certificate it is, and can call you about it.</source>
        <translation>这样工作人员知道是谁的证，也能打电话和您联系。</translation>
    </message>
    <message>
        <source>Apply for a certificate</source>
        <translation>申请办证</translation>
    </message>
    <message>
        <source>Renew my certificate</source>
        <translation>换领新证</translation>
    </message>
    <message>
        <source>Report it lost or replace it</source>
        <translation>挂失或补办</translation>
    </message>
    <message>
        <source>Move it to my new district</source>
        <translation>迁到新的区</translation>
    </message>
    <message>
        <source>Change its category or level</source>
        <translation>变更类别或等级</translation>
    </message>
    <message>
        <source>Cancel my certificate</source>
        <translation>注销我的残疾人证</translation>
    </message>
    <message>
        <source>Which district are you moving to?</source>
        <translation>您要迁到哪个区？</translation>
    </message>
    <message>
        <source>A phone number for staff</source>
        <translation>留个电话给工作人员</translation>
    </message>
    <message>
        <source>Check your application</source>
        <translation>核对您的申请</translation>
    </message>
    <message>
        <source>Check before you cancel</source>
        <translation>注销前请核对</translation>
    </message>
    <message>
        <source>Your application is sent</source>
        <translation>您的申请已提交</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Calls from visitors</source>
        <translation>访客呼叫</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>PhoneEntry</name>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>A whole number. Touch Next to check it.</source>
        <translation>号码已经输完整，请按“下一步”核对。</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>已输入 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>No number typed yet.</source>
        <translation>还没有输入号码。</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Ask not to pay the assessment fee</source>
        <translation>申请减免评定费</translation>
    </message>
    <message>
        <source>Ask for an assessment at home</source>
        <translation>申请上门评定</translation>
    </message>
    <message>
        <source>Type your phone number: a mobile, or a landline with its area code. Staff will call you to arrange it. Then touch Next.</source>
        <translation>请输入您的电话号码：手机号，或者带区号的座机号。工作人员会打电话和您约时间。输完请按“下一步”。</translation>
    </message>
</context>
<context>
    <name>PhoneReviewPage</name>
    <message>
        <source>Not to pay the assessment fee</source>
        <translation>免交评定费</translation>
    </message>
    <message>
        <source>An assessment at home</source>
        <translation>上门评定</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translation>核对申请</translation>
    </message>
    <message>
        <source>Check the number. Staff will call you on it. Touch Send, or Change to correct it.</source>
        <translation>请核对号码，工作人员会打这个电话。没有问题请按“发送”，要改请按“修改号码”。</translation>
    </message>
    <message>
        <source>Your phone number: %1.</source>
        <translation>您的电话号码：%1。</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>您的电话号码显示在屏幕上。</translation>
    </message>
    <message>
        <source>You ask for</source>
        <translation>您申请的是</translation>
    </message>
    <message>
        <source>Staff will call you on</source>
        <translation>工作人员会打这个电话</translation>
    </message>
    <message>
        <source>Change the number</source>
        <translation>修改号码</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This service is not yet available at the kiosk. Press &quot;Call staff&quot; and a person from the station will help you.</source>
        <translation>这项服务暂时不能在自助终端办理。请按“呼叫工作人员”，服务站的工作人员会来帮您。</translation>
    </message>
</context>
<context>
    <name>QueueCallWords</name>
    <message>
        <source>Number %1, please go to window %2.</source>
        <translation>请 %1 号到 %2 号窗口</translation>
    </message>
</context>
<context>
    <name>QueueCaller</name>
    <message>
        <source>The kiosk cannot open its data file: no number was called.</source>
        <translation>自助机打不开数据文件：没有叫号。</translation>
    </message>
    <message>
        <source>Nobody is waiting for %1.</source>
        <translation>%1 现在没有人排队。</translation>
    </message>
    <message>
        <source>%1 called to window %2.</source>
        <translation>已叫 %1 到 %2 号窗口。</translation>
    </message>
</context>
<context>
    <name>QueueDisplay</name>
    <message>
        <source>Now calling</source>
        <translation>现在叫号</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>刚才叫过</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>No number has been called yet today.</source>
        <translation>今天还没有叫号。</translation>
    </message>
    <message>
        <source>Take a number at the kiosk. When your number is shown here, go to its window.</source>
        <translation>请在自助机上取号。这里出现您的号码时，请到显示的窗口。</translation>
    </message>
</context>
<context>
    <name>QueueNumberPage</name>
    <message>
        <source>Nobody is waiting before you. You are next.</source>
        <translation>您前面没有人在等，下一个就是您。</translation>
    </message>
    <message numerus="yes">
        <source>%n people are waiting before you.</source>
        <translation>
            <numerusform>您前面有 %n 人在等。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember your number. Wait until it is called.</source>
        <translation>请记住您的号码，等候叫号。</translation>
    </message>
    <message>
        <source>Taking a number for you ...</source>
        <translation>正在为您取号……</translation>
    </message>
    <message>
        <source>Your number is %1, for %2.</source>
        <translation>您的号码是 %1，办理%2。</translation>
    </message>
    <message>
        <source>No number was given.</source>
        <translation>没有取到号。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>您的号码：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Your number will be shown on the screen and called out.</source>
        <translation>轮到您时，屏幕会显示您的号码，广播也会叫号。</translation>
    </message>
</context>
<context>
    <name>RatePage</name>
    <message>
        <source>How was the help? Touch 1 to 5 stars: 1 is very bad, 5 is very good. Then you may add sentences and touch Send.</source>
        <translation>这次帮助怎么样？请点 1 到 5 颗星：1 是很不好，5 是很好。然后可以选几句话，再点“提交”。</translation>
    </message>
    <message>
        <source>1 star, very bad</source>
        <translation>1 颗星，很不好</translation>
    </message>
    <message>
        <source>2 stars, bad</source>
        <translation>2 颗星，不好</translation>
    </message>
    <message>
        <source>3 stars, all right</source>
        <translation>3 颗星，一般</translation>
    </message>
    <message>
        <source>4 stars, good</source>
        <translation>4 颗星，好</translation>
    </message>
    <message>
        <source>5 stars, very good</source>
        <translation>5 颗星，很好</translation>
    </message>
    <message>
        <source>Thank you. Your rating is saved.</source>
        <translation>谢谢，您的打分已保存。</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1，求助号 %2</translation>
    </message>
    <message>
        <source>You chose %1.</source>
        <translation>您选了%1。</translation>
    </message>
    <message>
        <source>No stars chosen yet.</source>
        <translation>还没有选星。</translation>
    </message>
    <message>
        <source>What went well? (you may skip this)</source>
        <translation>哪里做得好？（可以不选）</translation>
    </message>
    <message>
        <source>What went wrong? (you may skip this)</source>
        <translation>哪里做得不好？（可以不选）</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Thank you. Your rating is saved and helps the volunteers.</source>
        <translation>谢谢，您的打分已保存，这会帮到志愿者。</translation>
    </message>
    <message>
        <source>Back to my requests</source>
        <translation>回到我的求助</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ServiceListPage</name>
    <message>
        <source>Touch a service to see what it offers, who can use it and what to bring.</source>
        <translation>请点一项服务，看看服务内容、谁可以办、要带什么。</translation>
    </message>
    <message>
        <source>There are no services of this kind now.</source>
        <translation>这一类现在没有服务。</translation>
    </message>
    <message>
        <source>You can book a time</source>
        <translation>可以预约时间</translation>
    </message>
    <message>
        <source>Take a number at the station</source>
        <translation>可以在服务站取号</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>What it is</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>谁可以办</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>要带的材料</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>This service is not offered now. Touch Back and choose another.</source>
        <translation>这项服务现在没有开展。请点“返回”，选别的服务。</translation>
    </message>
    <message>
        <source>Read what this service offers. Touch &quot;Book a time&quot; to choose a day and time.</source>
        <translation>请看看这项服务的内容。点“预约时间”，选日期和时段。</translation>
    </message>
    <message>
        <source>Read what this service offers. Touch &quot;Take a number now&quot; to queue for it.</source>
        <translation>请看看这项服务的内容。点“现在取号”排队办理。</translation>
    </message>
    <message>
        <source>Read what this service offers. Come to the station when it is open.</source>
        <translation>请看看这项服务的内容。开放时间来服务站就可以办。</translation>
    </message>
    <message>
        <source>Official name: %1.</source>
        <translation>正式名称：%1。</translation>
    </message>
    <message>
        <source>This service cannot be booked now. Please press &quot;Call staff&quot;.</source>
        <translation>这项服务现在不能预约。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>Official name: %1</source>
        <translation>正式名称：%1</translation>
    </message>
    <message>
        <source>Queue numbers are given while the service is open.</source>
        <translation>开放时间内才能取号。</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Take a number now</source>
        <translation>现在取号</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Touch a kind of service to see what the station offers, and to book a time.</source>
        <translation>请点一类服务，看看服务站提供什么，也可以预约时间。</translation>
    </message>
    <message>
        <source>The station&apos;s services are not at the kiosk yet. Please press &quot;Call staff&quot;.</source>
        <translation>服务站的服务还没有载入本机。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>The services cannot be shown right now. Please press &quot;Call staff&quot;.</source>
        <translation>现在无法显示服务。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>There are no services of this kind now.</source>
        <translation>这一类现在没有服务。</translation>
    </message>
    <message>
        <source>The first kinds of service.</source>
        <translation>前面的服务类别。</translation>
    </message>
    <message>
        <source>More kinds of service.</source>
        <translation>更多服务类别。</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 项服务</numerusform>
        </translation>
    </message>
    <message>
        <source>More kinds of service</source>
        <translation>更多服务类别</translation>
    </message>
    <message>
        <source>The first kinds of service</source>
        <translation>前面的服务类别</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose how the kiosk looks and speaks. Your choices last until you finish.</source>
        <translation>选择屏幕的样子和说话的方式。您的选择只在这次使用时有效。</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>更大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>标准颜色</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>黑底白字</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>黑底黄字</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>白底黑字</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>很慢</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>A little slow</source>
        <translation>稍慢</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>A little fast</source>
        <translation>稍快</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>很快</translation>
    </message>
    <message>
        <source>Very quiet</source>
        <translation>很小</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Loudest</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>%1. This is how fast I speak now.</source>
        <translation>%1。现在我用这个速度说话。</translation>
    </message>
    <message>
        <source>%1. This is how loud I speak now.</source>
        <translation>%1。现在我用这个音量说话。</translation>
    </message>
    <message>
        <source>The station&apos;s settings are back.</source>
        <translation>已恢复本站的设置。</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Read the screens aloud</source>
        <translation>朗读屏幕内容</translation>
    </message>
    <message>
        <source>On: the kiosk speaks every screen.</source>
        <translation>开：每个页面都会读给您听。</translation>
    </message>
    <message>
        <source>Off: the kiosk is silent. Turn it on to set the speed and the volume.</source>
        <translation>关：不出声。打开后可以调语速和音量。</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声一点</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声一点</translation>
    </message>
    <message>
        <source>Back to the station&apos;s settings</source>
        <translation>恢复本站设置</translation>
    </message>
    <message>
        <source>Text size, colours and speech as the station has them</source>
        <translation>文字大小、颜色和语音恢复成本站原来的设置</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>StaffBookingsPage</name>
    <message>
        <source>Bookings not confirmed</source>
        <translation>未确认的预约</translation>
    </message>
    <message>
        <source>Back to staff mode</source>
        <translation>返回工作人员模式</translation>
    </message>
    <message>
        <source>The local store is not available: the bookings cannot be read.</source>
        <translation>本地数据不可用：读不到预约。</translation>
    </message>
    <message>
        <source>The bookings could not be read. See &quot;Last problem&quot; in staff mode.</source>
        <translation>读不到预约。请看工作人员模式里的“最近的问题”。</translation>
    </message>
    <message>
        <source>Every booking from today on is confirmed.</source>
        <translation>今天及以后的预约都已确认。</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>预约码 %1</translation>
    </message>
    <message>
        <source>Help these visitors when they come. The coordinator at the central office has the phone number each visitor gave on the central list, and can call them.</source>
        <translation>访客来时请帮他们办理。中心的协调员在中心名单上有每位访客留下的电话，可以给他们打电话。</translation>
    </message>
    <message>
        <source>Not confirmed: the central office did not confirm this booking (the time was full or is no longer offered).</source>
        <translation>没有确认：中心没有确认这个预约（这个时间已经约满，或者已经不再开放）。</translation>
    </message>
    <message>
        <source>Provisional: booked while the kiosk was offline, not yet confirmed by the central office.</source>
        <translation>临时预约：自助机离线时预约，中心还没有确认。</translation>
    </message>
    <message>
        <source>Central office&apos;s note: %1</source>
        <extracomment>The central office&apos;s staff note on a refused booking. The note itself is always in English: say so in the translation (中心备注（英文）).</extracomment>
        <translation>中心备注（英文）：%1</translation>
    </message>
</context>
<context>
    <name>StaffCallReason</name>
    <message>
        <source>Help at the kiosk (the Call staff button)</source>
        <translation>在自助机旁需要帮助（“呼叫工作人员”按钮）</translation>
    </message>
    <message>
        <source>Appeal of a certificate decision (the certificate page)</source>
        <translation>对残疾证决定提出申诉（残疾证页面）</translation>
    </message>
    <message>
        <source>Help (reason code %1)</source>
        <translation>需要帮助（原因代码 %1）</translation>
    </message>
</context>
<context>
    <name>StaffCalls</name>
    <message>
        <source>Acknowledged: someone is on the way</source>
        <translation>已响应：有人正在过去</translation>
    </message>
    <message>
        <source>Open: nobody has answered yet</source>
        <translation>未响应：还没有人回应</translation>
    </message>
    <message>
        <source>Sent to the centre</source>
        <translation>已送达服务中心</translation>
    </message>
    <message>
        <source>Refused by the centre</source>
        <translation>服务中心拒收</translation>
    </message>
    <message>
        <source>Only on this kiosk (no central server)</source>
        <translation>只在本机（没有连接中心服务器）</translation>
    </message>
    <message>
        <source>Not yet sent to the centre</source>
        <translation>还没有发到服务中心</translation>
    </message>
    <message>
        <source>The kiosk cannot save this right now.</source>
        <translation>本机现在无法保存。</translation>
    </message>
    <message>
        <source>The call from %1 is closed.</source>
        <translation>%1 的呼叫已结束。</translation>
    </message>
    <message>
        <source>The call from %1 is acknowledged.</source>
        <translation>%1 的呼叫已响应。</translation>
    </message>
</context>
<context>
    <name>StaffCallsPage</name>
    <message>
        <source>Calls from visitors</source>
        <translation>访客呼叫</translation>
    </message>
    <message>
        <source>Called at %1, just now</source>
        <translation>%1 呼叫，刚刚</translation>
    </message>
    <message>
        <source>Called at %1, 1 minute ago</source>
        <translation>%1 呼叫，1 分钟前</translation>
    </message>
    <message>
        <source>Called at %1, %2 minutes ago</source>
        <translation>%1 呼叫，%2 分钟前</translation>
    </message>
    <message>
        <source>Back to staff mode</source>
        <translation>返回工作人员模式</translation>
    </message>
    <message>
        <source>Acknowledge a call when someone goes to the visitor; close it once the visitor has been helped.</source>
        <translation>有人去找访客时，请按“响应”；访客得到帮助后，请按“结束”。</translation>
    </message>
    <message>
        <source>The local store is not available: the calls cannot be read.</source>
        <translation>本地数据不可用，读不到呼叫。</translation>
    </message>
    <message>
        <source>The calls could not be read. See the problems in staff mode.</source>
        <translation>读不到呼叫。请看工作人员模式里的问题。</translation>
    </message>
    <message>
        <source>No visitor is waiting for staff.</source>
        <translation>目前没有访客在等工作人员。</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>More calls below</source>
        <translation>下面还有呼叫</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>退出工作人员模式</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Records waiting to be sent</source>
        <translation>待上传的记录</translation>
    </message>
    <message>
        <source>Local store: open</source>
        <translation>本地数据：正常</translation>
    </message>
    <message>
        <source>Local store: NOT available — %1</source>
        <translation>本地数据：不可用——%1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>等待上传：%1</translation>
    </message>
    <message>
        <source>Refused by the server, kept for staff: %1</source>
        <translation>服务器拒收、留待处理：%1</translation>
    </message>
    <message>
        <source>Connection to the central server</source>
        <translation>与中心服务器的连接</translation>
    </message>
    <message>
        <source>No central server is configured: requests stay on this kiosk.</source>
        <translation>没有配置中心服务器：申请保存在本机。</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>站点已注册</translation>
    </message>
    <message>
        <source>Not enrolled yet (enrollment code from the settings)</source>
        <translation>尚未注册（使用设置中的注册码）</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次同步成功：%1</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>上次同步成功：从未</translation>
    </message>
    <message>
        <source>Demo: lay a demo card on the simulated reader</source>
        <translation>演示：把演示卡放到模拟读卡器上</translation>
    </message>
    <message>
        <source>Present demo card %1: %2</source>
        <translation>放演示卡%1：%2</translation>
    </message>
    <message>
        <source>Take the demo card away</source>
        <translation>取走演示卡</translation>
    </message>
    <message>
        <source>ready, no card</source>
        <translation>就绪，没有卡</translation>
    </message>
    <message>
        <source>reading a card</source>
        <translation>正在读卡</translation>
    </message>
    <message>
        <source>card read, waiting for it to be taken away</source>
        <translation>已读卡，等待取卡</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>no reader</source>
        <translation>没有读卡器</translation>
    </message>
    <message>
        <source>Today&apos;s queue: call the next number</source>
        <translation>今天的排队：叫下一个号</translation>
    </message>
    <message>
        <source>Bookings not confirmed</source>
        <translation>未确认的预约</translation>
    </message>
    <message>
        <source>Volunteers checked in now</source>
        <translation>现在已签到的志愿者</translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation>读卡器：%1</translation>
    </message>
    <message>
        <source>Card reader: error</source>
        <translation>读卡器：出错</translation>
    </message>
    <message>
        <source>Central server: %1</source>
        <translation>中心服务器：%1</translation>
    </message>
    <message>
        <source>Records refused by the central server: %1 (see the list of records waiting to be sent)</source>
        <translation>被中心服务器拒收的记录：%1 条（见“等待发送的记录”）</translation>
    </message>
    <message>
        <source>Last problem a visitor met: %1</source>
        <translation>访客最近遇到的问题：%1</translation>
    </message>
    <message>
        <source>Calls from visitors: %1 not answered</source>
        <translation>访客呼叫：%1 个还没人响应</translation>
    </message>
    <message>
        <source>Calls from visitors: %1 on the way</source>
        <translation>访客呼叫：%1 个已有人前往</translation>
    </message>
    <message>
        <source>Calls from visitors: none</source>
        <translation>访客呼叫：暂无</translation>
    </message>
    <message>
        <source>Connection setting: %1</source>
        <translation>连接设置：%1</translation>
    </message>
    <message>
        <source>Local store: not available</source>
        <translation>本地数据：不可用</translation>
    </message>
    <message>
        <source>Problems now</source>
        <translation>当前问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems right now.</source>
        <translation>目前没有问题。</translation>
    </message>
    <message>
        <source>The last attempt failed (see Problems now)</source>
        <translation>最近一次同步失败（见“当前问题”）</translation>
    </message>
    <message>
        <source>The last attempt went well</source>
        <translation>最近一次同步成功</translation>
    </message>
    <message>
        <source>simulated reader (demo)</source>
        <translation>模拟读卡器（演示用）</translation>
    </message>
    <message>
        <source>serial port %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>USB reader %1 (bus %2, device %3)</source>
        <translation>USB 读卡器 %1（总线 %2，设备 %3）</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>serial port, found automatically</source>
        <translation>串口（自动查找）</translation>
    </message>
    <message>
        <source>%1 of %2, refused. The server&apos;s note: %3</source>
        <translation>%2 的%1被拒收。服务器的说明：%3</translation>
    </message>
    <message>
        <source>A call for staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>A request for a volunteer</source>
        <translation>志愿者帮助申请</translation>
    </message>
    <message>
        <source>A booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>A booking&apos;s cancellation</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>A volunteer&apos;s check-in</source>
        <translation>志愿者签到</translation>
    </message>
    <message>
        <source>A volunteer&apos;s check-out</source>
        <translation>志愿者签退</translation>
    </message>
    <message>
        <source>A rating of help</source>
        <translation>帮助评价</translation>
    </message>
    <message>
        <source>A home assessment or fee waiver request</source>
        <translation>上门评估或费用减免申请</translation>
    </message>
    <message>
        <source>A request&apos;s cancellation</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>A volunteer registration</source>
        <translation>志愿者登记</translation>
    </message>
    <message>
        <source>A certificate application</source>
        <translation>残疾证办理申请</translation>
    </message>
    <message>
        <source>A record (%1)</source>
        <translation>记录（%1）</translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <source>For station staff. Type the staff PIN, then touch Confirm.</source>
        <translation>仅供服务站工作人员使用。请输入工作人员密码，然后按“确认”。</translation>
    </message>
    <message>
        <source>Staff mode is not set up at this kiosk.</source>
        <translation>本机没有设置工作人员模式。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a minute and try again.</source>
        <translation>密码错误次数太多，请等一分钟再试。</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>密码不对，请再试一次。</translation>
    </message>
</context>
<context>
    <name>StaffQueuePage</name>
    <message>
        <source>Today&apos;s queue</source>
        <translation>今天的排队</translation>
    </message>
    <message>
        <source>Show the queue display</source>
        <translation>显示叫号屏</translation>
    </message>
    <message>
        <source>Back to staff mode</source>
        <translation>返回工作人员模式</translation>
    </message>
    <message>
        <source>Calling to window</source>
        <translation>叫号到窗口</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>减一</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>加一</translation>
    </message>
    <message>
        <source>Calling ...</source>
        <translation>正在叫号……</translation>
    </message>
    <message>
        <source>No service of this station gives queue numbers.</source>
        <translation>本站没有可以取号的服务。</translation>
    </message>
    <message>
        <source>The local store is not available: the queue cannot be read.</source>
        <translation>本地数据不可用：读不到排队情况。</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>没有人在排队。</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>排队：%1 人</translation>
    </message>
    <message numerus="yes">
        <source>Longest wait: %n minute(s)</source>
        <translation>
            <numerusform>最长已等 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Called today: %1, the last one %2</source>
        <translation>今天已叫 %1 个，最近一个是 %2</translation>
    </message>
    <message>
        <source>Call next to window %1</source>
        <translation>叫下一个到 %1 号窗口</translation>
    </message>
</context>
<context>
    <name>StaffVolunteersPage</name>
    <message>
        <source>Volunteers checked in now</source>
        <translation>现在已签到的志愿者</translation>
    </message>
    <message>
        <source>Back to staff mode</source>
        <translation>返回工作人员模式</translation>
    </message>
    <message>
        <source>Check out a volunteer who forgot: the time counts until the task&apos;s end when it has passed, else until now. Station duty waits for a coordinator&apos;s approval.</source>
        <translation>为忘记签退的志愿者签退：任务结束时间已过的，计到任务结束；否则计到现在。站内值班要等协调员确认。</translation>
    </message>
    <message>
        <source>The local store is not available: the check-ins cannot be read.</source>
        <translation>本地数据不可用：读不到签到记录。</translation>
    </message>
    <message>
        <source>The check-ins could not be read. See &quot;Last problem&quot; in staff mode.</source>
        <translation>签到记录读取失败。请看工作人员模式里的“最近的问题”。</translation>
    </message>
    <message>
        <source>No volunteer is checked in here now.</source>
        <translation>现在本站没有已签到的志愿者。</translation>
    </message>
    <message>
        <source>Since %1 (an earlier day)</source>
        <translation>%1 起（不是今天）</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Yes, check out</source>
        <translation>确定签退</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StationQueue</name>
    <message>
        <source>The kiosk cannot open its data file, so it cannot give numbers now.</source>
        <translation>自助机打不开数据文件，现在不能取号。</translation>
    </message>
    <message>
        <source>Please wait in the waiting area.</source>
        <translation>请在等候区等候。</translation>
    </message>
    <message>
        <source>Please wait near %1.</source>
        <translation>请在%1旁边等候。</translation>
    </message>
</context>
<context>
    <name>StationStore</name>
    <message>
        <source>The kiosk cannot create its data folder.</source>
        <translation>本机的数据文件夹无法创建。</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>The kiosk cannot save requests right now. Please press &quot;Call staff&quot;.</source>
        <translation>本机现在不能保存申请。请按“呼叫工作人员”。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>您还需要更多时间吗？</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>我还需要时间</translation>
    </message>
    <message numerus="yes">
        <source>The kiosk will return to the start in %n seconds and forget what you entered.</source>
        <translation>
            <numerusform>%n 秒后将回到开始画面，并清除您输入的内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Change the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>字号 %1%</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>语音开</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>语音关</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>en_GB</source>
        <comment>locale of the clock</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>ddd d MMM  HH:mm</source>
        <comment>clock format, as Qt.formatDateTime reads it</comment>
        <translation>M月d日 dddd  HH:mm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Text size, colours, speech speed and volume</source>
        <translation>文字大小、颜色、语速和音量</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Thank you, goodbye. Your details have been cleared from the kiosk.</source>
        <translation>谢谢，再见。您的信息已经从本机清除。</translation>
    </message>
</context>
<context>
    <name>VolunteerConsentPage</name>
    <message>
        <source>Please read what the station keeps about you. Then touch &quot;I agree&quot; or &quot;I do not agree&quot;.</source>
        <translation>请阅读服务站会保存您的哪些信息，然后点“我⁠同⁠意”或“我⁠不⁠同⁠意”。</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>保存什么</translation>
    </message>
    <message>
        <source>Your name, part of your ID number (the middle digits are hidden), your phone number, the ways you can help, the times you can help, and the hours you serve.</source>
        <translation>您的姓名、身份证号的一部分（中间的数字会隐藏）、电话号码、您能提供的帮助、您能帮忙的时间，以及您的服务时长。</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>保存多久</translation>
    </message>
    <message>
        <source>As long as you are a volunteer. If your registration is not approved, your name, phone and ID number are deleted. The kiosk itself keeps them only until it has sent them to the central office.</source>
        <translation>在您做志愿者期间一直保存。如果注册没有通过，您的姓名、电话和身份证号会被删除。本机只保存到把信息发给区志愿者中心为止。</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>谁能看到</translation>
    </message>
    <message>
        <source>The district&apos;s volunteer coordinators. The people you help see only your given name.</source>
        <translation>本区的志愿者协调员。您帮助的人只能看到您的名字（不含姓）。</translation>
    </message>
    <message>
        <source>You can say no</source>
        <translation>您可以拒绝</translation>
    </message>
    <message>
        <source>If you do not agree, nothing is saved and you are not registered. Every other service of the kiosk stays open to you.</source>
        <translation>如果您不同意，什么都不会保存，您也不会被注册。本机的其他服务照样可以用。</translation>
    </message>
    <message>
        <source>Official name: consent to real-name volunteer registration and the record of service hours. Version %1.</source>
        <translation>正式名称：志愿者实名注册及服务时长记录知情同意书，版本 %1。</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>我不同意</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Start the registration again</source>
        <translation>重新开始注册</translation>
    </message>
    <message>
        <source>Back to the volunteers&apos; desk</source>
        <translation>返回志愿者服务</translation>
    </message>
</context>
<context>
    <name>VolunteerDesk</name>
    <message>
        <source>The kiosk cannot read its volunteer list right now. Please press &quot;Call staff&quot;.</source>
        <translation>自助机现在读不到志愿者名单。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>您好！</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>%1志愿者，您好！</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1到%2</translation>
    </message>
    <message>
        <source>Looking you up on the central volunteer list ...</source>
        <translation>正在区志愿者中心的名单里查找您……</translation>
    </message>
    <message>
        <source>This ID number is not registered as a volunteer. To register, please place your ID card: the kiosk reads your name from it.</source>
        <translation>这个身份证号码还没有注册志愿者。要注册，请放上身份证：自助机从身份证读取您的姓名。</translation>
    </message>
    <message>
        <source>This card is not registered as a volunteer yet. You can register now.</source>
        <translation>这张身份证还没有注册志愿者。您现在就可以注册。</translation>
    </message>
    <message>
        <source>Your registration is waiting for a coordinator&apos;s approval. You can check in once you have your volunteer number.</source>
        <translation>您的注册正在等待协调员审核。拿到志愿者编号后就可以签到。</translation>
    </message>
    <message>
        <source>This ID number is not on the kiosk&apos;s volunteer list. Type your volunteer number.</source>
        <translation>这个身份证号码不在自助机的志愿者名单里。请输入志愿者编号。</translation>
    </message>
    <message>
        <source>This card is not on the kiosk&apos;s volunteer list. Type your volunteer number.</source>
        <translation>这张身份证不在自助机的志愿者名单里。请输入志愿者编号。</translation>
    </message>
    <message>
        <source>Please type the digits of your volunteer number.</source>
        <translation>请输入志愿者编号里的数字。</translation>
    </message>
    <message>
        <source>No volunteer has the number %1. Please check it, or ask staff.</source>
        <translation>没有编号为 %1 的志愿者。请检查一下，或者问工作人员。</translation>
    </message>
    <message>
        <source>The kiosk cannot save check-ins right now. Please press &quot;Call staff&quot;.</source>
        <translation>自助机现在不能保存签到。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>You are checked in for station duty since %1.</source>
        <translation>您从%1起已签到站内值班。</translation>
    </message>
    <message>
        <source>Station duty hours count once a coordinator approves them.</source>
        <translation>站内值班的时长要协调员确认后才计入。</translation>
    </message>
    <message>
        <source>You are checked in for &quot;%1&quot; since %2.</source>
        <translation>您从%2起已签到“%1”。</translation>
    </message>
    <message>
        <source>When you finish, check out here: Volunteers, then Check out.</source>
        <translation>服务结束后请在这里签退：点“志愿者服务”，再点“签退”。</translation>
    </message>
    <message>
        <source>You served %1 of station duty this time. They count once a coordinator approves them.</source>
        <translation>您这次站内值班 %1。协调员确认后才计入。</translation>
    </message>
    <message>
        <source>You served less than half an hour this time, so no hours were added.</source>
        <translation>您这次服务不到半小时，所以没有增加时长。</translation>
    </message>
    <message>
        <source>You served %1 this time.</source>
        <translation>您这次服务了 %1。</translation>
    </message>
    <message>
        <source>You checked in on %1 at %2. The time after midnight is counted too.</source>
        <translation>您在 %1 %2 签到。过了午夜的时间也计入。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock was changed while you served, so your time was counted by the kiosk&apos;s own timer.</source>
        <translation>您服务期间自助机的时钟被改过，所以时长按自助机自己的计时器计算。</translation>
    </message>
    <message>
        <source>Staff checked you out.</source>
        <translation>工作人员为您签退了。</translation>
    </message>
    <message>
        <source>Your total is now %1. Of that, %2 is not yet sent to the central office.</source>
        <translation>您现在累计 %1。其中 %2 还没有发送到区志愿者中心。</translation>
    </message>
    <message>
        <source>Your total is now %1.</source>
        <translation>您现在累计 %1。</translation>
    </message>
    <message>
        <source>Your level: %1.</source>
        <translation>您的星级：%1。</translation>
    </message>
    <message>
        <source>You have no star yet.</source>
        <translation>您还没有星级。</translation>
    </message>
    <message>
        <source>You have the highest star level. Thank you!</source>
        <translation>您已是最高星级。谢谢您！</translation>
    </message>
    <message>
        <source>You are an approved volunteer (number %1). Your record is on its way to this kiosk: please wait a moment. If it does not come, press &quot;Call staff&quot;.</source>
        <translation>您已经是审核通过的志愿者（编号 %1）。您的记录正在传到这台自助机，请稍等。如果一直没有，请点“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>You are an approved volunteer (number %1), but your record has not reached this kiosk yet. Please press &quot;Call staff&quot;: station staff can check you in.</source>
        <translation>您已经是审核通过的志愿者（编号 %1），但您的记录还没有传到这台自助机。请点“呼叫工作人员”，工作人员可以帮您签到。</translation>
    </message>
    <message>
        <source>%1 more to become a %2.</source>
        <translation>再服务 %1，就能升为%2。</translation>
    </message>
</context>
<context>
    <name>VolunteerHoursPage</name>
    <message>
        <source>Please show who you are at the volunteers&apos; page first.</source>
        <translation>请先到志愿者服务页面刷身份证或输入编号。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>累计：%1</translation>
    </message>
    <message>
        <source>Of that, %1 not yet sent to the central office (it is sent by itself).</source>
        <translation>其中 %1 还没有发送到区志愿者中心（会自动发送）。</translation>
    </message>
    <message>
        <source>Not in the total yet: %1 of station duty, waiting for a coordinator.</source>
        <translation>还没计入累计：站内值班 %1，等待协调员确认。</translation>
    </message>
    <message>
        <source>the highest star level</source>
        <translation>已是最高星级</translation>
    </message>
    <message>
        <source>Recent service here</source>
        <translation>最近在本站的服务</translation>
    </message>
    <message>
        <source>No service at this station yet.</source>
        <translation>还没有在本站服务的记录。</translation>
    </message>
    <message>
        <source>For a certificate of your service hours (志愿服务记录证明), ask the station staff: they print it from the central record.</source>
        <translation>需要志愿服务记录证明，请找服务站工作人员：他们会从区志愿者中心的记录打印。</translation>
    </message>
    <message>
        <source>%1 more to become a %2</source>
        <translation>再服务 %1，就能升为%2</translation>
    </message>
</context>
<context>
    <name>VolunteerHoursView</name>
    <message>
        <source>Counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>还没发送</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation>等待协调员确认</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Your total is %1.</source>
        <translation>您累计 %1。</translation>
    </message>
    <message>
        <source>Of that, %1 is not yet sent to the central office.</source>
        <translation>其中 %1 还没有发送到区志愿者中心。</translation>
    </message>
    <message>
        <source>%1 of station duty is waiting for a coordinator&apos;s approval.</source>
        <translation>站内值班 %1 正在等待协调员确认。</translation>
    </message>
    <message>
        <source>Your level: %1.</source>
        <translation>您的星级：%1。</translation>
    </message>
    <message>
        <source>You have no star yet.</source>
        <translation>您还没有星级。</translation>
    </message>
    <message>
        <source>For a certificate of your service hours, ask the station staff.</source>
        <translation>需要志愿服务记录证明，请找服务站工作人员。</translation>
    </message>
    <message>
        <source>Not counted: please ask station staff</source>
        <translation>未计入：请问服务站工作人员</translation>
    </message>
    <message>
        <source>%1 more to become a %2.</source>
        <translation>再服务 %1，就能升为%2。</translation>
    </message>
</context>
<context>
    <name>VolunteerNumberPage</name>
    <message>
        <source>Type the digits of your volunteer number, for example %1 for %2. Then touch Confirm.</source>
        <translation>请输入志愿者编号里的数字，例如编号是 %2，就输入 %1。然后点“确认”。</translation>
    </message>
    <message>
        <source>Please type the digits of your volunteer number.</source>
        <translation>请输入志愿者编号里的数字。</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>已输入 %n 位数字</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole number. Touch Confirm.</source>
        <translation>编号已输完整。请点“确认”。</translation>
    </message>
    <message>
        <source>Touch Confirm when all digits are typed.</source>
        <translation>数字输完后请点“确认”。</translation>
    </message>
    <message>
        <source>No digit typed yet.</source>
        <translation>还没有输入数字。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>VolunteerPhonePage</name>
    <message>
        <source>Type a mobile, or a landline with its area code, so a coordinator can call you about tasks. Then touch Next.</source>
        <translation>请输入手机号，或带区号的固定电话，方便协调员打电话和您商量志愿服务。然后点“下⁠一⁠步”。</translation>
    </message>
    <message>
        <source>Please type your phone number. A coordinator needs it to reach you.</source>
        <translation>请输入您的电话号码，协调员要用它联系您。</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>已输入 %1 位</translation>
    </message>
    <message>
        <source>A whole number. Touch Next.</source>
        <translation>号码完整。请点“下⁠一⁠步”。</translation>
    </message>
    <message>
        <source>No number typed yet.</source>
        <translation>还没有输入号码。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>VolunteerRegisterPage</name>
    <message>
        <source>Touch every way you can help; touch one again to take it away. Then touch Next.</source>
        <translation>请选出您能做的服务（可多选），再点一次就取消。然后点“下⁠一⁠步”。</translation>
    </message>
    <message>
        <source>Please choose at least one way you can help.</source>
        <translation>请至少选择一项您能提供的帮助。</translation>
    </message>
    <message>
        <source>Check in or out</source>
        <translation>签到或签退</translation>
    </message>
    <message>
        <source>Back to the volunteers&apos; desk</source>
        <translation>返回志愿者服务</translation>
    </message>
    <message>
        <source>Next: %1 chosen</source>
        <translation>下一步（已选 %1 项）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>VolunteerRegisteredPage</name>
    <message>
        <source>A coordinator checks your registration and calls you on %1.</source>
        <translation>协调员会审核您的注册，并打 %1 联系您。</translation>
    </message>
    <message>
        <source>A coordinator checks your registration and calls you.</source>
        <translation>协调员会审核您的注册，并打电话联系您。</translation>
    </message>
    <message>
        <source>A coordinator checks your registration and calls you on the phone number you gave.</source>
        <translation>协调员会审核您的注册，并打您留下的电话联系您。</translation>
    </message>
    <message>
        <source>Once approved you get a volunteer number, and every kiosk of the district knows you: check in there with your ID card.</source>
        <translation>审核通过后，您会得到志愿者编号，本区每台自助机都能认出您：到时用身份证签到就⁠行。</translation>
    </message>
    <message>
        <source>Remember this code. The coordinator may ask for it.</source>
        <translation>请记住这个注册码，协调员可能会问您。</translation>
    </message>
    <message>
        <source>Your registration code</source>
        <translation>您的注册码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>VolunteerRegistration</name>
    <message>
        <source>Every weekday morning</source>
        <translation>每个工作日上午</translation>
    </message>
    <message>
        <source>Every weekday afternoon</source>
        <translation>每个工作日下午</translation>
    </message>
    <message>
        <source>Every evening</source>
        <translation>每天晚上</translation>
    </message>
    <message>
        <source>Saturday and Sunday, all day</source>
        <translation>周六和周日全天</translation>
    </message>
    <message>
        <source>Checking whether you are registered already. One moment.</source>
        <translation>正在查询您是否已经注册，请稍等。</translation>
    </message>
    <message>
        <source>To register, please place your ID card: the kiosk reads your name from it.</source>
        <translation>注册需要身份证：请把身份证放在读卡器上，本机从卡上读取您的姓名。</translation>
    </message>
    <message>
        <source>You are registered as volunteer %1 already.</source>
        <translation>您已经注册过了，志愿者编号是 %1。</translation>
    </message>
    <message>
        <source>Your registration is waiting for a coordinator&apos;s approval.</source>
        <translation>您的注册正在等待协调员审核。</translation>
    </message>
    <message>
        <source>Your registration code is %1.</source>
        <translation>您的注册码是 %1。</translation>
    </message>
    <message>
        <source>The kiosk cannot register volunteers right now. Please press &quot;Call staff&quot;.</source>
        <translation>本机现在无法办理志愿者注册。请按“呼⁠叫⁠工⁠作⁠人⁠员”。</translation>
    </message>
    <message>
        <source>You did not agree, so nothing was saved and your choices are deleted. You can register another time, or ask staff.</source>
        <translation>您没有同意，所以什么都没有保存，您的选择也已删除。您可以下次再注册，或者询问工作人员。</translation>
    </message>
    <message>
        <source>Your last registration was not approved. You can register again, or ask staff why.</source>
        <translation>您上次的注册没有通过审核。您可以重新注册，也可以问问工作人员原因。</translation>
    </message>
    <message>
        <source>Your last registration was not approved: %1. You can register again, or ask staff.</source>
        <translation>您上次的注册没有通过审核：%1。您可以重新注册，或者询问工作人员。</translation>
    </message>
    <message>
        <source>This registration cannot be saved. Please press &quot;Call staff&quot;.</source>
        <translation>这份注册无法保存。请按“呼⁠叫⁠工⁠作⁠人⁠员”。</translation>
    </message>
    <message>
        <source>Please choose at least one way you can help.</source>
        <translation>请至少选择一项您能提供的帮助。</translation>
    </message>
    <message>
        <source>Please choose at least one time when you can help.</source>
        <translation>请至少选择一个您能帮忙的时间。</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>请输入您的电话号码。</translation>
    </message>
    <message>
        <source>Please read the consent and touch &quot;I agree&quot; first.</source>
        <translation>请先阅读知情同意内容，并点“我⁠同⁠意”。</translation>
    </message>
</context>
<context>
    <name>VolunteerReviewPage</name>
    <message>
        <source>Touch Register, or Change to correct something.</source>
        <translation>请点“注⁠册”，要改哪一项就点“修⁠改”。</translation>
    </message>
    <message>
        <source>Your name: %1. Your phone number: %2.</source>
        <translation>您的姓名：%1。您的电话号码：%2。</translation>
    </message>
    <message>
        <source>Your name and phone number are on the screen.</source>
        <translation>您的姓名和电话号码显示在屏幕上。</translation>
    </message>
    <message>
        <source>Saving your registration, one moment.</source>
        <translation>正在保存您的注册，请稍等。</translation>
    </message>
    <message>
        <source>Name and ID number, from your card</source>
        <translation>姓名和身份证号（从身份证读取）</translation>
    </message>
    <message>
        <source>Your name is on the screen.</source>
        <translation>您的姓名显示在屏幕上。</translation>
    </message>
    <message>
        <source>Your ID number, with its middle digits hidden, is on the screen.</source>
        <translation>您的身份证号显示在屏幕上，中间的数字已隐藏。</translation>
    </message>
    <message>
        <source>How you can help</source>
        <translation>您能提供的帮助</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>还没有选择</translation>
    </message>
    <message>
        <source>When you can help</source>
        <translation>您能帮忙的时间</translation>
    </message>
    <message>
        <source>Phone for the coordinators</source>
        <translation>留给协调员的电话</translation>
    </message>
    <message>
        <source>Not typed</source>
        <translation>还没有输入</translation>
    </message>
    <message>
        <source>Your phone number is on the screen.</source>
        <translation>您的电话号码显示在屏幕上。</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>You agreed to what the station keeps.</source>
        <translation>您已同意服务站保存这些信息。</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>还没有同意</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>再看一遍</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>VolunteerTimesPage</name>
    <message>
        <source>Please choose at least one time when you can help.</source>
        <translation>请至少选择一个您能帮忙的时间。</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷选择</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Times chosen: %1</source>
        <translation>已选时间：%1 个</translation>
    </message>
    <message>
        <source>No time chosen yet.</source>
        <translation>还没有选择时间。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Touch the times you can usually help. Touch one again to take it away. Then touch Next.</source>
        <translation>请点选您通常能帮忙的时间，再点一次就取消。然后点“下⁠一⁠步”。</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <translation>还没有选</translation>
    </message>
    <message>
        <source>Select to choose, then move to each time.</source>
        <translation>按选择键进入，再逐个选时间。</translation>
    </message>
</context>
<context>
    <name>core::ApplicationStates</name>
    <message>
        <source>Sent</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
</context>
<context>
    <name>core::CertificateLifecycle</name>
    <message>
        <source>your ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>your household register (户口本)</source>
        <translation>户口本</translation>
    </message>
    <message>
        <source>three recent 2-inch photos with a white background</source>
        <translation>近期2寸白底免冠照片3张</translation>
    </message>
    <message>
        <source>medical records and test reports</source>
        <translation>病历、检查报告等就医材料</translation>
    </message>
    <message>
        <source>your old disability certificate</source>
        <translation>原残疾人证</translation>
    </message>
    <message>
        <source>the written notice of the decision</source>
        <translation>不予通过的书面通知</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>申请已收到</translation>
    </message>
    <message>
        <source>Awaiting assessment</source>
        <translation>待评定</translation>
    </message>
    <message>
        <source>Waiting for the assessment</source>
        <translation>等待评定</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评定</translation>
    </message>
    <message>
        <source>Assessment done</source>
        <translation>评定已完成</translation>
    </message>
    <message>
        <source>The assessment is done. If it meets the standard, the result is posted in your community for 5 working days.</source>
        <translation>评定已经完成。符合标准的，结果会在社区（村）公示5个工作日。</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Result on public notice</source>
        <translation>正在公示</translation>
    </message>
    <message>
        <source>The result is posted in your community for 5 working days. You do not need to do anything.</source>
        <translation>评定结果正在社区（村）公示，共5个工作日。您不需要做什么。</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Being checked by the federation</source>
        <translation>残联审核</translation>
    </message>
    <message>
        <source>Being made</source>
        <translation>制证中</translation>
    </message>
    <message>
        <source>Certificate being made</source>
        <translation>正在制证</translation>
    </message>
    <message>
        <source>Approved. Your certificate is being made; you will be told when you can collect it.</source>
        <translation>审核通过了，证件正在制作。做好后会通知您来领取。</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>可以领证了</translation>
    </message>
    <message>
        <source>Your certificate is ready. Please bring your ID card to collect it. The certificate is free.</source>
        <translation>证件已经做好，请带上身份证来领取。残疾人证免费。</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>已领证</translation>
    </message>
    <message>
        <source>Your certificate is valid for 10 years. You can renew it free of charge in the last 90 days.</source>
        <translation>您的残疾人证有效期10年。到期前90天内可以免费换领。</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not approved</source>
        <comment>plain words</comment>
        <translation>没有通过</translation>
    </message>
    <message>
        <source>The assessment did not meet the standard. If you disagree, you can ask the city federation to look at it again within 10 working days.</source>
        <translation>这次评定没有通过。如果不同意，可以在10个工作日内向市残联申请复核。</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>待换领</translation>
    </message>
    <message>
        <source>Time to renew</source>
        <translation>该换证了</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>Moved with your household</source>
        <translation>已转到新户籍地</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已补办</translation>
    </message>
    <message>
        <source>Replacement issued</source>
        <translation>已补发新证</translation>
    </message>
    <message>
        <source>A replacement was issued for a lost certificate; the old one is no longer valid. The new number ends with a mark like B1.</source>
        <translation>丢失的证件已经补办，旧证不能再用。新证号码后面带有B1、B2这样的标记。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>证件已注销</translation>
    </message>
    <message>
        <source>The certificate was cancelled. A new application is possible one year after the cancellation.</source>
        <translation>证件已经注销。注销满1年后才能重新申请。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Today is its last day.</source>
        <translation>今天是有效期的最后一天。</translation>
    </message>
    <message>
        <source>%1 days left.</source>
        <translation>还剩%1天。</translation>
    </message>
    <message>
        <source>Staff will tell you where to collect it.</source>
        <translation>工作人员会告诉您到哪里领取。</translation>
    </message>
    <message>
        <source>The district disability federation has your application and will arrange an assessment at a designated hospital. If you cannot travel, you can ask for an assessment at home.</source>
        <translation>区残联已收到您的申请，会安排您到指定医院做残疾评定。如果您出行不便，可以申请上门评定。</translation>
    </message>
    <message>
        <source>The assessment at a designated hospital comes next. You can ask for the assessment fee to be waived.</source>
        <translation>下一步是到指定医院做残疾评定。评定费可以申请减免。</translation>
    </message>
    <message>
        <source>After the notice, the district federation checks the application within 10 working days. You do not need to do anything.</source>
        <translation>公示结束后，区残联会在10个工作日内审核申请。您不需要做什么。</translation>
    </message>
    <message>
        <source>Your certificate expires soon. Renewing is free: press &quot;Renew my certificate&quot;. If your situation has changed, you can ask for a new assessment there.</source>
        <translation>您的残疾人证快到期了。换领不收费：请按“换领新证”。如果您的情况有变化，可以在那里申请重新评定。</translation>
    </message>
    <message>
        <source>Your household registration moved, so your certificate now belongs to the district federation of your new home. Please go there from now on.</source>
        <translation>您的户籍已迁移，残疾人证现在归新户籍所在地的区残联管理。以后请到那里办理。</translation>
    </message>
    <message>
        <source>1 day left.</source>
        <translation>还剩1天。</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>残疾人证已过期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Your certificate has expired. You can still renew it free of charge: press &quot;Renew my certificate&quot;. If your situation has changed, you can ask for a new assessment there.</source>
        <translation>您的残疾人证已过期。仍然可以免费换领：请按“换领新证”。如果您的情况有变化，可以在那里申请重新评定。</translation>
    </message>
</context>
<context>
    <name>core::CertificateNumber</name>
    <message>
        <source>A certificate number has 20 characters: the ID number and two more digits.</source>
        <translation>残疾人证号应为20位：身份证号加两位数字。</translation>
    </message>
    <message>
        <source>The first 18 characters are the ID number, and they are not right.</source>
        <translation>证号的前18位是身份证号，这部分不对。</translation>
    </message>
    <message>
        <source>Character 19 is the disability category and must be 1 to 7.</source>
        <translation>第19位是残疾类别，应为1到7。</translation>
    </message>
    <message>
        <source>Character 20 is the level and must be 1 to 4.</source>
        <translation>第20位是残疾等级，应为1到4。</translation>
    </message>
    <message>
        <source>Only a replacement mark such as B1 may follow the 20 characters.</source>
        <translation>证号末尾只能是补办标记，如B1。</translation>
    </message>
</context>
<context>
    <name>core::CertificateProcedures</name>
    <message>
        <source>The district disability federation&apos;s service hall handles it. This station passes your application on, and staff call you to arrange the papers.</source>
        <translation>由区残联服务大厅办理。本站帮您转交申请，工作人员会打电话和您约定交材料。</translation>
    </message>
    <message>
        <source>After the assessment: 5 working days of public notice, then up to 10 working days for the review.</source>
        <translation>评定后先公示5个工作日，再审核，最多10个工作日。</translation>
    </message>
    <message>
        <source>First application</source>
        <translation>新办</translation>
    </message>
    <message>
        <source>Apply for a certificate</source>
        <translation>申请办理残疾人证</translation>
    </message>
    <message>
        <source>For a first disability certificate. A designated hospital assesses the disability, and the certificate brings allowances and services.</source>
        <translation>第一次办理残疾人证。由指定医院评定残疾，办证后可以享受补贴和服务。</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>换领</translation>
    </message>
    <message>
        <source>Renew my certificate</source>
        <translation>换领新证</translation>
    </message>
    <message>
        <source>A certificate is valid for 10 years. Renew it in the last 90 days, or once it has expired, to keep your allowances and services.</source>
        <translation>残疾人证有效期10年。请在到期前90天内或过期后换领，补贴和服务不中断。</translation>
    </message>
    <message>
        <source>Report of loss and replacement</source>
        <translation>挂失补办</translation>
    </message>
    <message>
        <source>Report it lost or replace it</source>
        <translation>挂失或补办</translation>
    </message>
    <message>
        <source>For a card that is lost or damaged. A lost card is marked at once so nobody else can use it, and you get a new one.</source>
        <translation>证件丢失或损坏时办理。丢失的证件会马上登记挂失，别人无法冒用，您会拿到新证。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Move it to my new district</source>
        <translation>迁到我的新户籍区</translation>
    </message>
    <message>
        <source>When your household registration moves to another district, your certificate moves with it, so the new district can serve you.</source>
        <translation>户口迁到其他区时，残疾人证跟着迁过去，新的区才能为您服务。</translation>
    </message>
    <message>
        <source>Change of category or level</source>
        <translation>类别/等级变更</translation>
    </message>
    <message>
        <source>Change its category or level</source>
        <translation>变更残疾类别或等级</translation>
    </message>
    <message>
        <source>When the disability has changed. A new assessment decides the category or level on the new card.</source>
        <translation>残疾情况有变化时办理。重新评定后，按新的类别或等级发证。</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Cancel my certificate</source>
        <translation>注销残疾人证</translation>
    </message>
    <message>
        <source>Ends the certificate and the allowances that come with it. A new application can be made one year after the cancellation.</source>
        <translation>注销后，残疾人证和相关补贴都会停止。注销满一年后才能重新申请。</translation>
    </message>
    <message>
        <source>Up to %1 working days after you hand in your papers.</source>
        <translation>交齐材料后最多%1个工作日。</translation>
    </message>
    <message>
        <source>the damaged card</source>
        <translation>损坏的旧证</translation>
    </message>
    <message>
        <source>the death certificate and your own ID card</source>
        <translation>死亡证明和您本人的身份证</translation>
    </message>
</context>
<context>
    <name>core::CityDistricts</name>
    <message>
        <source>Heping District</source>
        <translation>和平区</translation>
    </message>
    <message>
        <source>Hedong District</source>
        <translation>河东区</translation>
    </message>
    <message>
        <source>Hexi District</source>
        <translation>河西区</translation>
    </message>
    <message>
        <source>Nankai District</source>
        <translation>南开区</translation>
    </message>
    <message>
        <source>Hebei District</source>
        <translation>河北区</translation>
    </message>
    <message>
        <source>Hongqiao District</source>
        <translation>红桥区</translation>
    </message>
    <message>
        <source>Dongli District</source>
        <translation>东丽区</translation>
    </message>
    <message>
        <source>Xiqing District</source>
        <translation>西青区</translation>
    </message>
    <message>
        <source>Jinnan District</source>
        <translation>津南区</translation>
    </message>
    <message>
        <source>Beichen District</source>
        <translation>北辰区</translation>
    </message>
    <message>
        <source>Wuqing District</source>
        <translation>武清区</translation>
    </message>
    <message>
        <source>Baodi District</source>
        <translation>宝坻区</translation>
    </message>
    <message>
        <source>Binhai New Area</source>
        <translation>滨海新区</translation>
    </message>
    <message>
        <source>Ninghe District</source>
        <translation>宁河区</translation>
    </message>
    <message>
        <source>Jinghai District</source>
        <translation>静海区</translation>
    </message>
    <message>
        <source>Jizhou District</source>
        <translation>蓟州区</translation>
    </message>
    <message>
        <source>Outside Tianjin</source>
        <translation>天津市以外</translation>
    </message>
</context>
<context>
    <name>core::DayParts</name>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>晚上</translation>
    </message>
    <message>
        <source>Any time, call me to arrange</source>
        <translation>什么时间都可以，请打电话跟我约</translation>
    </message>
</context>
<context>
    <name>core::Disability</name>
    <message>
        <source>Visual disability</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>Hearing disability</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <source>Speech disability</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>Mental disability</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>Multiple disabilities</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <source>Level 1 (most severe)</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Level 4 (mildest)</source>
        <translation>四级</translation>
    </message>
    <message>
        <source>red cover</source>
        <translation>红色封皮</translation>
    </message>
    <message>
        <source>green cover</source>
        <translation>绿色封皮</translation>
    </message>
</context>
<context>
    <name>core::HelpTypes</name>
    <message>
        <source>Go with me to the hospital</source>
        <translation>陪同就医</translation>
    </message>
    <message>
        <source>Shopping and meal delivery</source>
        <translation>代购、送餐</translation>
    </message>
    <message>
        <source>A visit and company at home</source>
        <translation>上门探访、陪伴</translation>
    </message>
    <message>
        <source>Sign-language interpreting</source>
        <translation>手语翻译</translation>
    </message>
    <message>
        <source>Transport and wheelchair escort</source>
        <translation>出行、轮椅陪护</translation>
    </message>
    <message>
        <source>Help with paperwork</source>
        <translation>帮办手续、填表</translation>
    </message>
    <message>
        <source>Small home repairs for access</source>
        <translation>家里无障碍小修</translation>
    </message>
    <message>
        <source>Reading letters to me</source>
        <translation>读信、读通知</translation>
    </message>
    <message>
        <source>Goes with you to register, see the doctor and get medicine; no nursing care, does not pay for you.</source>
        <translation>陪您挂号、看病、取药；不做护理，不代付医药费。</translation>
    </message>
    <message>
        <source>Buys things and brings meals home; you pay yourself, nobody looks after your money.</source>
        <translation>帮您买东西、送饭到家；钱由您自己付，不代管钱。</translation>
    </message>
    <message>
        <source>Comes to talk and keep you company; no housework, no nursing care.</source>
        <translation>上门聊天、陪伴；不做家务，不做护理。</translation>
    </message>
    <message>
        <source>Goes out with you, pushes the wheelchair, helps in and out of vehicles; does not drive you.</source>
        <translation>陪您出门、推轮椅、上下车；不开车接送。</translation>
    </message>
    <message>
        <source>Interprets in sign language at offices and doctors; does not decide for you.</source>
        <translation>在办事、看病时为您做手语翻译；不代您做决定。</translation>
    </message>
    <message>
        <source>Helps you understand and fill in forms; does not sign for you.</source>
        <translation>帮您看懂、填写表格和手续；不代您签字。</translation>
    </message>
    <message>
        <source>Small jobs such as grab rails and door sills; no building work.</source>
        <translation>装扶手、修门槛等小活；不做大的装修。</translation>
    </message>
    <message>
        <source>Reads letters and notices out to you; does not answer them for you.</source>
        <translation>把信和通知读给您听；不替您回复。</translation>
    </message>
</context>
<context>
    <name>core::IdNumber</name>
    <message>
        <source>An ID number has 18 characters. Please check for a missing or extra digit.</source>
        <translation>身份证号码应为18位，请检查是否多输或少输了数字。</translation>
    </message>
    <message>
        <source>An ID number has only digits; the last one may be an X.</source>
        <translation>身份证号码只能有数字，最后一位可以是X。</translation>
    </message>
    <message>
        <source>The birth date in the number (characters 7 to 14) is not right. Please check it.</source>
        <translation>号码中的出生日期（第7到14位）不对，请再核对一下。</translation>
    </message>
    <message>
        <source>One digit seems wrong: the last character does not match. Please type it again from the card.</source>
        <translation>号码有一位输错了，最后一位对不上。请对照证件再输一遍。</translation>
    </message>
</context>
<context>
    <name>core::NotePhrases</name>
    <message>
        <source>I use a wheelchair</source>
        <translation>我坐轮椅</translation>
    </message>
    <message>
        <source>Please bring a wheelchair</source>
        <translation>请带一辆轮椅</translation>
    </message>
    <message>
        <source>I am blind</source>
        <translation>我看不见</translation>
    </message>
    <message>
        <source>I have a guide dog</source>
        <translation>我有导盲犬</translation>
    </message>
    <message>
        <source>I am deaf, please write</source>
        <translation>我听不见，请写字</translation>
    </message>
    <message>
        <source>I am hard of hearing, please speak loudly and slowly</source>
        <translation>我听力不好，请大声慢慢说</translation>
    </message>
    <message>
        <source>I need a sign-language interpreter</source>
        <translation>需要手语翻译</translation>
    </message>
    <message>
        <source>Please send a female volunteer</source>
        <translation>请安排女志愿者</translation>
    </message>
    <message>
        <source>Please speak simply and slowly</source>
        <translation>请说得简单、慢一点</translation>
    </message>
    <message>
        <source>I cannot use stairs</source>
        <translation>我不能走楼梯</translation>
    </message>
</context>
<context>
    <name>core::PhoneNumber</name>
    <message>
        <source>Please enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>A phone number has digits only.</source>
        <translation>电话号码只能有数字。</translation>
    </message>
    <message>
        <source>The number is too short: a mobile number has 11 digits; a landline needs its area code.</source>
        <translation>号码太短：手机号有 11 位，座机请加区号。</translation>
    </message>
    <message>
        <source>The number is too long: a mobile number has 11 digits.</source>
        <translation>号码太长：手机号有 11 位。</translation>
    </message>
    <message>
        <source>This is not a mobile or landline number; please check it.</source>
        <translation>这不是手机号或座机号，请检查。</translation>
    </message>
</context>
<context>
    <name>core::PlaceKinds</name>
    <message>
        <source>At my home</source>
        <translation>在我家</translation>
    </message>
    <message>
        <source>At this station</source>
        <translation>在这个服务站</translation>
    </message>
    <message>
        <source>At a hospital or another place</source>
        <translation>在医院或其他地方</translation>
    </message>
    <message>
        <source>Call me to arrange</source>
        <translation>请打电话跟我约</translation>
    </message>
</context>
<context>
    <name>core::ProcedureChoices</name>
    <message>
        <source>I am not sure</source>
        <translation>我不确定</translation>
    </message>
    <message>
        <source>The doctors will find out at the assessment.</source>
        <translation>评定时医生会帮您确定。</translation>
    </message>
    <message>
        <source>My situation is the same</source>
        <translation>我的情况没有变化</translation>
    </message>
    <message>
        <source>You get a new card with the same category and level.</source>
        <translation>新证的类别和等级不变。</translation>
    </message>
    <message>
        <source>It has changed: I would like a new assessment</source>
        <translation>情况有变化，我想重新评定</translation>
    </message>
    <message>
        <source>Staff arrange an assessment before the new card is made.</source>
        <translation>工作人员会先安排评定，再制作新证。</translation>
    </message>
    <message>
        <source>It is lost</source>
        <translation>证件丢了</translation>
    </message>
    <message>
        <source>Your old card is marked lost at once, so nobody else can use it.</source>
        <translation>旧证会马上登记挂失，别人无法冒用。</translation>
    </message>
    <message>
        <source>It is damaged</source>
        <translation>证件坏了</translation>
    </message>
    <message>
        <source>Bring the damaged card with you.</source>
        <translation>请带上损坏的证件。</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>The kind of disability is different now.</source>
        <translation>现在的残疾种类不一样了。</translation>
    </message>
    <message>
        <source>The level</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>The disability is more or less severe now.</source>
        <translation>现在的残疾程度变重或变轻了。</translation>
    </message>
    <message>
        <source>I no longer need it</source>
        <translation>我不再需要了</translation>
    </message>
    <message>
        <source>My condition has improved</source>
        <translation>我的身体情况好转了</translation>
    </message>
    <message>
        <source>I have moved abroad</source>
        <translation>我已定居国外</translation>
    </message>
    <message>
        <source>The holder has died</source>
        <translation>持证人已去世</translation>
    </message>
    <message>
        <source>A family member can cancel the card. We are sorry for your loss.</source>
        <translation>家属可以代为注销。请节哀。</translation>
    </message>
</context>
<context>
    <name>core::RatingPhrases</name>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>态度亲切</translation>
    </message>
    <message>
        <source>Really helpful</source>
        <translation>帮了大忙</translation>
    </message>
    <message>
        <source>Knew what to do</source>
        <translation>做得很专业</translation>
    </message>
    <message>
        <source>Came late</source>
        <translation>来晚了</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>没有来</translation>
    </message>
    <message>
        <source>Was rude</source>
        <translation>态度不好</translation>
    </message>
    <message>
        <source>Not the help I asked for</source>
        <translation>不是我要的帮助</translation>
    </message>
</context>
<context>
    <name>core::RequestStates</name>
    <message>
        <source>Sent, waiting to be seen</source>
        <translation>已提交，等待处理</translation>
    </message>
    <message>
        <source>Accepted, finding a volunteer</source>
        <translation>已受理，正在找志愿者</translation>
    </message>
    <message>
        <source>A volunteer is arranged</source>
        <translation>已安排志愿者</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>core::ServiceCategories</name>
    <message>
        <source>Rehabilitation and aids</source>
        <translation>康复和辅助器具</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社保办理</translation>
    </message>
    <message>
        <source>Finding work</source>
        <translation>就业服务</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>日间照料</translation>
    </message>
    <message>
        <source>Culture and sports</source>
        <translation>文化体育</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>法律服务</translation>
    </message>
    <message>
        <source>Making your home accessible</source>
        <translation>无障碍改造</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾人证</translation>
    </message>
    <message>
        <source>Disability assessment</source>
        <translation>残疾评定</translation>
    </message>
</context>
<context>
    <name>core::StarLevel</name>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>1-star volunteer</source>
        <translation>一星志愿者</translation>
    </message>
    <message>
        <source>2-star volunteer</source>
        <translation>二星志愿者</translation>
    </message>
    <message>
        <source>3-star volunteer</source>
        <translation>三星志愿者</translation>
    </message>
    <message>
        <source>4-star volunteer</source>
        <translation>四星志愿者</translation>
    </message>
    <message>
        <source>5-star volunteer</source>
        <translation>五星志愿者</translation>
    </message>
</context>
<context>
    <name>core::TranslatableText</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format, as QDate::toString() reads it</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>core::VolunteerSkills</name>
    <message>
        <source>Driving</source>
        <translation>开车接送</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>急救</translation>
    </message>
    <message>
        <source>Braille</source>
        <translation>盲文</translation>
    </message>
    <message>
        <source>Going with people to the hospital</source>
        <translation>陪同就医</translation>
    </message>
    <message>
        <source>Shopping and bringing meals</source>
        <translation>代购、送餐</translation>
    </message>
    <message>
        <source>Visiting people at home</source>
        <translation>上门探访陪伴</translation>
    </message>
    <message>
        <source>Sign language interpreting</source>
        <translation>手语翻译</translation>
    </message>
    <message>
        <source>Helping with forms and paperwork</source>
        <translation>帮忙填表办事</translation>
    </message>
    <message>
        <source>Helping people get about (wheelchair, transport)</source>
        <translation>出行协助（推轮椅、乘车）</translation>
    </message>
    <message>
        <source>Small repairs for access at home</source>
        <translation>家中无障碍小维修</translation>
    </message>
    <message>
        <source>Reading letters aloud</source>
        <translation>读信、读材料</translation>
    </message>
</context>
<context>
    <name>idcard::CardParser</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>unstated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>idcard::IdCard</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Hong Kong, Macau and Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Foreign permanent resident card (old version)</source>
        <translation>外国人永久居留证（旧版）</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card (2023)</source>
        <translation>外国人永久居留身份证（2023版）</translation>
    </message>
</context>
<context>
    <name>idcard::ReaderError</name>
    <message>
        <source>Success</source>
        <translation>操作成功</translation>
    </message>
    <message>
        <source>Card found</source>
        <translation>已找到身份证</translation>
    </message>
    <message>
        <source>The reader received a command with a wrong checksum</source>
        <translation>读卡器收到的命令校验和错误</translation>
    </message>
    <message>
        <source>The reader received a command with a wrong length</source>
        <translation>读卡器收到的命令长度错误</translation>
    </message>
    <message>
        <source>The reader does not know this command</source>
        <translation>读卡器不支持该命令</translation>
    </message>
    <message>
        <source>The reader refused an unauthorized operation</source>
        <translation>读卡器拒绝了未授权的操作</translation>
    </message>
    <message>
        <source>The reader reported an unrecognized error</source>
        <translation>读卡器发生无法识别的错误</translation>
    </message>
    <message>
        <source>The card could not authenticate the reader&apos;s security module</source>
        <translation>身份证未能认证读卡器的安全模块</translation>
    </message>
    <message>
        <source>The reader&apos;s security module could not authenticate the card</source>
        <translation>读卡器的安全模块未能认证身份证</translation>
    </message>
    <message>
        <source>The card&apos;s information failed verification</source>
        <translation>身份证信息验证错误</translation>
    </message>
    <message>
        <source>Unknown card type</source>
        <translation>无法识别的卡片类型</translation>
    </message>
    <message>
        <source>Reading the card failed; place the card flat on the reader</source>
        <translation>读卡失败，请把身份证平放在读卡器上</translation>
    </message>
    <message>
        <source>Getting a random number failed</source>
        <translation>取随机数失败</translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test</source>
        <translation>读卡器安全模块自检失败</translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorized</source>
        <translation>读卡器安全模块未经授权</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>未找到身份证</translation>
    </message>
    <message>
        <source>Selecting the card failed; place it again</source>
        <translation>选取身份证失败，请重新放置</translation>
    </message>
    <message>
        <source>The card has no content for this item</source>
        <translation>卡内没有该项内容</translation>
    </message>
    <message>
        <source>The reader returned unknown status %1</source>
        <translation>读卡器返回未知状态码 %1</translation>
    </message>
    <message>
        <source>The reader did not answer in time</source>
        <translation>读卡器没有及时响应</translation>
    </message>
    <message>
        <source>The reader&apos;s answer was damaged (wrong checksum)</source>
        <translation>读卡器的应答已损坏（校验和错误）</translation>
    </message>
    <message>
        <source>The reader&apos;s answer had an impossible length</source>
        <translation>读卡器的应答长度不可能</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be understood</source>
        <translation>身份证数据无法识别</translation>
    </message>
    <message>
        <source>No card reader is connected</source>
        <translation>未连接读卡器</translation>
    </message>
    <message>
        <source>No permission to open the reader (check the udev rule)</source>
        <translation>没有打开读卡器的权限（请检查 udev 规则）</translation>
    </message>
    <message>
        <source>The card reader was disconnected</source>
        <translation>读卡器已断开</translation>
    </message>
    <message>
        <source>Talking to the card reader failed</source>
        <translation>与读卡器通信失败</translation>
    </message>
</context>
<context>
    <name>idcard::ReaderState</name>
    <message>
        <source>The card reader is not connected; please ask staff</source>
        <translation>读卡器未连接，请联系工作人员</translation>
    </message>
    <message>
        <source>Place the card flat on the reader</source>
        <translation>请把身份证平放在读卡器上</translation>
    </message>
    <message>
        <source>Reading the card; keep it still</source>
        <translation>正在读卡，请不要移动身份证</translation>
    </message>
    <message>
        <source>Done; please remove the card</source>
        <translation>读卡完成，请取走身份证</translation>
    </message>
    <message>
        <source>Reading did not work; place the card again</source>
        <translation>读卡没有成功，请重新放置身份证</translation>
    </message>
</context>
<context>
    <name>kiosksync::SyncProblem</name>
    <message>
        <source>register this kiosk</source>
        <translation>登记本机</translation>
    </message>
    <message>
        <source>send the waiting requests</source>
        <translation>发送等待中的记录</translation>
    </message>
    <message>
        <source>fetch news from the centre</source>
        <translation>从服务中心获取更新</translation>
    </message>
    <message>
        <source>The kiosk cannot open its own data file; call the station&apos;s technician.</source>
        <translation>本机打不开自己的数据文件，请联系服务站的技术人员。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s registration file is not private or not readable, so the kiosk does not use it. The technician must fix it (chmod 600) and restart the kiosk; see the log.</source>
        <translation>本机的登记文件不是私有的或读不了，所以本机不用它。请技术人员改好权限（chmod 600）并重启本机，详见日志。</translation>
    </message>
    <message>
        <source>This kiosk is not yet registered with the centre: no server address or enrollment code is configured.</source>
        <translation>本机还没有在服务中心登记：没有设置服务器地址或登记码。</translation>
    </message>
    <message>
        <source>The centre did not accept this kiosk&apos;s enrollment code (unknown, used or expired). Ask the centre for a new code.</source>
        <translation>服务中心不接受本机的登记码（未知、已用过或已过期）。请向服务中心要一个新的登记码。</translation>
    </message>
    <message>
        <source>The kiosk could not keep its registration; it will try again.</source>
        <translation>本机没能保存登记信息，稍后会再试。</translation>
    </message>
    <message>
        <source>The kiosk cannot read its own queue; call the station&apos;s technician.</source>
        <translation>本机读不了自己的待发记录，请联系服务站的技术人员。</translation>
    </message>
    <message>
        <source>The kiosk could not update its own queue; it will try again.</source>
        <translation>本机没能更新待发记录，稍后会再试。</translation>
    </message>
    <message>
        <source>The kiosk cannot read its own sync state; call the station&apos;s technician.</source>
        <translation>本机读不了自己的同步状态，请联系服务站的技术人员。</translation>
    </message>
    <message>
        <source>The centre sent an answer the kiosk cannot read; it will try again.</source>
        <translation>服务中心的回复本机读不懂，稍后会再试。</translation>
    </message>
    <message>
        <source>The kiosk could not save news from the centre; it will try again.</source>
        <translation>本机没能保存服务中心的更新，稍后会再试。</translation>
    </message>
    <message>
        <source>The centre cannot be reached to %1. Nothing is lost: the kiosk keeps everything and sends it when the connection is back.</source>
        <translation>连不上服务中心，无法%1。什么都不会丢：本机全部保存好，连接恢复后再发送。</translation>
    </message>
    <message>
        <source>The centre does not recognise this kiosk. Ask the centre for a new enrollment code.</source>
        <translation>服务中心不认识本机。请向服务中心要一个新的登记码。</translation>
    </message>
    <message>
        <source>The centre has withdrawn this kiosk&apos;s access. Ask the centre for a new enrollment code.</source>
        <translation>服务中心已收回本机的访问权限。请向服务中心要一个新的登记码。</translation>
    </message>
    <message>
        <source>The centre asked the kiosk to slow down; it will try again shortly.</source>
        <translation>服务中心要求本机放慢一点，稍后会再试。</translation>
    </message>
    <message>
        <source>The centre has a problem (error %1) and could not %2; the kiosk will try again.</source>
        <translation>服务中心出了问题（错误 %1），无法%2；本机会再试。</translation>
    </message>
    <message>
        <source>The centre refused to %1 (error %2).</source>
        <translation>服务中心拒绝%1（错误 %2）。</translation>
    </message>
    <message>
        <source>The last exchange with the centre failed; the kiosk&apos;s log says why.</source>
        <translation>最近一次和服务中心的通信失败了，原因见本机日志。</translation>
    </message>
</context>
<context>
    <name>store::ApplicationStore</name>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>请选择一个答案。</translation>
    </message>
</context>
<context>
    <name>store::Database</name>
    <message>
        <source>The data file was written by a newer version of the kiosk. Please call maintenance.</source>
        <translation>数据文件来自更新版本的自助机程序，请联系维护人员。</translation>
    </message>
</context>
<context>
    <name>store::DemoData</name>
    <message>
        <source>The store already has data; the demo data was not installed.</source>
        <translation>数据已经存在，没有装入演示数据。</translation>
    </message>
</context>
<context>
    <name>store::HelpRequestCheck</name>
    <message>
        <source>That day has passed. Please choose today or a later day.</source>
        <translation>这一天已经过去了，请选今天或以后的日子。</translation>
    </message>
    <message>
        <source>One of the notes is not known.</source>
        <translation>备注里有一项无法识别。</translation>
    </message>
    <message>
        <source>This place is not on the station&apos;s list. Please choose another.</source>
        <translation>这个地点不在服务站的名单上，请另选一个。</translation>
    </message>
</context>
<context>
    <name>store::QueueStore</name>
    <message>
        <source>This service is not offered here any more. Please ask the staff.</source>
        <translation>这里已经没有这项服务了。请问工作人员。</translation>
    </message>
    <message>
        <source>This service gives no queue numbers. Please book a time instead.</source>
        <translation>这项服务不用排号。请预约一个时间。</translation>
    </message>
    <message>
        <source>This service is not open now. Please look at its opening hours.</source>
        <translation>这项服务现在没有开。请看一下办理时间。</translation>
    </message>
    <message>
        <source>Please choose a window number.</source>
        <translation>请选一个窗口号。</translation>
    </message>
</context>
<context>
    <name>store::RegistrationReason</name>
    <message>
        <source>the central office has you as volunteer %1 already</source>
        <translation>中心已登记您为志愿者 %1</translation>
    </message>
    <message>
        <source>the central office could not accept it as it was sent</source>
        <translation>中心未能受理这份登记</translation>
    </message>
</context>
<context>
    <name>store::RegistrationStore</name>
    <message>
        <source>The name could not be read from your ID card. Please place the card again.</source>
        <translation>没有从身份证上读到您的姓名。请再放一次身份证。</translation>
    </message>
    <message>
        <source>Please choose at least one way you can help.</source>
        <translation>请至少选择一项您能提供的帮助。</translation>
    </message>
    <message>
        <source>One of the chosen ways to help is not known to this kiosk. Please choose again.</source>
        <translation>您选的帮助中有一项本机不认识。请重新选择。</translation>
    </message>
    <message>
        <source>Please choose at least one time in the week when you can help.</source>
        <translation>请至少选择一周里您能来帮忙的一个时间。</translation>
    </message>
    <message>
        <source>Without your agreement to the registration terms the registration cannot be saved.</source>
        <translation>您没有同意注册说明，注册不能保存。</translation>
    </message>
    <message>
        <source>You are registered as volunteer %1 already.</source>
        <translation>您已经注册过了，志愿者编号是 %1。</translation>
    </message>
    <message>
        <source>Your registration is waiting for a coordinator&apos;s approval.</source>
        <translation>您的注册正在等待协调员审核。</translation>
    </message>
</context>
<context>
    <name>store::RequestStore</name>
    <message>
        <source>Please choose 1 to 5 stars.</source>
        <translation>请选择1到5颗星。</translation>
    </message>
    <message>
        <source>This request could not be found.</source>
        <translation>找不到这个求助记录。</translation>
    </message>
    <message>
        <source>You can rate the help once it has been given.</source>
        <translation>服务完成以后才能评价。</translation>
    </message>
    <message>
        <source>You have already rated this help. Thank you.</source>
        <translation>这次服务已经评价过了，谢谢您。</translation>
    </message>
    <message>
        <source>This help has already been given, so it cannot be cancelled.</source>
        <translation>这次帮助已经完成，不能再取消。</translation>
    </message>
    <message>
        <source>This request is already cancelled.</source>
        <translation>这个求助已经取消了。</translation>
    </message>
    <message>
        <source>One of the chosen phrases is not known.</source>
        <translation>评价里有一项无法识别。</translation>
    </message>
</context>
<context>
    <name>store::ServiceStore</name>
    <message>
        <source>This time is no longer offered. Please choose another.</source>
        <translation>这个时间段已经没有了，请另选一个。</translation>
    </message>
    <message>
        <source>This service can no longer be booked. Please ask the staff.</source>
        <translation>这项服务现在不能预约了。请问工作人员。</translation>
    </message>
    <message>
        <source>This time has already passed. Please choose another.</source>
        <translation>这个时间已经过去了，请另选一个。</translation>
    </message>
    <message>
        <source>The station is closed on this day. Please choose another day.</source>
        <translation>服务站这一天不开门。请选别的日子。</translation>
    </message>
    <message>
        <source>This time takes no bookings. Please choose another.</source>
        <translation>这个时间不接受预约。请选别的时间。</translation>
    </message>
    <message>
        <source>This time is fully booked. Please choose another time.</source>
        <translation>这个时间段已经约满了，请另选一个时间。</translation>
    </message>
    <message>
        <source>This booking is already saved.</source>
        <translation>这个预约已经保存了。</translation>
    </message>
    <message>
        <source>This booking was not found. Please ask the staff.</source>
        <translation>没有找到这个预约。请问工作人员。</translation>
    </message>
    <message>
        <source>This booking is already cancelled.</source>
        <translation>这个预约已经取消了。</translation>
    </message>
    <message>
        <source>The time of this booking has passed, so it cannot be cancelled.</source>
        <translation>这个预约的时间已经过了，不能再取消。</translation>
    </message>
</context>
<context>
    <name>store::StaffCallStore</name>
    <message>
        <source>This call is no longer on the list.</source>
        <translation>这个呼叫已不在列表里。</translation>
    </message>
    <message>
        <source>This call is closed already.</source>
        <translation>这个呼叫已经结束了。</translation>
    </message>
    <message>
        <source>Someone has acknowledged this call already.</source>
        <translation>已经有人响应了这个呼叫。</translation>
    </message>
</context>
<context>
    <name>store::StoreError</name>
    <message>
        <source>The kiosk could not save or read this just now. Please try again, or ask the staff for help.</source>
        <translation>暂时无法保存或读取，请稍后再试，或请工作人员帮忙。</translation>
    </message>
</context>
<context>
    <name>store::SyncQueue</name>
    <message>
        <source>A refused registration is not sent again. The person can register again at the kiosk.</source>
        <translation>未通过的报名不会再次发送。本人可以在自助机上重新报名。</translation>
    </message>
</context>
<context>
    <name>store::TaskName</name>
    <message>
        <source>Station duty</source>
        <translation>站内值班</translation>
    </message>
</context>
<context>
    <name>store::VolunteerHoursTally</name>
    <message>
        <source>the central office did not accept this check-out</source>
        <translation>中心没有接收这次签退</translation>
    </message>
    <message>
        <source>the coordinator&apos;s reason: %1</source>
        <translation>协调员说明：%1</translation>
    </message>
    <message>
        <source>no check-out within 16 hours</source>
        <translation>16 小时内没有签退</translation>
    </message>
    <message>
        <source>the kiosk&apos;s clock changed</source>
        <translation>自助机的时钟有变动</translation>
    </message>
</context>
<context>
    <name>store::VolunteerStore</name>
    <message>
        <source>This volunteer number was not found. Please check it.</source>
        <translation>没有找到这个志愿者编号，请再核对一下。</translation>
    </message>
    <message>
        <source>You checked in on %1 and did not check out. Station staff will record those hours. You can check in again now.</source>
        <translation>您在%1签到后没有签退。这段时间由服务站工作人员登记。现在可以重新签到。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock changed since you checked in, so your time cannot be counted here. Station staff will record it.</source>
        <translation>您签到后，本机的时钟被改过，这里无法计算您的服务时间。请服务站工作人员登记。</translation>
    </message>
    <message>
        <source>You checked in at %1 already. Check out when you finish.</source>
        <translation>您已经在 %1 签到了。服务结束时请签退。</translation>
    </message>
    <message>
        <source>This task is not on your list at this station today.</source>
        <translation>这项任务不在您今天在本服务站的任务里。</translation>
    </message>
    <message>
        <source>This task ended at %1. Check in for station duty instead, or ask staff.</source>
        <translation>这项任务在 %1 已经结束。您可以签到站内值班，或者问工作人员。</translation>
    </message>
    <message>
        <source>You have not checked in, so there is nothing to check out. Check in when you start.</source>
        <translation>您还没有签到，所以不用签退。开始服务时请先签到。</translation>
    </message>
    <message>
        <source>This volunteer has checked out already.</source>
        <translation>这位志愿者已经签退了。</translation>
    </message>
    <message>
        <source>This check-in was not found. Please look at the list again.</source>
        <translation>没有找到这条签到记录。请再看一下名单。</translation>
    </message>
    <message>
        <source>The check-in of %1 on %2 at %3 is more than 16 hours old, so the kiosk cannot count it. It is closed now: tell the volunteer coordinator how long they served, so the hours are recorded centrally.</source>
        <translation>%1 在%2 %3的签到已超过 16 小时，自助机无法计算。签到现已关闭：请把实际服务时长告诉志愿者协调员，由中心登记。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock changed since %1 checked in, so the kiosk cannot count this time. It is closed now: tell the volunteer coordinator how long they served, so the hours are recorded centrally.</source>
        <translation>%1 签到后自助机的时钟有变动，无法计算这段时间。签到现已关闭：请把实际服务时长告诉志愿者协调员，由中心登记。</translation>
    </message>
    <message>
        <source>Several volunteers have a number ending in %1. Please ask station staff to check you in.</source>
        <translation>有几位志愿者的编号都以 %1 结尾。请找服务站工作人员帮您签到。</translation>
    </message>
</context>
</TS>
