// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/announcer.h"

#include "accessibility/announcerphrases.h"
#include "accessibility/linebreaking.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/visitorsettings.h"

#include <QVariantMap>

#include <utility>

namespace {
/// Enough for a test to read a whole visit; older entries are dropped so a kiosk running for
/// weeks does not grow (and does not keep what earlier visitors heard).
constexpr int maximumRecorded = 200;
/// A focus change this soon after a page arrival or an interrupting announcement belongs to
/// it (the page's first control, the dialog's button) and is said after it.
constexpr qint64 settleMs = 600;
} // namespace

Announcer::Announcer(QObject *parent)
    : QObject(parent)
{
    m_focusTimer.setSingleShot(true);
    m_focusTimer.setInterval(0);
    connect(&m_focusTimer, &QTimer::timeout, this, &Announcer::speakPendingFocus);
}

void Announcer::setEngine(speech::SpeechEngine *engine)
{
    m_engine = engine;
    emit engineChanged();
}

void Announcer::followHeadphones(const speech::PrivateListeningPolicy &policy)
{
    m_headphonePolicy = policy;
    m_followingHeadphones = true;
    applyHeadphones(false);
}

void Announcer::headphonesChanged(speech::JackState state)
{
    if (state == m_jack)
        return;
    const bool pulledOut = m_jack == speech::JackState::In;
    m_jack = state;
    if (pulledOut && VisitorSettings::instance()->privateListening())
        silencePrivateSpeech();
    if (m_followingHeadphones)
        applyHeadphones(true);
}

void Announcer::silencePrivateSpeech()
{
    // First the silence, then the words: the rest of an ID number must not reach the
    // speaker while "headphones off" waits its turn.
    m_focusTimer.stop();
    m_pendingFocus.clear();
    if (m_engine)
        m_engine->stop();
    if (m_lastPrivate) {
        m_lastText.clear();
        m_lastLanguage.clear();
        m_lastPrivate = false;
        emit lastTextChanged();
    }
}

void Announcer::applyHeadphones(bool announce)
{
    auto *settings = VisitorSettings::instance();
    const bool on = m_headphonePolicy.privateListening(m_jack);
    if (settings->privateListening() == on)
        return;
    settings->setPrivateListening(on);
    // The visitor hears why personal details are now spoken, or no longer.
    if (announce)
        sayPhrase(on ? QStringLiteral("privateOn") : QStringLiteral("privateOff"));
}

QString Announcer::language() const
{
    return VisitorSettings::instance()->language();
}

bool Announcer::privateAllowed() const
{
    return VisitorSettings::instance()->privateListening() || m_readAloud;
}

void Announcer::speak(const QString &text, Urgency urgency, bool privateContent)
{
    // What is heard: without the screen's line-break controls (LineBreaking).
    const QString trimmed = LineBreaking::withoutJoiners(text).trimmed();
    if (trimmed.isEmpty() || m_staffMode || !VisitorSettings::instance()->speechOn())
        return;
    const QString lang = language();
    if (urgency == Urgency::Interrupt)
        m_sinceInterrupt.start();
    if (m_engine) {
        m_engine->speak(trimmed, lang,
                        urgency == Urgency::Interrupt ? speech::SpeechEngine::Priority::Interrupt
                                                      : speech::SpeechEngine::Priority::Normal);
    }
    m_lastText = trimmed;
    m_lastLanguage = lang;
    m_lastPrivate = privateContent;
    emit lastTextChanged();
    m_utterances.append(QVariantMap{{QStringLiteral("text"), trimmed},
                                    {QStringLiteral("language"), lang},
                                    {QStringLiteral("privateContent"), privateContent}});
    while (m_utterances.size() > maximumRecorded)
        m_utterances.removeFirst();
    emit spoke(trimmed, lang, privateContent);
}

void Announcer::pageArrived(const QString &title, const QString &instruction)
{
    if (title != m_pageTitle || instruction != m_pageInstruction) {
        m_pageTitle = title;
        m_pageInstruction = instruction;
        emit pageChanged();
    }
    m_focusTimer.stop();
    m_pendingFocus.clear();
    speak(title, Urgency::Interrupt);
    speak(instruction, Urgency::Queue);
}

void Announcer::say(const QString &text)
{
    speak(text, Urgency::Queue);
}

void Announcer::invite(const QString &mandarin, const QString &english)
{
    if (m_staffMode || !VisitorSettings::instance()->speechOn())
        return;
    for (const auto &[text, lang] : {std::pair{LineBreaking::withoutJoiners(mandarin), QStringLiteral("zh")},
                                     std::pair{LineBreaking::withoutJoiners(english), QStringLiteral("en")}}) {
        if (m_engine)
            m_engine->speak(text, lang, speech::SpeechEngine::Priority::Background);
        m_utterances.append(QVariantMap{{QStringLiteral("text"), text},
                                        {QStringLiteral("language"), lang},
                                        {QStringLiteral("privateContent"), false}});
        emit spoke(text, lang, false);
    }
    while (m_utterances.size() > maximumRecorded)
        m_utterances.removeFirst();
}

