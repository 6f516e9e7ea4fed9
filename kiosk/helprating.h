// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/// @brief Rating one finished help request: 1 to 5 stars, then optional praise or complaint
/// phrases (core::RatingPhrases), saved once per request (the store refuses a second rating in
/// words).
class HelpRating : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    /// The request being rated, as MyRequests lists it (empty when none).
    Q_PROPERTY(QVariantMap request READ request NOTIFY requestChanged)
    Q_PROPERTY(int stars READ stars WRITE setStars NOTIFY starsChanged)
    /// [{key, words}]; which are chosen: phraseKeys (the lists stay put while choosing).
    Q_PROPERTY(QVariantList praise READ praise NOTIFY languageChanged)
    Q_PROPERTY(QVariantList complaints READ complaints NOTIFY languageChanged)
    Q_PROPERTY(QStringList phraseKeys READ phraseKeys NOTIFY phrasesChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    /// The rating is on disk.
    Q_PROPERTY(bool saved READ saved NOTIFY savedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit HelpRating(QObject *parent = nullptr);

    /// The request being rated; its kind of help named in the visitor's language of now.
    [[nodiscard]] QVariantMap request() const;
    [[nodiscard]] int stars() const { return m_stars; }
    void setStars(int stars);
    [[nodiscard]] QVariantList praise() const;
    [[nodiscard]] QVariantList complaints() const;
    [[nodiscard]] QStringList phraseKeys() const { return m_phraseKeys; }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] bool saved() const { return m_saved; }
    [[nodiscard]] QString errorText() const;

    /// Starts rating `request` (an item of MyRequests): no stars, no phrases.
    Q_INVOKABLE void begin(const QVariantMap &request);
    /// Returns whether the phrase is chosen now.
    Q_INVOKABLE bool togglePhrase(const QString &key);
    /// Saves the rating on the store writer's thread; true when the write started.
    Q_INVOKABLE bool submit();

    void wipeVisitorData() override;

signals:
    void requestChanged();
    void starsChanged();
    void phrasesChanged();
    void languageChanged();
    void savingChanged();
    void savedChanged();
    void errorChanged();

private:
    [[nodiscard]] QVariantList phrases(bool praise) const;
    void setError(const core::TranslatableText &words);
    void setSaving(bool saving);

    QVariantMap m_request;
    int m_stars = 0;
    QStringList m_phraseKeys;
    bool m_saving = false;
    bool m_saved = false;
    core::TranslatableText m_error;
    quint64 m_visitGeneration = 0;
};
