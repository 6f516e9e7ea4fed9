// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <memory>

namespace core {

struct TranslatableTextArgument;

/// @brief A word or sentence the visitor sees or hears, looked up in the Qt Linguist catalogues
/// when it is shown.
///
/// Domain rules (certificate steps, ID-number errors, card-reader errors) are shared with the
/// server, which loads no translator, so they cannot call tr() when they are made. They keep
/// the catalogue message instead (context, English source, arguments) and resolve it with
/// in(language) at display time, through the hook the kiosk installs; without a hook (the
/// server, command-line tools) the English source is used. A third language is one more
/// catalogue, no code.
///
/// Make one with translate(): lupdate reads `translate("context", "source"[, "disambiguation"])`
/// calls like QCoreApplication::translate(), so every literal lands in translations/*.ts.
class TranslatableText
{
public:
    /// Returns the translation of `source` in `context` for `language` ("zh", "en" ...), or an
    /// empty string when that language has no translation for it.
    using Translator = QString (*)(QStringView language, const char *context, const char *source,
                                   const char *disambiguation);

    TranslatableText() = default;

    /// The catalogue message `source` (English) of `context`. All three must be string
    /// literals: they are kept, not copied.
    [[nodiscard]] static TranslatableText translate(const char *context, const char *source,
                                                    const char *disambiguation = nullptr);

    /// A date alone, in the language's own date format; empty for an invalid date.
    [[nodiscard]] static TranslatableText date(QDate date);

    /// Fill the lowest unfilled %1..%99, as QString::arg() does; a translation may reorder or
    /// leave out placeholders.
    [[nodiscard]] TranslatableText arg(const QString &value) const;
    [[nodiscard]] TranslatableText arg(qint64 value, int fieldWidth = 0, int base = 10, QChar fill = u' ') const;
    /// Data in both languages (a place name, a service) inside the sentence.
    [[nodiscard]] TranslatableText arg(const LocalizedText &value) const;
    /// Another catalogue text inside the sentence, in the same language.
    [[nodiscard]] TranslatableText arg(const TranslatableText &value) const;
    /// A date in the language's own date format ("7 March 2025", "2025年3月7日").
    [[nodiscard]] TranslatableText arg(QDate value) const;

    /// The text in `language`; the English source where no translation is found.
    [[nodiscard]] QString in(QStringView language) const;
    /// The English source with its arguments filled in: for logs and for the server.
    [[nodiscard]] QString english() const;

    [[nodiscard]] bool isEmpty() const { return !m_source || !*m_source; }
    [[nodiscard]] const char *context() const { return m_context; }
    [[nodiscard]] const char *source() const { return m_source; }
    [[nodiscard]] const char *disambiguation() const { return m_disambiguation; }

    bool operator==(const TranslatableText &other) const;

    /// Installed once by the kiosk at start-up, before any text is shown.
    static void setTranslator(Translator translator);
    [[nodiscard]] static bool hasTranslator();

private:
    const char *m_context = nullptr;
    const char *m_source = nullptr;
    const char *m_disambiguation = nullptr;
    QList<std::shared_ptr<const TranslatableTextArgument>> m_arguments;

    [[nodiscard]] TranslatableText with(TranslatableTextArgument argument) const;
};


} // namespace core

Q_DECLARE_METATYPE(core::TranslatableText)
