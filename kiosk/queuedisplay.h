// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"
#include "kiosk/store/queueticket.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief What the queue display shows: the number called last, very large, with its window,
/// and the few called before it; and the call itself on the public speaker.
///
/// The display is for the whole waiting room, so its words are in both languages at once
/// (Mandarin first), whatever language the visitor at the kiosk chose. Nothing of a visitor
/// but the number is ever shown or spoken.
class QueueDisplay : public QObject, public ProcessSingleton<QueueDisplay>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool hasCall READ hasCall NOTIFY callsChanged)
    Q_PROPERTY(QString label READ label NOTIFY callsChanged)
    Q_PROPERTY(int window READ window NOTIFY callsChanged)
    /// The call in words as the speaker says it: "请 A012 号到 2 号窗口", "Number A012, please
    /// go to window 2." (shown as the caption: anything said is also shown).
    Q_PROPERTY(QString mandarinCall READ mandarinCall NOTIFY callsChanged)
    Q_PROPERTY(QString englishCall READ englishCall NOTIFY callsChanged)
    /// The calls before the last one, newest first: {label, window}.
    Q_PROPERTY(QVariantList earlier READ earlier NOTIFY callsChanged)

public:
    /// How many earlier calls the display lists.
    static constexpr int earlierShown = 4;

    [[nodiscard]] bool hasCall() const { return !m_last.label.isEmpty(); }
    [[nodiscard]] QString label() const { return m_last.label; }
    [[nodiscard]] int window() const { return m_last.window; }
    [[nodiscard]] QString mandarinCall() const;
    [[nodiscard]] QString englishCall() const;
    [[nodiscard]] QVariantList earlier() const { return m_earlier; }

    /// The display's fixed words in one language ("zh" or "en"): "nowCalling", "earlier",
    /// "window" (with %1), "nothingYet".
    Q_INVOKABLE [[nodiscard]] QString words(const QString &key, const QString &language) const;

    /// Reads today's calls from the store again (start-up, a new day).
    Q_INVOKABLE void reload();
    /// `ticket` was just called: shown, then spoken on the public speaker, Mandarin first.
    void announce(const store::QueueTicket &ticket);

signals:
    void callsChanged();

private:
    friend class ProcessSingleton<QueueDisplay>;
    explicit QueueDisplay(QObject *parent = nullptr);

    store::QueueTicket m_last;
    QVariantList m_earlier;
};
