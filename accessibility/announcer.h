// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"
#include "accessibility/speech/privatelisteningpolicy.h"
#include "accessibility/speech/speechengine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief What the kiosk says to the visitor: page arrivals, focus, results, private details.
///
/// Pages and components call it with texts they already translated (qsTr); its own fixed
/// words come from AnnouncerPhrases in the visitor's language. Speech goes to the
/// SpeechEngine only while VisitorSettings.speechOn and never in staff mode.
///
/// Personal data (sayPrivate) is spoken only through private listening (headphones) or after
/// the visitor chose "read aloud" (allowReadAloud, forgotten at session end); on the public
/// speaker the kiosk says that the details are on the screen instead.
///
/// Test seam: everything actually spoken is also emitted as spoke() and recorded in
/// utterances(), with or without a speech engine.
class Announcer : public QObject, public ProcessSingleton<Announcer>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool staffMode READ staffMode WRITE setStaffMode NOTIFY staffModeChanged)
    Q_PROPERTY(bool readAloudAllowed READ readAloudAllowed NOTIFY readAloudAllowedChanged)
    Q_PROPERTY(QString pageTitle READ pageTitle NOTIFY pageChanged)
    Q_PROPERTY(QString pageInstruction READ pageInstruction NOTIFY pageChanged)
    /// The last text spoken, for a caption (anything said in sound is also shown).
    Q_PROPERTY(QString lastText READ lastText NOTIFY lastTextChanged)

public:
    /// The kiosk's speech engine; without one (tests, screenshots) speech is only recorded.
    void setEngine(speech::SpeechEngine *engine);

    /// Private listening follows the headphone jack by `policy` (PrivateListeningPolicy): a
    /// plug or unplug sets VisitorSettings.privateListening and says so; F9 overrides it until
    /// the jack changes again or the session ends, when the jack's answer applies again.
    /// Without a jack (tests) the state is fed to headphonesChanged().
    void followHeadphones(const speech::PrivateListeningPolicy &policy);
    /// The jack's state, from speech::HeadphoneJack::stateChanged. Headphones pulled out while
    /// private listening is on: PulseAudio has already moved the sound to the speaker, so the
    /// engine is stopped and its queue (personal details still to be said) dropped, and a
    /// personal last utterance is forgotten (repeat() cannot say it aloud), before anything
    /// is announced; this also holds where private listening stays on (a headset station).
    void headphonesChanged(speech::JackState state);
    [[nodiscard]] speech::SpeechEngine *engine() const { return m_engine; }

    /// Speaks the page's title, then the one thing to do, interrupting whatever was spoken.
    Q_INVOKABLE void pageArrived(const QString &title, const QString &instruction);
    /// Plain speech (errors, results), after what is being said.
    Q_INVOKABLE void say(const QString &text);
    /// The attract screen's invitation, in both languages (no visitor has chosen one yet), at
    /// background priority so it never talks over anyone.
    Q_INVOKABLE void invite(const QString &mandarin, const QString &english);
    /// A queue number called on the public speaker (the queue display): both languages,
    /// Mandarin first, after what is being said. Spoken in staff mode and whatever the
    /// visitor's speech setting: it is addressed to the waiting room, not to the person at the
    /// screen. Callers pass only what may be heard by everyone (the number and the window).
    Q_INVOKABLE void callOut(const QString &mandarin, const QString &english);
    /// Like say() but cuts off what is being said (answers to a key or touch).
    Q_INVOKABLE void sayNow(const QString &text);
    /// Personal data: spoken only with private listening or after allowReadAloud(); otherwise
    /// `publicText`, or "Your details are on the screen".
    Q_INVOKABLE void sayPrivate(const QString &text, const QString &publicText = {});
    /// One typed character: itself when it may be heard, "digit entered" when `personal` and
    /// on the public speaker.
    Q_INVOKABLE void sayTyped(const QString &character, bool personal);
    /// A code, character by character. `intro` names the code as the page does ("Your booking code"); empty: "Confirmation code".
    Q_INVOKABLE void sayCode(const QString &code, const QString &intro = {});
    /// The focused control: name, role and state. Role and state may be phrase keys
    /// ("button", "on", "selected" ...) or words the caller translated; `description` follows
    /// after a pause.
    ///
    /// Spoken once control returns to the event loop, so only the last of several focus moves
    /// in one step is heard; a page arrival in the same step cancels it (the control that was
    /// touched is gone), and a focus change just after a page arrival or another interrupting
    /// announcement waits behind it instead of cutting it off.
    Q_INVOKABLE void focused(const QString &name, const QString &role, const QString &state = {},
                             const QString &description = {});
    /// Context help: the current page's instruction again.
    Q_INVOKABLE void help();
    /// The Help overlay's words, as it shows them: cuts off what is being said, and the focus
    /// announcement still to come (the control that opened it), so the help is heard whole.
    Q_INVOKABLE void sayHelp(const QString &text);
    /// A fixed phrase in the visitor's language (see AnnouncerPhrases).
    Q_INVOKABLE [[nodiscard]] QString phrase(const QString &key) const;
    /// The same phrase in a given language: for the words shown in several languages at once
    /// (the attract screen, the language button naming the language it switches to).
    Q_INVOKABLE [[nodiscard]] QString phraseIn(const QString &key, const QString &language) const;
    /// Speaks a fixed phrase (see AnnouncerPhrases), cutting off what is being said.
    Q_INVOKABLE void sayPhrase(const QString &key);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void repeat();
    Q_INVOKABLE void allowReadAloud();

    [[nodiscard]] bool staffMode() const { return m_staffMode; }
    void setStaffMode(bool on);
    [[nodiscard]] bool readAloudAllowed() const { return m_readAloud; }
    [[nodiscard]] QString pageTitle() const { return m_pageTitle; }
    [[nodiscard]] QString pageInstruction() const { return m_pageInstruction; }
    [[nodiscard]] QString lastText() const { return m_lastText; }
    /// Whether personal data may be heard now.
    [[nodiscard]] bool privateAllowed() const;

    /// What was spoken, oldest first: maps of text, language, privateContent.
    Q_INVOKABLE [[nodiscard]] QVariantList utterances() const;
    Q_INVOKABLE void clearUtterances();

