// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/servicejson.h"

#include "server/textcheck.h"

#include <QHash>
#include <QStringList>

namespace server::console {

namespace {

QJsonObject text(const core::LocalizedText &t)
{
    return {{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
}

/// The texts a visitor reads, by the console's field names.
QList<std::pair<QString, core::LocalizedText ServiceDefinition::*>> textFields()
{
    return {{QStringLiteral("name"), &ServiceDefinition::name},
            {QStringLiteral("officialName"), &ServiceDefinition::officialName},
            {QStringLiteral("offers"), &ServiceDefinition::offers},
            {QStringLiteral("eligibility"), &ServiceDefinition::eligibility},
            {QStringLiteral("whatToBring"), &ServiceDefinition::whatToBring},
            {QStringLiteral("openingHours"), &ServiceDefinition::openingHours},
            {QStringLiteral("place"), &ServiceDefinition::place}};
}

/// The field the catalogue's own check names ("weekly: ...") by the console's name.
QString consoleField(const QString &problem)
{
    const QString field = problem.section(u':', 0, 0);
    if (field == u"weekly")
        return QStringLiteral("pattern");
    if (field == u"slot_minutes")
        return QStringLiteral("slotMinutes");
    if (field == u"prefix")
        return QStringLiteral("queuePrefix");
    return field;
}

constexpr qsizetype maxText = TextCheck::maxImportField;

} // namespace

QJsonObject ServiceJson::toJson(const ServiceDefinition &s)
{
    QJsonObject o{{QStringLiteral("code"), s.code},
                  {QStringLiteral("category"), s.category},
                  {QStringLiteral("pattern"), s.weeklyHours},
                  {QStringLiteral("slotMinutes"), s.slotMinutes},
                  {QStringLiteral("capacity"), s.capacity},
                  {QStringLiteral("bookable"), s.bookable},
                  {QStringLiteral("walkIn"), s.walkIn},
                  {QStringLiteral("queuePrefix"), s.queuePrefix},
                  {QStringLiteral("sortOrder"), s.sortOrder}};
    for (const auto &[key, member] : textFields())
        o.insert(key, text(s.*member));
    return o;
}

ServiceJson::EditProblem ServiceJson::apply(const QJsonObject &edit, ServiceDefinition *service, QStringList *changed)
{
    const auto shape = [](const QString &field, const QString &message) { return EditProblem{400, field, message}; };
    QHash<QString, core::LocalizedText ServiceDefinition::*> texts;
    for (const auto &[key, member] : textFields())
        texts.insert(key, member);
    for (auto it = edit.begin(); it != edit.end(); ++it) {
        const QString field = it.key();
        if (texts.contains(field)) {
            if (!it.value().isObject())
                return shape(field, QStringLiteral("an object {zh, en}"));
            const QJsonObject t = it.value().toObject();
            core::LocalizedText &target = service->*texts.value(field);
            for (auto lang = t.begin(); lang != t.end(); ++lang) {
                const QString path = field + u'.' + lang.key();
                if (lang.key() != u"zh" && lang.key() != u"en")
                    return shape(path, QStringLiteral("only zh and en"));
                if (!lang.value().isString())
                    return shape(path, QStringLiteral("a string"));
                const QString value = lang.value().toString().trimmed();
                if (const QString problem = TextCheck::problem(value, maxText); !problem.isEmpty())
                    return {422, path, problem};
                (lang.key() == u"zh" ? target.zh : target.en) = value;
            }
        } else if (field == u"pattern") {
            if (!it.value().isString())
                return shape(field, QStringLiteral("a string like \"mon-fri 09:00-11:30,14:00-16:30\""));
            if (const QString problem = TextCheck::problem(it.value().toString(), maxText); !problem.isEmpty())
                return {422, field, problem};
            service->weeklyHours = it.value().toString().trimmed();
        } else if (field == u"capacity" || field == u"slotMinutes") {
            const double n = it.value().toDouble(-1);
            if (!it.value().isDouble() || n != double(qint64(n)))
                return shape(field, QStringLiteral("a whole number"));
            (field == u"capacity" ? service->capacity : service->slotMinutes) = int(qBound(-1.0, n, 100000.0));
        } else {
            return shape(field, QStringLiteral("not a field that can be changed here"));
        }
        changed->append(field);
    }
    if (changed->isEmpty())
        return shape({}, QStringLiteral("nothing to change"));
    if (const QString problem = service->problem(); !problem.isEmpty())
        return {422, consoleField(problem), problem.section(u':', 1).trimmed()};
    return {};
}

} // namespace server::console
