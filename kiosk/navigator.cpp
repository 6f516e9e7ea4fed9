// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/navigator.h"

#include "accessibility/announcer.h"
#include "kiosk/pagecatalogue.h"
#include "kiosk/staffmode.h"
#include "kiosk/visitoridentity.h"

namespace {
const QStringList identifySteps{QStringLiteral("identify"), QStringLiteral("idnumber")};
}

Navigator::Navigator(QObject *parent)
    : QObject(parent)
{
}

QString Navigator::pendingPage() const
{
    return m_pending.isEmpty() ? QStringLiteral("certificate") : m_pending;
}

void Navigator::show(QStringList pages)
{
    if (pages.isEmpty())
        pages = {QStringLiteral("home")};
    // The announcer goes quiet before a staff page arrives, never after it has spoken; leaving
    // the staff pages locks staff mode again.
    const auto next = PageCatalogue::find(pages.constLast());
    const bool staff = next && next->staffOnly;
    Announcer::instance()->setStaffMode(staff);
    if (!staff && StaffMode::instance()->active())
        StaffMode::instance()->leave();
    if (pages == m_history)
        return;
    m_history = std::move(pages);
    emit historyChanged();
}

void Navigator::open(const QString &name)
{
    const auto entry = PageCatalogue::find(name);
    if (!entry || entry->component.isEmpty() || name == currentPage())
        return;
    if (entry->needsIdentity && !VisitorIdentity::instance()->present()) {
        m_pending = name;
        show(m_history + QStringList{QStringLiteral("identify")});
        return;
    }
    show(m_history + QStringList{name});
}

void Navigator::identifyFor(const QString &page, const QString &step)
{
    if (!identifySteps.contains(step) || !PageCatalogue::find(page))
        return;
    m_pending = page;
    show(m_history + QStringList{step});
}

void Navigator::finishStep(const QStringList &steps, const QString &name)
{
    QStringList pages;
    for (const QString &page : std::as_const(m_history))
        if (!steps.contains(page) && page != name)
            pages.append(page);
    pages.append(name);
    show(pages);
}

void Navigator::identified()
{
    static const QStringList waysToIdentify{QStringLiteral("home"), QStringLiteral("identify"), QStringLiteral("idnumber")};
    if (!waysToIdentify.contains(currentPage()))
        return;
    const QString target = pendingPage();
    m_pending.clear();
    finishStep(identifySteps, target);
}

void Navigator::back()
{
    if (!canGoBack())
        return;
    QStringList pages = m_history;
    pages.removeLast();
    // Back out of the identify steps forgets where they were leading.
    if (!identifySteps.contains(pages.constLast()))
        m_pending.clear();
    show(pages);
}

void Navigator::home()
{
    m_pending.clear();
    show({QStringLiteral("home")});
}


