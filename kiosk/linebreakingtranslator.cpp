// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/linebreakingtranslator.h"

#include "accessibility/linebreaking.h"
#include "translations/catalogues.h"

QString LineBreakingTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                          int n) const
{
    // Only the kiosk's own messages: a message the catalogue lacks (Qt's own warnings, which
    // go to the log) stays empty, and Qt shows its source as it is.
    const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
    return translated.isEmpty() ? translated : LineBreaking::keepTogether(translated);
}

QString LineBreakingTranslator::translateText(QStringView language, const char *context, const char *source,
                                              const char *disambiguation)
{
    const QString translated = Catalogues::translate(language, context, source, disambiguation);
    return translated.isEmpty() ? translated : LineBreaking::keepTogether(translated);
}
