// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translatabletext.h"

#include <QLocale>

#include <atomic>
#include <variant>

namespace core {

namespace {

std::atomic<TranslatableText::Translator> g_translator{nullptr};

QString lookUp(QStringView language, const char *context, const char *source, const char *disambiguation,
               bool *translated = nullptr)
{
    if (translated)
        *translated = false;
    if (!source)
        return {};
    const auto translator = g_translator.load();
    if (translator && context) {
        QString out = translator(language, context, source, disambiguation);
        if (!out.isEmpty()) {
            if (translated)
                *translated = true;
            return out;
        }
    }
    return QString::fromUtf8(source);
}

// Each language's date format, as QDate::toString() reads it ("yyyy年M月d日" in Mandarin).
const TranslatableText kDateFormat = TranslatableText::translate(
    "core::TranslatableText", "d MMMM yyyy", "date format, as QDate::toString() reads it");

// Replaces %1..%99 by position, so a translation may put the arguments in another order or
// leave one out (the Mandarin date does not name the month).
QString fill(const QString &pattern, const QStringList &values)
{
    if (values.isEmpty())
        return pattern;
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'%' && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < pattern.size() && end < i + 3 && pattern[end].isDigit())
                number = number * 10 + pattern[end++].digitValue();
            if (number >= 1 && number <= values.size()) {
                out += values[number - 1];
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

/// One argument of a text: plain, data in both languages, another text or a date.
struct TranslatableTextArgument
{
    std::variant<QString, LocalizedText, TranslatableText, QDate> value;

    QString in(QStringView language) const
    {
        if (const auto *text = std::get_if<QString>(&value))
            return *text;
        if (const auto *data = std::get_if<LocalizedText>(&value))
            return data->in(language);
        if (const auto *nested = std::get_if<TranslatableText>(&value))
            return nested->in(language);
        const QDate date = std::get<QDate>(value);
        if (!date.isValid())
            return {};
        // The format is a catalogue entry too, and month names come from the language's locale;
        // without a translation it is the English format with English month names.
        bool translated = false;
        const QString format = lookUp(language, kDateFormat.context(), kDateFormat.source(),
                                      kDateFormat.disambiguation(), &translated);
        return (translated ? QLocale(language.toString()) : QLocale(QLocale::English)).toString(date, format);
    }

    QString english() const
    {
        if (const auto *text = std::get_if<QString>(&value))
            return *text;
        if (const auto *data = std::get_if<LocalizedText>(&value))
            return data->en;
        if (const auto *nested = std::get_if<TranslatableText>(&value))
            return nested->english();
        const QDate date = std::get<QDate>(value);
        return date.isValid() ? QLocale(QLocale::English).toString(date, kDateFormat.english()) : QString();
    }

    bool operator==(const TranslatableTextArgument &other) const { return value == other.value; }
};

TranslatableText TranslatableText::translate(const char *context, const char *source, const char *disambiguation)
{
    TranslatableText out;
    out.m_context = context;
    out.m_source = source;
    out.m_disambiguation = disambiguation;
    return out;
}

TranslatableText TranslatableText::date(QDate date)
{
    if (!date.isValid())
        return {};
    TranslatableText out;
    out.m_source = "%1"; // no context: nothing to look up but the date's format
    return out.arg(date);
}

TranslatableText TranslatableText::with(TranslatableTextArgument argument) const
{
    TranslatableText out = *this;
    out.m_arguments.append(std::make_shared<const TranslatableTextArgument>(std::move(argument)));
    return out;
}

TranslatableText TranslatableText::arg(const QString &value) const
{
    return with({value});
}

TranslatableText TranslatableText::arg(qint64 value, int fieldWidth, int base, QChar fill) const
{
    return with({QStringLiteral("%1").arg(value, fieldWidth, base, fill)});
}

TranslatableText TranslatableText::arg(const LocalizedText &value) const
{
    return with({value});
}

TranslatableText TranslatableText::arg(const TranslatableText &value) const
{
    return with({value});
}

TranslatableText TranslatableText::arg(QDate value) const
{
    return with({value});
}

QString TranslatableText::in(QStringView language) const
{
    if (isEmpty())
        return {};
    QStringList values;
    for (const auto &argument : m_arguments)
        values << argument->in(language);
    return fill(lookUp(language, m_context, m_source, m_disambiguation), values);
}

QString TranslatableText::english() const
{
    if (isEmpty())
        return {};
    QStringList values;
    for (const auto &argument : m_arguments)
        values << argument->english();
    return fill(QString::fromUtf8(m_source), values);
}

bool TranslatableText::operator==(const TranslatableText &other) const
{
    const auto same = [](const char *a, const char *b) { return (a ? QByteArrayView(a) : QByteArrayView()) == (b ? QByteArrayView(b) : QByteArrayView()); };
    if (!same(m_context, other.m_context) || !same(m_source, other.m_source)
        || !same(m_disambiguation, other.m_disambiguation) || m_arguments.size() != other.m_arguments.size())
        return false;
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        if (!(*m_arguments[i] == *other.m_arguments[i]))
            return false;
    }
    return true;
}

void TranslatableText::setTranslator(Translator translator)
{
    g_translator.store(translator);
}

bool TranslatableText::hasTranslator()
{
    return g_translator.load() != nullptr;
}

} // namespace core
