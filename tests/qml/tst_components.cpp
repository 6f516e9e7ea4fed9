// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the kiosk's QML components (tests in components/tst_*.qml).
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Kiosk_AccessibilityPlugin)
Q_IMPORT_QML_PLUGIN(Kiosk_AppPlugin)
Q_IMPORT_QML_PLUGIN(KioskPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(components, Setup)
#include "tst_components.moc"
