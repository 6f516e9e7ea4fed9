// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/volunteerregistration.h"

#include "accessibility/visitorsettings.h"
#include "core/daypart.h"
#include "core/volunteerskill.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/registrationreason.h"
#include "kiosk/store/registrationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/store/volunteerregistrationdraft.h"
#include "kiosk/store/volunteerstore.h"
#include "kiosk/storewriter.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitoridentity.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString language()
{
    return VisitorSettings::instance()->language();
}

/// `source` is marked at each call with QT_TRANSLATE_NOOP, so the catalogues hold it.
core::TranslatableText words(const char *source)
{
    return core::TranslatableText::translate("VolunteerRegistration", source);
}

/// The grid's shortcuts: a name, and the days and parts it covers.
struct Shortcut
{
    const char *key;
    const char *english;
    QList<int> days;
    QStringList parts;
};

const QList<Shortcut> &shortcutTable()
{
    static const QStringList morning{u"morning"_s};
    static const QStringList afternoon{u"afternoon"_s};
    static const QStringList evening{u"evening"_s};
    static const QList<Shortcut> table{
        {"weekday_mornings", QT_TRANSLATE_NOOP("VolunteerRegistration", "Every weekday morning"), {1, 2, 3, 4, 5}, morning},
        {"weekday_afternoons", QT_TRANSLATE_NOOP("VolunteerRegistration", "Every weekday afternoon"), {1, 2, 3, 4, 5}, afternoon},
        {"evenings", QT_TRANSLATE_NOOP("VolunteerRegistration", "Every evening"), {1, 2, 3, 4, 5, 6, 7}, evening},
        {"weekends", QT_TRANSLATE_NOOP("VolunteerRegistration", "Saturday and Sunday, all day"), {6, 7},
         core::WeekAvailability::parts()},
    };
    return table;
}

const Shortcut *shortcutOf(QStringView key)
{
    for (const Shortcut &shortcut : shortcutTable())
        if (QLatin1StringView(shortcut.key) == key)
            return &shortcut;
    return nullptr;
}

/// "9 8 D Y 4": a voice reads "98DY4" as ninety-eight D Y four (as Announcer::sayCode spaces it).
QString spacedCode(const QString &code)
{
    QStringList characters;
    for (const QChar c : code)
        if (!c.isSpace() && c != u'-')
            characters << QString(c);
    return characters.join(u' ');
}

/// A date of this week's `day` (1 = Monday), only for its weekday's name.
QDate someDay(int day)
{
    // 2026-11-30 is a Monday.
    return QDate(2026, 11, 30).addDays(day - 1);
}

QString partName(const QString &part)
{
    const auto dayPart = core::DayParts::fromKey(part);
    return dayPart ? core::DayParts::name(*dayPart).in(language()) : part;
}

} // namespace

VolunteerRegistration::VolunteerRegistration(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &VolunteerRegistration::emitAll);
    connect(VolunteerCardCheck::instance(), &VolunteerCardCheck::answered, this, &VolunteerRegistration::takeLookup);
    // A typed number, then the card of the same person: now the name can be read.
    connect(VisitorIdentity::instance(), &VisitorIdentity::changed, this, [this] {
        if (m_state == u"needsCard" && VisitorIdentity::instance()->source() == u"card")
            begin();
    });
}

void VolunteerRegistration::emitAll()
{
    emit languageChanged();
    emit stateChanged();
    emit skillsChanged();
    emit timesChanged();
    emit phoneChanged();
    emit consentChanged();
    emit draftChanged();
    emit resultChanged();
    emit errorChanged();
}

QString VolunteerRegistration::stateWords(bool spoken) const
{
    if (m_state == u"checking")
        return words(QT_TRANSLATE_NOOP("VolunteerRegistration", "Checking whether you are registered already. One moment.")).in(language());
    if (m_state == u"needsCard")
        return words(QT_TRANSLATE_NOOP("VolunteerRegistration",
                                       "To register, please place your ID card: the kiosk reads your name from it."))
            .in(language());
    if (m_state == u"approved")
        return words(QT_TRANSLATE_NOOP("VolunteerRegistration", "You are registered as volunteer %1 already."))
            .in(language())
            .arg(m_volunteerNumber);
    if (m_state == u"pending") {
        const QString waiting = words(QT_TRANSLATE_NOOP("VolunteerRegistration",
                                                        "Your registration is waiting for a coordinator's approval."))
                                    .in(language());
        if (m_pendingCode.isEmpty())
            return waiting;
        return waiting + u' '
            + words(QT_TRANSLATE_NOOP("VolunteerRegistration", "Your registration code is %1."))
                  .in(language())
                  .arg(spoken ? spacedCode(m_pendingCode) : m_pendingCode);
    }
    if (m_state == u"unavailable")
        return words(QT_TRANSLATE_NOOP("VolunteerRegistration",
                                       "The kiosk cannot register volunteers right now. Please press \"Call staff\"."))
            .in(language());
    if (m_state == u"declined")
        return words(QT_TRANSLATE_NOOP("VolunteerRegistration",
                                       "You did not agree, so nothing was saved and your choices are deleted. You can "
                                       "register another time, or ask staff."))
            .in(language());
    return {};
}

