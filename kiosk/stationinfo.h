// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

/// @brief The station's name in both languages, for the top bar.
class StationInfo : public QObject, public ProcessSingleton<StationInfo>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString nameZh READ nameZh NOTIFY namesChanged)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY namesChanged)

public:
    void setNames(const QString &zh, const QString &en);
    [[nodiscard]] QString nameZh() const { return m_nameZh; }
    [[nodiscard]] QString nameEn() const { return m_nameEn; }

signals:
    void namesChanged();

private:
    friend class ProcessSingleton<StationInfo>;
    explicit StationInfo(QObject *parent = nullptr);

    QString m_nameZh = QStringLiteral("示范社区残疾人服务站");
    QString m_nameEn = QStringLiteral("Demo community service station");
};
