// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinyinreference.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

PinyinReference::PinyinReference(QString folder) : m_folder(std::move(folder))
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        m_node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
}

QString PinyinReference::unavailableReason() const
{
    if (m_node.isEmpty())
        return QStringLiteral("node is not installed (Debian packages nodejs and npm)");
    if (!QFile::exists(QDir(m_folder).filePath(QStringLiteral("node_modules/pinyin-pro/package.json"))))
        return QStringLiteral("pinyin-pro is not installed: run `npm ci` in %1").arg(m_folder);
    return {};
}

QList<QList<PinyinReference::Syllable>> PinyinReference::read(const QStringList &lines, QString *error) const
{
    QProcess node;
    node.setWorkingDirectory(m_folder);
    node.start(m_node, {QDir(m_folder).filePath(QStringLiteral("reference-pinyin.js"))});
    if (!node.waitForStarted()) {
        *error = node.errorString();
        return {};
    }
    node.write(lines.join(u'\n').toUtf8() + '\n');
    node.closeWriteChannel();
    if (!node.waitForFinished(120000) || node.exitCode() != 0) {
        *error = QString::fromUtf8(node.readAllStandardError());
        return {};
    }
    QStringList outLines = QString::fromUtf8(node.readAllStandardOutput()).split(u'\n');
    if (!outLines.isEmpty() && outLines.last().isEmpty())
        outLines.removeLast();
    if (outLines.size() != lines.size()) {
        *error = QStringLiteral("%1 lines in, %2 out").arg(lines.size()).arg(outLines.size());
        return {};
    }
    QList<QList<Syllable>> out;
    for (const QString &line : std::as_const(outLines)) {
        QList<Syllable> syllables;
        for (const QString &token : line.split(u' ', Qt::SkipEmptyParts)) {
            const qsizetype eq = token.indexOf(u'=');
            if (eq == 1)
                syllables.append({token.front(), token.mid(2)});
        }
        out.append(syllables);
    }
    return out;
}
