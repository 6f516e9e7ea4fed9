// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// @brief LineBreaking for texts QML puts together itself (a name from the store inside a
/// sentence, two values on one line): `text: LineBreaks.kept(qsTr("…%1").arg(name))`.
///
/// Catalogue messages and the view models' words are kept whole already; this is for the rest.
class LineBreaks : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// Words, numbers and hyphenated words that never break across lines.
    Q_INVOKABLE [[nodiscard]] QString kept(const QString &text) const;
    /// The text as written, without the line-break controls (for comparing or speaking).
    Q_INVOKABLE [[nodiscard]] QString plain(const QString &text) const;
};
