// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// @brief The independent reading: pinyin-pro (npm, run by node) for lines of Mandarin.
///
/// reference/reference-pinyin.js reads the lines on stdin and prints, per line, each Chinese
/// character with its pinyin ("字=zi4", tone 0 = neutral). The node modules come from
/// `npm ci` in tests/accessibility/speech/reference (scripts/common.sh runs it).
class PinyinReference
{
public:
    struct Syllable
    {
        QChar character;
        QString pinyin; ///< "zhong1", "de0"
    };

    explicit PinyinReference(QString folder);

    /// Why the reference cannot run here (node or the modules missing); empty when it can.
    [[nodiscard]] QString unavailableReason() const;

    /// One list per line of `lines`; empty with `error` set when node failed.
    [[nodiscard]] QList<QList<Syllable>> read(const QStringList &lines, QString *error) const;

private:
    QString m_folder;
    QString m_node;
};
