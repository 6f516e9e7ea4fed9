// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/givenname.h"

#include <QTest>

using core::GivenName;

/// @brief The given name a visitor is told of their volunteer: never the family name.
class TestGivenName : public QObject
{
    Q_OBJECT

private slots:
    void givenNames_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("given");
        QTest::newRow("two characters") << u"王芳"_qs << u"芳"_qs;
        QTest::newRow("three characters") << u"李小明"_qs << u"小明"_qs;
        QTest::newRow("compound surname") << u"欧阳明"_qs << u"明"_qs;
        QTest::newRow("compound surname, two") << u"司马相如"_qs << u"相如"_qs;
        QTest::newRow("spaced") << u"王 芳"_qs << u"芳"_qs;
        QTest::newRow("latin, family first") << u"Zhou Min"_qs << u"Min"_qs;
        QTest::newRow("one word") << u"Alex"_qs << u"Alex"_qs;
        QTest::newRow("one character") << u"芳"_qs << u"芳"_qs;
        QTest::newRow("empty") << QString() << QString();
    }

    void givenNames()
    {
        QFETCH(QString, full);
        QFETCH(QString, given);
        QCOMPARE(GivenName::of(full), given);
    }
};

QTEST_APPLESS_MAIN(TestGivenName)
#include "tst_givenname.moc"
