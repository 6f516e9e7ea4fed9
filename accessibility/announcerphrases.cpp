// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/announcerphrases.h"

#include "core/translatabletext.h"

#include <QStringList>

#include <array>

namespace {

struct Phrase
{
    const char16_t *key;
    core::TranslatableText text;
};

// Roles and states first (what focused() says after a control's name), then announcements.
const std::array phrases{
    Phrase{u"separator", core::TranslatableText::translate("AnnouncerPhrases", ", ", "between a control's name, role and state")},
    Phrase{u"button", core::TranslatableText::translate("AnnouncerPhrases", "button")},
    Phrase{u"tile", core::TranslatableText::translate("AnnouncerPhrases", "choice")},
    Phrase{u"checkbox", core::TranslatableText::translate("AnnouncerPhrases", "check box")},
    Phrase{u"switch", core::TranslatableText::translate("AnnouncerPhrases", "switch")},
    Phrase{u"radio", core::TranslatableText::translate("AnnouncerPhrases", "option")},
    Phrase{u"edit", core::TranslatableText::translate("AnnouncerPhrases", "text field")},
    Phrase{u"slider", core::TranslatableText::translate("AnnouncerPhrases", "slider")},
    Phrase{u"list", core::TranslatableText::translate("AnnouncerPhrases", "list")},
    Phrase{u"listitem", core::TranslatableText::translate("AnnouncerPhrases", "list item")},
    Phrase{u"link", core::TranslatableText::translate("AnnouncerPhrases", "link")},
    Phrase{u"heading", core::TranslatableText::translate("AnnouncerPhrases", "heading")},
    Phrase{u"on", core::TranslatableText::translate("AnnouncerPhrases", "on")},
    Phrase{u"off", core::TranslatableText::translate("AnnouncerPhrases", "off")},
    Phrase{u"selected", core::TranslatableText::translate("AnnouncerPhrases", "selected")},
    Phrase{u"notselected", core::TranslatableText::translate("AnnouncerPhrases", "not selected")},
    Phrase{u"checked", core::TranslatableText::translate("AnnouncerPhrases", "checked")},
    Phrase{u"unchecked", core::TranslatableText::translate("AnnouncerPhrases", "not checked")},
    Phrase{u"unavailable", core::TranslatableText::translate("AnnouncerPhrases", "unavailable")},
    Phrase{u"empty", core::TranslatableText::translate("AnnouncerPhrases", "empty")},
    Phrase{u"detailsOnScreen", core::TranslatableText::translate("AnnouncerPhrases", "Your details are on the screen")},
    Phrase{u"digitEntered", core::TranslatableText::translate("AnnouncerPhrases", "digit entered")},
    Phrase{u"deleted", core::TranslatableText::translate("AnnouncerPhrases", "deleted")},
    Phrase{u"speechOn", core::TranslatableText::translate("AnnouncerPhrases", "Speech on")},
    Phrase{u"speechOff", core::TranslatableText::translate("AnnouncerPhrases", "Speech off")},
    Phrase{u"privateOn", core::TranslatableText::translate("AnnouncerPhrases", "Headphones on: personal details will be read aloud")},
    Phrase{u"privateOff", core::TranslatableText::translate("AnnouncerPhrases", "Headphones off: personal details will not be read aloud")},
    Phrase{u"rate", core::TranslatableText::translate("AnnouncerPhrases", "Speed %1 of %2")},
    Phrase{u"volume", core::TranslatableText::translate("AnnouncerPhrases", "Volume %1 of %2")},
    Phrase{u"exploreOn", core::TranslatableText::translate("AnnouncerPhrases",
           "Touch to explore on: touch once to hear, touch again to choose")},
    Phrase{u"exploreOff", core::TranslatableText::translate("AnnouncerPhrases", "Touch to explore off: a touch chooses at once")},
    Phrase{u"screenOff", core::TranslatableText::translate("AnnouncerPhrases",
           "Screen off. Speech and keys go on working. Press again to show the screen")},
    Phrase{u"screenOn", core::TranslatableText::translate("AnnouncerPhrases", "Screen on")},
    Phrase{u"lowReachOn", core::TranslatableText::translate("AnnouncerPhrases", "Low reach layout on")},
    Phrase{u"lowReachOff", core::TranslatableText::translate("AnnouncerPhrases", "Low reach layout off")},
    Phrase{u"scanOn", core::TranslatableText::translate("AnnouncerPhrases",
           "Switch scanning on: moving every %1 seconds, press the switch to choose")},
    Phrase{u"twoSwitchOn", core::TranslatableText::translate("AnnouncerPhrases",
           "Two switches on: the first switch moves, the second chooses")},
    Phrase{u"switchOff", core::TranslatableText::translate("AnnouncerPhrases", "Switch control off")},
    Phrase{u"firstItem", core::TranslatableText::translate("AnnouncerPhrases", "First item")},
    Phrase{u"lastItem", core::TranslatableText::translate("AnnouncerPhrases", "Last item")},
    Phrase{u"noHelp", core::TranslatableText::translate("AnnouncerPhrases", "Choose an item, or press Call staff")},
    Phrase{u"codeIntro", core::TranslatableText::translate("AnnouncerPhrases", "Confirmation code")},
    // Shown in several languages at once (attract screen, language button).
    Phrase{u"invitation", core::TranslatableText::translate("AnnouncerPhrases", "Touch the screen or press any key to start")},
    Phrase{u"attractTasks", core::TranslatableText::translate("AnnouncerPhrases",
           "Certificate · Volunteer help · Services · Call staff")},
    Phrase{u"languageName", core::TranslatableText::translate("AnnouncerPhrases", "English", "this language's own name")},
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
    return phrase->text.in(language);
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
