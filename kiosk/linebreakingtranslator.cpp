// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/linebreakingtranslator.h"

#include "accessibility/linebreaking.h"
#include "translations/catalogues.h"

QString LineBreakingTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                          int n) const
{
    const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!translated.isEmpty())
        return LineBreaking::keepTogether(translated);
    // Empty tells Qt to show the source as it is; say something only when it needs joiners.
    const QString source = QString::fromUtf8(sourceText);
    const QString kept = LineBreaking::keepTogether(source);
    return kept == source ? QString() : kept;
}

QString LineBreakingTranslator::translateText(QStringView language, const char *context, const char *source,
                                              const char *disambiguation)
{
    const QString translated = Catalogues::translate(language, context, source, disambiguation);
    return translated.isEmpty() ? translated : LineBreaking::keepTogether(translated);
}