QString VolunteerRegistration::earlierRefusal() const
{
    if (!m_refusedBefore || m_state != u"open")
        return {};
    // The store keeps a code; its words are made now, in the visitor's language.
    const QString reason = store::RegistrationReason::in(m_refusalReason, language());
    if (reason.isEmpty())
        return words(QT_TRANSLATE_NOOP("VolunteerRegistration",
                                       "Your last registration was not approved. You can register again, or ask staff why."))
            .in(language());
    return words(QT_TRANSLATE_NOOP("VolunteerRegistration",
                                   "Your last registration was not approved: %1. You can register again, or ask staff."))
        .in(language())
        .arg(reason);
}

QString VolunteerRegistration::name() const
{
    return VisitorIdentity::instance()->source() == u"card" ? VisitorIdentity::instance()->name() : QString();
}

QString VolunteerRegistration::maskedId() const
{
    return VisitorIdentity::instance()->maskedId();
}

QVariantList VolunteerRegistration::skills() const
{
    QVariantList list;
    for (const core::VolunteerSkill &skill : core::VolunteerSkills::all())
        list.append(QVariantMap{{u"key"_s, skill.key},
                                {u"name"_s, core::VolunteerSkills::name(skill.key).in(language())},
                                {u"icon"_s, core::VolunteerSkills::pictogram(skill.key)},
                                {u"selected"_s, m_skills.contains(skill.key)}});
    return list;
}

QString VolunteerRegistration::skillsText() const
{
    QStringList names;
    // In the table's order, whatever order they were touched in.
    for (const core::VolunteerSkill &skill : core::VolunteerSkills::all())
        if (m_skills.contains(skill.key))
            names.append(core::VolunteerSkills::name(skill.key).in(language()));
    return names.join(language().startsWith(u"en") ? u", "_s : u"、"_s);
}

QVariantList VolunteerRegistration::days() const
{
    QVariantList list;
    const QLocale locale = VisitorDates::locale(language());
    for (int day = 1; day <= 7; ++day)
        list.append(QVariantMap{{u"day"_s, day},
                                {u"key"_s, core::WeekAvailability::dayKeys().at(day - 1)},
                                {u"name"_s, VisitorDates::weekday(someDay(day), language())},
                                {u"shortName"_s, locale.dayName(day, QLocale::ShortFormat)}});
    return list;
}

QVariantList VolunteerRegistration::dayParts() const
{
    QVariantList list;
    for (const QString &part : core::WeekAvailability::parts())
        list.append(QVariantMap{{u"key"_s, part}, {u"name"_s, partName(part)}});
    return list;
}

QStringList VolunteerRegistration::times() const
{
    QStringList cells;
    for (int day = 1; day <= 7; ++day)
        for (const QString &part : core::WeekAvailability::parts())
            if (m_times.has(day, part))
                cells.append(QString::number(day) + u':' + part);
    return cells;
}

int VolunteerRegistration::timeCount() const
{
    return int(times().size());
}

QVariantList VolunteerRegistration::shortcuts() const
{
    QVariantList list;
    for (const Shortcut &shortcut : shortcutTable()) {
        bool on = true;
        for (int day : shortcut.days)
            for (const QString &part : shortcut.parts)
                on = on && m_times.has(day, part);
        list.append(QVariantMap{{u"key"_s, QString::fromLatin1(shortcut.key)},
                                {u"name"_s, words(shortcut.english).in(language())},
                                {u"on"_s, on}});
    }
    return list;
}

QString VolunteerRegistration::timesText() const
{
    const bool english = language().startsWith(u"en");
    QStringList lines;
    for (int day = 1; day <= 7; ++day) {
        QStringList parts;
        for (const QString &part : core::WeekAvailability::parts())
            if (m_times.has(day, part))
                parts.append(partName(part));
        if (!parts.isEmpty())
            lines.append(VisitorDates::weekday(someDay(day), language()) + (english ? u": "_s : u"："_s)
                         + parts.join(english ? u", "_s : u"、"_s));
    }
    // A day a line: a week of times reads as a list, not as one long sentence.
    return lines.join(u'\n');
}

