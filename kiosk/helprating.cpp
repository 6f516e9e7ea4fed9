// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/helprating.h"
#include "core/translatabletext.h"

#include "accessibility/visitorsettings.h"
#include "core/ratingphrases.h"
#include "core/helptype.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"

using namespace Qt::StringLiterals;

HelpRating::HelpRating(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        emit languageChanged();
        emit errorChanged();
        emit requestChanged();
    });
}

QVariantMap HelpRating::request() const
{
    QVariantMap request = m_request;
    if (const auto type = core::HelpTypes::fromKey(request.value(u"type"_s).toString()))
        request.insert(u"typeName"_s, core::HelpTypes::name(*type).in(VisitorSettings::instance()->language()));
    return request;
}

void HelpRating::setStars(int stars)
{
    stars = std::clamp(stars, 0, 5);
    if (stars == m_stars)
        return;
    m_stars = stars;
    if (!m_error.isEmpty())
        setError({});
    emit starsChanged();
}

QVariantList HelpRating::phrases(bool praise) const
{
    QVariantList list;
    const QString lang = VisitorSettings::instance()->language();
    for (const core::Phrase &phrase : praise ? core::RatingPhrases::praise() : core::RatingPhrases::complaints())
        list.append(QVariantMap{{u"key"_s, phrase.key},
                                {u"words"_s, phrase.words.in(lang)}});
    return list;
}

QVariantList HelpRating::praise() const
{
    return phrases(true);
}

QVariantList HelpRating::complaints() const
{
    return phrases(false);
}

QString HelpRating::errorText() const
{
    return m_error.in(VisitorSettings::instance()->language());
}

void HelpRating::setError(const core::TranslatableText &words)
{
    m_error = words;
    emit errorChanged();
}

void HelpRating::begin(const QVariantMap &request)
{
    m_request = request;
    m_stars = 0;
    m_phraseKeys.clear();
    m_error = {};
    ++m_visitGeneration;
    setSaving(false);
    if (m_saved) {
        m_saved = false;
        emit savedChanged();
    }
    emit requestChanged();
    emit starsChanged();
    emit phrasesChanged();
    emit errorChanged();
}

bool HelpRating::togglePhrase(const QString &key)
{
    if (!core::RatingPhrases::isKnown(key))
        return false;
    if (!m_phraseKeys.removeOne(key))
        m_phraseKeys.append(key);
    emit phrasesChanged();
    return m_phraseKeys.contains(key);
}

bool HelpRating::submit()
{
    if (m_saving)
        return true;
    const QString requestId = m_request.value(u"id"_s).toString();
    if (requestId.isEmpty()) {
        setError(core::TranslatableText::translate("HelpRating", "This request could not be found."));
        return false;
    }
    if (m_stars < 1) {
        setError(core::TranslatableText::translate("HelpRating", "Please choose 1 to 5 stars first."));
        return false;
    }
    if (!StoreWriter::instance()->isOpen()) {
        setError(core::TranslatableText::translate("HelpRating",
                  "The kiosk cannot save right now. Please press \"Call staff\"."));
        return false;
    }
    setError({});
    setSaving(true);
    const int stars = m_stars;
    const QStringList keys = m_phraseKeys;
    StoreWriter::instance()->write<QString>(
        this, [requestId, stars, keys](store::Store &st) { return st.requests().rate(requestId, stars, keys); },
        [this, generation = m_visitGeneration](const store::Result<QString> &result) {
            if (generation != m_visitGeneration)
                return; // saved, for a rating already forgotten
            setSaving(false);
            if (!result.ok()) {
                // Rated already, or not done: the store's words say which.
                setError(result.error().message);
                return;
            }
            m_saved = true;
            emit savedChanged();
        });
    return true;
}

void HelpRating::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

void HelpRating::wipeVisitorData()
{
    begin({});
}
