// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/catalogues.h"

#include "core/translatabletext.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace {

const QString kFolder = QStringLiteral(":/i18n");

// Texts are resolved on the GUI thread and, for log lines, on workers: the translators are
// loaded once per language under a lock and never unloaded.
QMutex g_lock;
QHash<QString, std::shared_ptr<QTranslator>> g_translators;

QString normalized(QStringView language)
{
    // "en-GB" and "en_GB" are one language; an empty one is the kiosk's default.
    QString out = language.toString();
    out.replace(u'-', u'_');
    return out.isEmpty() ? QStringLiteral("zh") : out;
}

const QTranslator *translatorFor(const QString &language)
{
    QMutexLocker lock(&g_lock);
    auto it = g_translators.find(language);
    if (it == g_translators.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QLocale(language), QStringLiteral("kiosk"), QStringLiteral("_"), kFolder))
            translator.reset();
        it = g_translators.insert(language, translator);
    }
    return it->get();
}

// A language without a catalogue reads Mandarin, the kiosk's default, on screen and in the
// C++ tables alike.
const QTranslator *catalogueOrDefault(QStringView language)
{
    const QTranslator *translator = translatorFor(normalized(language));
    return translator ? translator : translatorFor(QStringLiteral("zh"));
}

} // namespace

void Catalogues::install()
{
    if (!core::TranslatableText::hasTranslator())
        core::TranslatableText::setTranslator(&Catalogues::translate);
}

QString Catalogues::translate(QStringView language, const char *context, const char *source,
                              const char *disambiguation)
{
    const QTranslator *translator = catalogueOrDefault(language);
    return translator ? translator->translate(context, source, disambiguation) : QString();
}

QString Catalogues::catalogueFor(QStringView language)
{
    const QTranslator *translator = catalogueOrDefault(language);
    return translator ? QFileInfo(translator->filePath()).completeBaseName() : QString();
}
