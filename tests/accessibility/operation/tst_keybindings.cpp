// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/keybindings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// @brief The keypad's one binding table: complete, without collisions, configurable.
class TestKeyBindings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsBindEveryActionWithoutCollisions()
    {
        const KeyBindings table = KeyBindings::defaults();
        QCOMPARE(table.collisions(), QStringList{});
        for (KeyBindings::Action action : KeyBindings::allActions())
            QVERIFY2(!table.keys(action).isEmpty(), qPrintable(KeyBindings::actionName(action) + QStringLiteral(" has no key")));
        // The EZ Access essentials.
        QCOMPARE(table.action(Qt::Key_Tab), KeyBindings::Action::NextItem);
        QCOMPARE(table.action(Qt::Key_Backtab), KeyBindings::Action::PreviousItem);
        // The arrows move on the screen (up, down, left, right), not in reading order.
        QCOMPARE(table.action(Qt::Key_Down), KeyBindings::Action::MoveDown);
        QCOMPARE(table.action(Qt::Key_Up), KeyBindings::Action::MoveUp);
        QCOMPARE(table.action(Qt::Key_Left), KeyBindings::Action::MoveLeft);
        QCOMPARE(table.action(Qt::Key_Right), KeyBindings::Action::MoveRight);
        QCOMPARE(table.action(Qt::Key_Return), KeyBindings::Action::Select);
        QCOMPARE(table.action(Qt::Key_Escape), KeyBindings::Action::Back);
        QCOMPARE(table.action(Qt::Key_F1), KeyBindings::Action::Help);
        QCOMPARE(table.action(Qt::Key_F2), KeyBindings::Action::Repeat);
        // Digits and letters type ID numbers: never navigation.
        for (int key = Qt::Key_0; key <= Qt::Key_9; ++key)
            QCOMPARE(table.action(key), KeyBindings::Action::None);
        QCOMPARE(table.action(Qt::Key_X), KeyBindings::Action::None);
    }

    void collisionsAreFoundAndRefused()
    {
        KeyBindings table = KeyBindings::defaults();
        QString problem;
        QVERIFY(!table.rebind(KeyBindings::Action::Repeat, {QKeyCombination(Qt::Key_F1)}, &problem));
        QVERIFY2(problem.contains(u"help"), qPrintable(problem));
        QVERIFY(!table.rebind(KeyBindings::Action::Repeat, {QKeyCombination(Qt::Key_5)}, &problem));
        QVERIFY(table.rebind(KeyBindings::Action::Repeat, {QKeyCombination(Qt::Key_F2), QKeyCombination(Qt::Key_Period)}));
        QCOMPARE(table.action(Qt::Key_Period), KeyBindings::Action::Repeat);
        QCOMPARE(table.collisions(), QStringList{});
    }

    void theStationRebindsKeysInItsIniFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.ini"));
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.setValue(QStringLiteral("keypad/repeat"), QStringLiteral("F2, ."));
            ini.setValue(QStringLiteral("keypad/help"), QStringLiteral("F2"));        // taken by repeat
            ini.setValue(QStringLiteral("keypad/dance"), QStringLiteral("F20"));      // no such action
            ini.setValue(QStringLiteral("keypad/home"), QStringLiteral("NoSuchKey")); // not a key
        }
        QSettings ini(path, QSettings::IniFormat);
        QStringList problems;
        const KeyBindings table = KeyBindings::fromSettings(ini, &problems);
        QCOMPARE(table.action(Qt::Key_Period), KeyBindings::Action::Repeat);
        QCOMPARE(table.action(Qt::Key_F1), KeyBindings::Action::Help); // refused: kept
        QCOMPARE(table.action(Qt::Key_Home), KeyBindings::Action::Home);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(table.collisions(), QStringList{});
    }

    void aCollisionInATableIsReported()
    {
        // The same key twice in one action is caught as well as across actions.
        KeyBindings broken;
        QVERIFY(broken.rebind(KeyBindings::Action::Help, {QKeyCombination(Qt::Key_F1)}));
        QVERIFY(broken.rebind(KeyBindings::Action::Repeat, {QKeyCombination(Qt::Key_F2), QKeyCombination(Qt::Key_F2)}));
        QCOMPARE(broken.collisions().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeyBindings)
#include "tst_keybindings.moc"
