// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitorsentences.h"

#include "accessibility/announcerphrases.h"
#include "kiosk/pagecatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace visitorsentences {

namespace {

struct StaffScope
{
    QSet<QString> contexts;   // QML base names of staff pages
    QSet<QString> pageTitles; // "Pages" sources of staff pages
};

StaffScope staffScope()
{
    StaffScope scope;
    for (const PageCatalogue::Entry &entry : PageCatalogue::entries()) {
        if (!entry.staffOnly)
            continue;
        if (!entry.component.isEmpty())
            scope.contexts.insert(QFileInfo(entry.component).completeBaseName());
        if (entry.title)
            scope.pageTitles.insert(QString::fromUtf8(entry.title));
        if (entry.subtitle)
            scope.pageTitles.insert(QString::fromUtf8(entry.subtitle));
    }
    return scope;
}

bool isStaff(const StaffScope &scope, const QString &context, const QString &source)
{
    static const QRegularExpression staffPage(QStringLiteral("^Staff.*Page$"));
    if (scope.contexts.contains(context) || staffPage.match(context).hasMatch())
        return true;
    return context == u"Pages" && scope.pageTitles.contains(source);
}

/// A typical value for a placeholder, by the English words just before it.
QString typicalValue(const QString &before)
{
    struct Rule
    {
        const char *pattern;
        const char *value;
    };
    // First match wins; patterns end at the placeholder.
    static const Rule rules[] = {
        {"(phone number:?|call you on|calls you on) ?$", "138****5678"},
        {"(code|Code) ?$|code:? ?$", "A7K2"},
        {"(Number|number is|number:|number today:) ?$", "A012"},
        {"window ?$", "3"},
        {"(volunteer number|volunteer|\\(number|the number) ?$", "1024"},
        {"Official name: $", "残疾人辅助器具适配服务"},
        {"(Hello, |name: )$", "王芳"},
        {"[Vv]ersion $", "2"},
        {"Text size $", "130"},
        {"When: $", "12月3日上午"},
        {"(Where|address|Collect it at|near): ?$", "区残联服务大厅"},
        {"(at|ended at) ?$", "9:30"},
        {"(until|by|By:|expired on|from|asked on|on|since|Since) ?$", "2025年12月1日"},
        {"(served|total is|total is now|This time:|Total:|Of that,|duty:|station duty) ?$", "3小时20分钟"},
        {"(reason:|approved:) ?$", "材料不全"},
        {"for $", "康复咨询"},
        {"(chose|request \") ?$", "陪同就医"},
        {"(level:|become a) ?$", "三星志愿者"},
        {"(found:) ?$", "李明"},
    };
    for (const Rule &rule : rules) {
        const QRegularExpression re(QString::fromUtf8(rule.pattern));
        if (re.match(before).hasMatch())
            return QString::fromUtf8(rule.value);
    }
    return QStringLiteral("3");
}

} // namespace

QString fillPlaceholders(const QString &english, const QString &translation)
{
    QString out = translation;
    out.replace(QStringLiteral("%n"), QStringLiteral("3"));
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d)"));
    auto it = placeholder.globalMatch(english);
    QHash<QString, QString> values;
    while (it.hasNext()) {
        const auto match = it.next();
        values.insert(match.captured(1), typicalValue(english.left(match.capturedStart())));
    }
    QString filled;
    qsizetype last = 0;
    auto ot = placeholder.globalMatch(out);
    while (ot.hasNext()) {
        const auto match = ot.next();
        filled += out.mid(last, match.capturedStart() - last);
        filled += values.value(match.captured(1), QStringLiteral("3"));
        last = match.capturedEnd();
    }
    filled += out.mid(last);
    return filled;
}

namespace {

/// A Qt date, clock or locale pattern ("yyyy年M月d日", "HH:mm", "zh_CN") is never heard as
/// such: what it formats is (dates are in the placeholders' values). Known by its comment
/// (<comment>, or lupdate's <extracomment> from a //: comment) or by its own letters, so a
/// regenerated catalogue that moves the comment still leaves it out.
bool isFormatPattern(const QString &comments, const QString &translation)
{
    static const QRegularExpression byComment(QStringLiteral("format, as |locale of"));
    static const QRegularExpression byLetters(
            QStringLiteral("^(?:[a-z]{2,3}_[A-Z]{2}|.*(?:yyyy|dddd|MMMM|HH:mm|hh:mm|M月d日).*)$"));
    return byComment.match(comments).hasMatch() || byLetters.match(translation.trimmed()).hasMatch();
}

} // namespace

QList<Sentence> collect(const QString &tsFile, QStringList *untranslated)
{
    QList<Sentence> sentences;
    QSet<QString> seen;
    auto add = [&](const QString &where, const QString &text) {
        QString spoken = text;
        spoken.replace(u'\n', u' ');
        spoken = spoken.trimmed();
        if (spoken.isEmpty() || seen.contains(spoken))
            return;
        seen.insert(spoken);
        sentences.append({where, spoken});
    };

    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const StaffScope scope = staffScope();
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    QStringList translations;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() && !xml.isEndElement())
            continue;
        const auto name = xml.name();
        if (xml.isStartElement() && name == u"name") {
            context = xml.readElementText();
        } else if (xml.isStartElement() && name == u"message") {
            source.clear();
            comment.clear();
            translations.clear();
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.isStartElement() && (name == u"comment" || name == u"extracomment")) {
            comment += xml.readElementText() + u'\n';
        } else if (xml.isStartElement() && name == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            if (type == u"vanished" || type == u"obsolete") {
                xml.skipCurrentElement();
                continue;
            }
            if (numerus)
                continue; // each <numerusform> is a sentence of its own
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                translations << text;
        } else if (xml.isStartElement() && name == u"numerusform") {
            const QString text = xml.readElementText();
            if (!text.trimmed().isEmpty())
                translations << text;
        } else if (xml.isEndElement() && name == u"message") {
            if (isStaff(scope, context, source))
                continue;
            // Not yet translated (a new word before the catalogue is finished): the kiosk
            // shows and speaks the English source; listed by the test, not compared.
            if (translations.isEmpty() && untranslated && !source.trimmed().isEmpty())
                untranslated->append(context + QStringLiteral(": ") + source);
            for (const QString &translation : std::as_const(translations))
                if (!isFormatPattern(comment, translation))
                    add(context + QStringLiteral(": ") + source, fillPlaceholders(source, translation));
        }
    }
    for (const QString &key : AnnouncerPhrases::keys()) {
        const QString english = AnnouncerPhrases::text(key, u"en");
        add(QStringLiteral("AnnouncerPhrases %1: %2").arg(key, english),
            fillPlaceholders(english, AnnouncerPhrases::text(key, u"zh")));
    }
    return sentences;
}

} // namespace visitorsentences