void Announcer::callOut(const QString &mandarin, const QString &english)
{
    for (const auto &[text, lang] : {std::pair{LineBreaking::withoutJoiners(mandarin), QStringLiteral("zh")},
                                     std::pair{LineBreaking::withoutJoiners(english), QStringLiteral("en")}}) {
        if (text.trimmed().isEmpty())
            continue;
        if (m_engine)
            m_engine->speak(text, lang, speech::SpeechEngine::Priority::Normal);
        m_utterances.append(QVariantMap{{QStringLiteral("text"), text},
                                        {QStringLiteral("language"), lang},
                                        {QStringLiteral("privateContent"), false}});
        emit spoke(text, lang, false);
    }
    while (m_utterances.size() > maximumRecorded)
        m_utterances.removeFirst();
}

void Announcer::sayNow(const QString &text)
{
    speak(text, Urgency::Interrupt);
}

void Announcer::sayPrivate(const QString &text, const QString &publicText)
{
    if (privateAllowed())
        speak(text, Urgency::Queue, true);
    else
        speak(publicText.isEmpty() ? phrase(QStringLiteral("detailsOnScreen")) : publicText, Urgency::Queue);
}

void Announcer::sayTyped(const QString &character, bool personal)
{
    if (personal && !privateAllowed())
        speak(phrase(QStringLiteral("digitEntered")), Urgency::Interrupt);
    else
        speak(character, Urgency::Interrupt, personal);
}

void Announcer::sayCode(const QString &code, const QString &intro)
{
    QStringList characters;
    for (const QChar c : code)
        if (!c.isSpace() && c != u'-')
            characters << QString(c);
    // Spaces make the engine read "4 0 7" as three digits, not as a number.
    speak((intro.isEmpty() ? phrase(QStringLiteral("codeIntro")) : intro) + u' ' + characters.join(u' '), Urgency::Queue);
}

void Announcer::focused(const QString &name, const QString &role, const QString &state, const QString &description)
{
    const QString lang = language();
    QStringList parts{name};
    if (!role.isEmpty())
        parts << AnnouncerPhrases::text(role, lang);
    if (!state.isEmpty())
        parts << AnnouncerPhrases::text(state, lang);
    m_pendingFocus = parts.join(AnnouncerPhrases::text(u"separator", lang));
    m_pendingDescription = description;
    m_focusTimer.start();
}

void Announcer::speakPendingFocus()
{
    if (m_pendingFocus.isEmpty())
        return;
    const bool settling = m_sinceInterrupt.isValid() && m_sinceInterrupt.elapsed() < settleMs;
    const QString text = std::exchange(m_pendingFocus, {});
    speak(text, settling ? Urgency::Queue : Urgency::Interrupt);
    // The interrupting focus announcement is not itself a reason to queue the next one.
    if (!settling)
        m_sinceInterrupt.invalidate();
    speak(std::exchange(m_pendingDescription, {}), Urgency::Queue);
}

void Announcer::help()
{
    speak(m_pageInstruction.isEmpty() ? phrase(QStringLiteral("noHelp")) : m_pageInstruction, Urgency::Interrupt);
}

void Announcer::sayHelp(const QString &text)
{
    m_focusTimer.stop();
    m_pendingFocus.clear();
    m_pendingDescription.clear();
    speak(text, Urgency::Interrupt);
}

QString Announcer::phrase(const QString &key) const
{
    return AnnouncerPhrases::text(key, language());
}

QString Announcer::phraseIn(const QString &key, const QString &language) const
{
    return AnnouncerPhrases::text(key, language);
}

void Announcer::sayPhrase(const QString &key)
{
    speak(phrase(key), Urgency::Interrupt);
}

void Announcer::stop()
{
    m_focusTimer.stop();
    m_pendingFocus.clear();
    if (m_engine)
        m_engine->stop();
}

void Announcer::repeat()
{
    if (m_lastText.isEmpty())
        return;
    // Spoken again in the language it was said in, at the current rate.
    const QString lang = m_lastLanguage;
    if (m_staffMode || !VisitorSettings::instance()->speechOn())
        return;
    if (m_engine)
        m_engine->speak(m_lastText, lang, speech::SpeechEngine::Priority::Interrupt);
    m_utterances.append(QVariantMap{{QStringLiteral("text"), m_lastText},
                                    {QStringLiteral("language"), lang},
                                    {QStringLiteral("privateContent"), m_lastPrivate}});
    emit spoke(m_lastText, lang, m_lastPrivate);
}

void Announcer::allowReadAloud()
{
    if (m_readAloud)
        return;
    m_readAloud = true;
    emit readAloudAllowedChanged();
}

void Announcer::setStaffMode(bool on)
{
    if (on == m_staffMode)
        return;
    m_staffMode = on;
    // Whatever the visitor's screen was saying stops when staff screens open.
    if (on)
        stop();
    emit staffModeChanged();
}

QVariantList Announcer::utterances() const
{
    return m_utterances;
}

void Announcer::clearUtterances()
{
    m_utterances.clear();
}

void Announcer::reset()
{
    stop();
    // The visit's settings go back to the station's defaults after this; then the jack's
    // answer applies again (a visitor's F9 lasts one session).
    if (m_followingHeadphones)
        QMetaObject::invokeMethod(this, [this] { applyHeadphones(false); }, Qt::QueuedConnection);
    if (m_engine)
        m_engine->resetToDefaults();
    if (m_readAloud) {
        m_readAloud = false;
        emit readAloudAllowedChanged();
    }
    m_pageTitle.clear();
    m_pageInstruction.clear();
    m_lastText.clear();
    m_lastLanguage.clear();
    m_lastPrivate = false;
    m_utterances.clear();
    emit pageChanged();
    emit lastTextChanged();
}
