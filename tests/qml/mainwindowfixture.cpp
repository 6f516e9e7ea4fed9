// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"

#include "accessibility/linebreaking.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/kioskconfig.h"
#include "kiosk/kioskruntime.h"
#include "kiosk/kioskservices.h"
#include "kiosk/languagecontroller.h"
#include "kiosk/session.h"

#include <QCoreApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Kiosk_AccessibilityPlugin)
Q_IMPORT_QML_PLUGIN(Kiosk_AppPlugin)
Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {

bool shownOnScreen(const QQuickItem *item)
{
    for (const QQuickItem *it = item; it; it = it->parentItem())
        if (!it->isVisible() || it->opacity() <= 0.0)
            return false;
    return true;
}

void collectTexts(QQuickItem *item, QStringList &texts)
{
    if (!shownOnScreen(item))
        return;
    if (item->inherits("QQuickText")) {
        // As read: without the line-break controls the kiosk puts between a word's characters.
        const QString text = LineBreaking::withoutJoiners(item->property("text").toString());
        // Pictograms are ligature names in the icon font, not words a visitor reads.
        if (!text.isEmpty() && item->property("font").value<QFont>().family() != u"Material Icons")
            texts << text;
    }
    for (QQuickItem *child : item->childItems())
        collectTexts(child, texts);
}

QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

KioskConfig fixtureConfig()
{
    KioskConfig config;
    config.storePath = MainWindowFixture::storePath();
    config.readerTransport = QStringLiteral("simulated");
    config.serverUrl.clear(); // the window tests run without a central server; sync has its own tests
    return config;
}

} // namespace

MainWindowFixture::MainWindowFixture(const QString &startPage, const std::function<void()> &beforeLoad)
{
    Session::instance()->end();
    // One runtime for the test process, as in the kiosk: it ties session end to the resets.
    static KioskRuntime runtime{KioskConfig{}};
    // And, as in the kiosk, the store (demo data, in a temporary folder) and the reader
    // thread (the simulated reader, so no USB device is needed).
    static KioskServices *services = [] {
        auto *started = new KioskServices(fixtureConfig());
        started->start();
        // Closed while Qt's SQL driver and the event loop still exist, not after main().
        qAddPostRoutine([] { delete services; });
        return started;
    }();
    if (beforeLoad)
        beforeLoad();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_languages = std::make_unique<LanguageController>(VisitorSettings::instance(), m_engine.get());
    m_engine->setInitialProperties({{QStringLiteral("startPage"), startPage},
                                    {QStringLiteral("fullScreen"), false},
                                    {QStringLiteral("width"), 1920},
                                    {QStringLiteral("height"), 1080}});
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Kiosk/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        qFatal("Main.qml did not load");
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    m_window->requestActivate();
    if (!QTest::qWaitForWindowExposed(m_window))
        qFatal("the window was never shown");
}

MainWindowFixture::~MainWindowFixture()
{
    Session::instance()->end();
}

QString MainWindowFixture::storePath()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("kiosk.db"));
}

QQuickItem *MainWindowFixture::find(const QString &objectName) const
{
    return findItem(m_window->contentItem(), objectName);
}

QStringList MainWindowFixture::visibleTexts() const
{
    QStringList texts;
    collectTexts(m_window->contentItem(), texts);
    return texts;
}

QString MainWindowFixture::pageTitle() const
{
    const QQuickItem *title = find(QStringLiteral("pageTitle"));
    return title ? LineBreaking::withoutJoiners(title->property("text").toString()) : QString();
}

QQuickItem *MainWindowFixture::focusedItem() const
{
    return m_window->activeFocusItem();
}
