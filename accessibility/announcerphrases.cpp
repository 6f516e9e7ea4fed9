// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/announcerphrases.h"

#include <QStringList>

#include <array>

namespace {

struct Phrase
{
    const char16_t *key;
    const char16_t *zh;
    const char16_t *en;
};

// Roles and states first (what focused() says after a control's name), then announcements.
constexpr std::array phrases{
    Phrase{u"button", u"按钮", u"button"},
    Phrase{u"tile", u"选项", u"choice"},
    Phrase{u"checkbox", u"复选框", u"check box"},
    Phrase{u"switch", u"开关", u"switch"},
    Phrase{u"radio", u"单选项", u"option"},
    Phrase{u"edit", u"输入框", u"text field"},
    Phrase{u"slider", u"滑块", u"slider"},
    Phrase{u"list", u"列表", u"list"},
    Phrase{u"listitem", u"列表项", u"list item"},
    Phrase{u"link", u"链接", u"link"},
    Phrase{u"heading", u"标题", u"heading"},
    Phrase{u"on", u"开", u"on"},
    Phrase{u"off", u"关", u"off"},
    Phrase{u"selected", u"已选中", u"selected"},
    Phrase{u"notselected", u"未选中", u"not selected"},
    Phrase{u"checked", u"已勾选", u"checked"},
    Phrase{u"unchecked", u"未勾选", u"not checked"},
    Phrase{u"unavailable", u"不可用", u"unavailable"},
    Phrase{u"empty", u"空", u"empty"},
    Phrase{u"detailsOnScreen", u"您的信息显示在屏幕上", u"Your details are on the screen"},
    Phrase{u"digitEntered", u"已输入一位", u"digit entered"},
    Phrase{u"deleted", u"已删除", u"deleted"},
    Phrase{u"speechOn", u"语音已打开", u"Speech on"},
    Phrase{u"speechOff", u"语音已关闭", u"Speech off"},
    Phrase{u"privateOn", u"耳机模式已打开，个人信息会读出来", u"Headphones on: personal details will be read aloud"},
    Phrase{u"privateOff", u"耳机模式已关闭，个人信息不会读出来", u"Headphones off: personal details will not be read aloud"},
    Phrase{u"rate", u"语速 %1，共 %2 级", u"Speed %1 of %2"},
    Phrase{u"volume", u"音量 %1，共 %2 级", u"Volume %1 of %2"},
    Phrase{u"exploreOn", u"触摸朗读已打开：触摸一次朗读，再触摸一次选择",
           u"Touch to explore on: touch once to hear, touch again to choose"},
    Phrase{u"exploreOff", u"触摸朗读已关闭：触摸立即选择", u"Touch to explore off: a touch chooses at once"},
    Phrase{u"screenOff", u"屏幕已关闭，语音和按键继续工作。再按一次打开屏幕",
           u"Screen off. Speech and keys go on working. Press again to show the screen"},
    Phrase{u"screenOn", u"屏幕已打开", u"Screen on"},
    Phrase{u"lowReachOn", u"低位布局已打开", u"Low reach layout on"},
    Phrase{u"lowReachOff", u"低位布局已关闭", u"Low reach layout off"},
    Phrase{u"scanOn", u"开关扫描已开始，每 %1 秒移动一次，按开关选择",
           u"Switch scanning on: moving every %1 seconds, press the switch to choose"},
    Phrase{u"twoSwitchOn", u"双开关已开始：第一个开关移动，第二个开关选择",
           u"Two switches on: the first switch moves, the second chooses"},
    Phrase{u"switchOff", u"开关操作已关闭", u"Switch control off"},
    Phrase{u"firstItem", u"已是第一项", u"First item"},
    Phrase{u"lastItem", u"已是最后一项", u"Last item"},
    Phrase{u"noHelp", u"请选择一项，或按呼叫工作人员", u"Choose an item, or press Call staff"},
    Phrase{u"codeIntro", u"确认码", u"Confirmation code"},
};

const Phrase *find(QStringView key)
{
    for (const Phrase &phrase : phrases)
        if (key == QStringView(phrase.key))
            return &phrase;
    return nullptr;
}

} // namespace

QString AnnouncerPhrases::text(QStringView key, QStringView language)
{
    const Phrase *phrase = find(key);
    if (!phrase)
        return key.toString();
    return QString::fromUtf16(language == u"en" ? phrase->en : phrase->zh);
}

bool AnnouncerPhrases::contains(QStringView key)
{
    return find(key) != nullptr;
}

QStringList AnnouncerPhrases::keys()
{
    QStringList keys;
    for (const Phrase &phrase : phrases)
        keys << QString::fromUtf16(phrase.key);
    return keys;
}
