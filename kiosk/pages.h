// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/// @brief The page catalogue as QML sees it: titles and pictograms in the visitor's language,
/// the home tiles, and the QML file the window loads for a page name.
class Pages : public QObject, public ProcessSingleton<Pages>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Plain QVariant (a JavaScript object in QML): looked up by page name, `Pages.titles[name]`.
    Q_PROPERTY(QVariant titles READ titles NOTIFY languageChanged)
    Q_PROPERTY(QVariant subtitles READ subtitles NOTIFY languageChanged)
    Q_PROPERTY(QVariant icons READ icons CONSTANT)
    /// Why the identify page asks, for the pages that say so (PageCatalogue::Entry::whyIdentify).
    Q_PROPERTY(QVariant whyIdentify READ whyIdentify NOTIFY languageChanged)
    Q_PROPERTY(QStringList homeTiles READ homeTiles CONSTANT)

public:
    [[nodiscard]] QVariant titles() const;
    [[nodiscard]] QVariant subtitles() const;
    [[nodiscard]] QVariant icons() const;
    [[nodiscard]] QVariant whyIdentify() const;
    [[nodiscard]] QStringList homeTiles() const;

    /// The page's QML file in the Kiosk module; empty for a name that is not a loader page.
    Q_INVOKABLE QUrl source(const QString &name) const;
    Q_INVOKABLE bool isStaffPage(const QString &name) const;

signals:
    /// The catalogue switched: every title is to be read again.
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class ProcessSingleton<Pages>;
    explicit Pages(QObject *parent = nullptr);
};
