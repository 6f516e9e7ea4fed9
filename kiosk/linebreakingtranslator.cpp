// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/linebreakingtranslator.h"

#include "accessibility/linebreaking.h"
#include "translations/catalogues.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace {

/// A catalogue message kept whole, worked out once: ICU's word segmentation is the costly part
/// and a binding asks for the same message at every re-evaluation (each language switch, each
/// row of a list). Keyed by the translated text, so it holds at most the catalogues' messages;
/// translate() may be called from any thread, hence the lock.
QString keptTogether(const QString &translated)
{
    static QMutex lock;
    static QHash<QString, QString> kept;
    const QMutexLocker locked(&lock);
    auto found = kept.constFind(translated);
    if (found == kept.constEnd())
        found = kept.insert(translated, LineBreaking::keepTogether(translated));
    return *found;
}

} // namespace

QString LineBreakingTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                          int n) const
{
    // Only the kiosk's own messages: a message the catalogue lacks (Qt's own warnings, which
    // go to the log) stays empty, and Qt shows its source as it is.
    const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
    return translated.isEmpty() ? translated : keptTogether(translated);
}

QString LineBreakingTranslator::translateText(QStringView language, const char *context, const char *source,
                                              const char *disambiguation)
{
    const QString translated = Catalogues::translate(language, context, source, disambiguation);
    return translated.isEmpty() ? translated : keptTogether(translated);
}