public slots:
    /// Session end: forgets "read aloud", the page, the last text and the record (it may hold
    /// personal details), and puts the engine's rate and volume back to the station's defaults.
    void reset();

signals:
    /// Something is spoken now (the test seam): the text, "zh" or "en", and whether it is
    /// personal data.
    void spoke(const QString &text, const QString &language, bool privateContent);
    void staffModeChanged();
    void readAloudAllowedChanged();
    void pageChanged();
    void lastTextChanged();
    /// setEngine() was called (the kiosk makes its engine after the window has loaded).
    void engineChanged();

private:
    friend class ProcessSingleton<Announcer>;
    explicit Announcer(QObject *parent = nullptr);
    enum class Urgency { Queue, Interrupt };
    void speak(const QString &text, Urgency urgency, bool privateContent = false);
    [[nodiscard]] QString language() const;

    void speakPendingFocus();

    QPointer<speech::SpeechEngine> m_engine;
    QTimer m_focusTimer;
    QString m_pendingFocus;
    QString m_pendingDescription;
    QElapsedTimer m_sinceInterrupt;
    QVariantList m_utterances;
    QString m_pageTitle;
    QString m_pageInstruction;
    QString m_lastText;
    QString m_lastLanguage;
    bool m_lastPrivate = false;
    bool m_staffMode = false;
    bool m_readAloud = false;
    // The headphone jack (followHeadphones).
    void applyHeadphones(bool announce);
    void silencePrivateSpeech();
    speech::PrivateListeningPolicy m_headphonePolicy;
    speech::JackState m_jack = speech::JackState::Unknown;
    bool m_followingHeadphones = false;
};