QString VolunteerRegistration::phoneProblem() const
{
    return m_phone.isEmpty() ? QString() : m_phone.problem().in(language());
}

void VolunteerRegistration::setReviewed(bool reviewed)
{
    if (reviewed == m_reviewed)
        return;
    m_reviewed = reviewed;
    emit draftChanged();
}

bool VolunteerRegistration::complete() const
{
    return m_state == u"open" && !m_skills.isEmpty() && !m_times.isEmpty() && m_phone.complete() && consentAgreed();
}

QString VolunteerRegistration::errorText() const
{
    return m_error.in(language());
}

void VolunteerRegistration::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
    emit draftChanged();
}

void VolunteerRegistration::setError(const core::TranslatableText &text)
{
    m_error = text;
    emit errorChanged();
}

void VolunteerRegistration::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

void VolunteerRegistration::begin()
{
    forgetDraft();
    emitAll();
    auto *identity = VisitorIdentity::instance();
    if (!identity->present()) {
        setState(QString());
        return;
    }
    if (identity->source() != u"card") {
        setState(u"needsCard"_s);
        return;
    }
    checkStore();
    if (m_state != u"checking")
        return;
    // Not known here: the server may know of a registration made at another kiosk.
    m_lookupTicket = VolunteerCardCheck::instance()->ask(identity->idNumber());
}

void VolunteerRegistration::checkStore()
{
    const store::Store *st = StationStore::instance()->store();
    if (!st || !StoreWriter::instance()->isOpen()) {
        setState(u"unavailable"_s);
        return;
    }
    const QString &idNumber = VisitorIdentity::instance()->idNumber();
    const auto known = st->volunteers().volunteerOfIdNumber(idNumber);
    const auto made = st->registrations().registrationOf(idNumber);
    if (!known.ok() || !made.ok()) {
        StationStore::instance()->noteError(!known.ok() ? known.error().message : made.error().message);
        setState(u"unavailable"_s);
        return;
    }
    if (known.value()) {
        m_volunteerNumber = known.value()->number.isEmpty() ? known.value()->id : known.value()->number;
        setState(u"approved"_s);
        return;
    }
    if (const auto &registration = made.value()) {
        switch (registration->state) {
        case store::RegistrationState::Approved:
            m_volunteerNumber = registration->volunteerNumber;
            setState(u"approved"_s);
            return;
        case store::RegistrationState::Pending:
            m_pendingCode = registration->code;
            setState(u"pending"_s);
            return;
        case store::RegistrationState::Refused:
            // A refused registration may be made again; the page says why the last one was not.
            m_refusedBefore = true;
            m_refusalReason = registration->reason;
            break;
        }
    }
    setState(u"checking"_s);
}

void VolunteerRegistration::takeLookup(quint64 ticket, VolunteerCardCheck::Answer answer, const QString &volunteerNumber)
{
    if (ticket != m_lookupTicket || m_state != u"checking")
        return;
    m_lookupTicket = 0;
    switch (answer) {
    case VolunteerCardCheck::Answer::Approved:
        m_volunteerNumber = volunteerNumber;
        setState(u"approved"_s);
        return;
    case VolunteerCardCheck::Answer::Pending:
        setState(u"pending"_s);
        return;
    case VolunteerCardCheck::Answer::NotRegistered:
    case VolunteerCardCheck::Answer::Unreachable:
        // Unreachable: the kiosk registers offline; the server refuses a second registration
        // of the same person when the push arrives, and a coordinator sees it.
        setState(u"open"_s);
        return;
    }
}

void VolunteerRegistration::toggleSkill(const QString &key)
{
    if (!core::VolunteerSkills::isKnown(key))
        return;
    if (!m_skills.removeOne(key))
        m_skills.append(key);
    setError({});
    emit skillsChanged();
    emit draftChanged();
}

void VolunteerRegistration::toggleTime(int day, const QString &part)
{
    if (day < 1 || day > 7 || !core::WeekAvailability::parts().contains(part))
        return;
    m_times.set(day, part, !m_times.has(day, part));
    setError({});
    emit timesChanged();
    emit draftChanged();
}

void VolunteerRegistration::applyShortcut(const QString &key)
{
    const Shortcut *shortcut = shortcutOf(key);
    if (!shortcut)
        return;
    bool allOn = true;
    for (int day : shortcut->days)
        for (const QString &part : shortcut->parts)
            allOn = allOn && m_times.has(day, part);
    for (int day : shortcut->days)
        for (const QString &part : shortcut->parts)
            m_times.set(day, part, !allOn);
    setError({});
    emit timesChanged();
    emit draftChanged();
}

void VolunteerRegistration::clearTimes()
{
    m_times = {};
    emit timesChanged();
    emit draftChanged();
}

bool VolunteerRegistration::appendDigit(const QString &digit)
{
    if (!m_phone.append(digit))
        return false;
    emit phoneChanged();
    emit draftChanged();
    return true;
}

void VolunteerRegistration::removeLastDigit()
{
    if (!m_phone.removeLast())
        return;
    emit phoneChanged();
    emit draftChanged();
}

void VolunteerRegistration::clearPhone()
{
    m_phone.wipe();
    emit phoneChanged();
    emit draftChanged();
}

void VolunteerRegistration::agree()
{
    const store::Store *st = StationStore::instance()->store();
    m_consentAgreedAt = st ? st->now() : QDateTime::currentDateTime();
    setError({});
    emit consentChanged();
    emit draftChanged();
}

void VolunteerRegistration::refuse()
{
    forgetDraft();
    emitAll();
    setState(u"declined"_s);
}

bool VolunteerRegistration::submit()
{
    if (m_saving)
        return true; // a second touch of Register while the first is under way
    if (m_state != u"open") {
        setError(words(QT_TRANSLATE_NOOP("VolunteerRegistration", "This registration cannot be saved. Please press \"Call staff\".")));
        return false;
    }
    if (m_skills.isEmpty()) {
        setError(words(QT_TRANSLATE_NOOP("VolunteerRegistration", "Please choose at least one way you can help.")));
        return false;
    }
    if (m_times.isEmpty()) {
        setError(words(QT_TRANSLATE_NOOP("VolunteerRegistration", "Please choose at least one time when you can help.")));
        return false;
    }
    if (!m_phone.complete()) {
        setError(m_phone.isEmpty() ? words(QT_TRANSLATE_NOOP("VolunteerRegistration", "Please type your phone number."))
                                   : m_phone.problem());
        return false;
    }
    if (!consentAgreed()) {
        setError(words(QT_TRANSLATE_NOOP("VolunteerRegistration", "Please read the consent and touch \"I agree\" first.")));
        return false;
    }
    auto *identity = VisitorIdentity::instance();
    if (!identity->present() || identity->source() != u"card") {
        setError(words(QT_TRANSLATE_NOOP("VolunteerRegistration",
                                         "To register, please place your ID card: the kiosk reads your name from it.")));
        return false;
    }
    if (!StoreWriter::instance()->isOpen()) {
        setError(words(QT_TRANSLATE_NOOP("VolunteerRegistration",
                                         "The kiosk cannot register volunteers right now. Please press \"Call staff\".")));
        return false;
    }
    setError({});
    store::VolunteerRegistrationDraft draft;
    draft.idNumber = identity->idNumber();
    draft.name = identity->name();
    // In the table's order, as the review lists them, whatever order they were touched in.
    for (const core::VolunteerSkill &skill : core::VolunteerSkills::all())
        if (m_skills.contains(skill.key))
            draft.skills.append(skill.key);
    draft.availability = m_times;
    draft.phone = m_phone.digits();
    draft.consentVersion = consentVersion();
    draft.consentAgreedAt = m_consentAgreedAt;
    setSaving(true);
    StoreWriter::instance()->write<store::VolunteerRegistration>(
        this, [draft](store::Store &st) { return st.registrations().registerVolunteer(draft); },
        [this, generation = m_visitGeneration](const store::Result<store::VolunteerRegistration> &stored) {
            if (generation == m_visitGeneration) // else saved for a visit already over
                takeStored(stored);
        });
    return true;
}

void VolunteerRegistration::takeStored(const store::Result<store::VolunteerRegistration> &stored)
{
    setSaving(false);
    if (!stored.ok()) {
        setError(stored.error().message);
        emit refused();
        return;
    }
    m_code = stored.value().code;
    m_maskedPhone = m_phone.masked();
    // The choices are in the outbox now; the screen keeps only the code.
    m_skills.clear();
    m_times = {};
    m_phone.wipe();
    setState(u"done"_s);
    emit skillsChanged();
    emit timesChanged();
    emit phoneChanged();
    emit resultChanged();
}

void VolunteerRegistration::forgetDraft()
{
    m_state.clear();
    m_volunteerNumber.clear();
    m_pendingCode.clear();
    m_refusedBefore = false;
    m_refusalReason.clear();
    m_skills.clear();
    m_times = {};
    m_phone.wipe();
    m_consentAgreedAt = {};
    m_reviewed = false;
    m_code.clear();
    m_maskedPhone.clear();
    m_error = {};
    m_lookupTicket = 0;
    ++m_visitGeneration; // a write still under way belongs to the draft being forgotten
    setSaving(false);
}

void VolunteerRegistration::wipeVisitorData()
{
    forgetDraft();
    emitAll();
}
