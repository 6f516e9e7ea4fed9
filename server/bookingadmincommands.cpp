// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/bookingadmincommands.h"

#include "server/bookingdesk.h"
#include "server/catalogue.h"
#include "server/database.h"
#include "server/servicecsv.h"
#include "server/slotboard.h"
#include "server/stationclock.h"
#include "server/stationoption.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QDate>
#include <QFile>

namespace server {

QStringList BookingAdminCommands::flagNames()
{
    return {QStringLiteral("bookable"), QStringLiteral("walk-in"), QStringLiteral("refused")};
}

QString BookingAdminCommands::usage()
{
    return QStringLiteral(
        "  service-add --code C --category K --name-zh T --name-en T [--official-zh T --official-en T]\n"
        "              [--offers-zh T --offers-en T] [--eligibility-zh T --eligibility-en T] [--bring-zh T --bring-en T]\n"
        "              [--hours-zh T --hours-en T] [--place-zh T --place-en T] [--weekly \"mon-fri 09:00-11:30,14:00-16:30\"]\n"
        "              [--slot-minutes N] [--capacity N] [--bookable] [--walk-in --prefix A] [--sort N]\n"
        "                                            a city-wide service (replaces one with the same code)\n"
        "  slots-generate --station S --service C --from yyyy-MM-dd --to yyyy-MM-dd\n"
        "                                            bookable times by the weekly pattern; existing ones are kept\n"
        "  day-close --station S --date yyyy-MM-dd [--service C]   that day's times closed (a holiday)\n"
        "  services-import FILE.csv                  the catalogue from CSV (header in server/README.md);\n"
        "                                            nothing is imported when any row is bad\n"
        "  bookings --station S [--refused]          a station's bookings; --refused: the ones to call about, with the phone\n");
}

bool BookingAdminCommands::require(const QStringList &names)
{
    for (const QString &n : names) {
        const bool given = n == u"station" ? !station().isEmpty() : !option(n).isEmpty();
        if (!given) {
            m_err << "missing --" << n << "\n" << usage();
            return false;
        }
    }
    return true;
}

QString BookingAdminCommands::station() const
{
    return stationOption(m_options);
}

bool BookingAdminCommands::run(const QString &command, int *status)
{
    if (command == u"service-add")
        *status = serviceAdd();
    else if (command == u"slots-generate")
        *status = slotsGenerate();
    else if (command == u"day-close")
        *status = dayClose();
    else if (command == u"services-import")
        *status = servicesImport();
    else if (command == u"bookings")
        *status = bookings();
    else
        return false;
    return true;
}

int BookingAdminCommands::serviceAdd()
{
    if (!require({QStringLiteral("code"), QStringLiteral("category"), QStringLiteral("name-zh"), QStringLiteral("name-en")}))
        return 2;
    auto text = [this](const char *stem) {
        const QString s = QLatin1String(stem);
        return core::LocalizedText{option(s + QStringLiteral("-zh")), option(s + QStringLiteral("-en"))};
    };
    ServiceDefinition s;
    s.code = option(QStringLiteral("code"));
    s.category = option(QStringLiteral("category"));
    s.name = text("name");
    s.officialName = text("official");
    s.offers = text("offers");
    s.eligibility = text("eligibility");
    s.whatToBring = text("bring");
    s.openingHours = text("hours");
    s.place = text("place");
    s.weeklyHours = option(QStringLiteral("weekly"));
    s.bookable = m_flags.contains(QStringLiteral("bookable"));
    s.walkIn = m_flags.contains(QStringLiteral("walk-in"));
    s.queuePrefix = option(QStringLiteral("prefix"));
    const std::pair<const char *, int *> numbers[] = {
        {"slot-minutes", &s.slotMinutes}, {"capacity", &s.capacity}, {"sort", &s.sortOrder}};
    for (const auto &[name, target] : numbers) {
        const QString value = option(QLatin1String(name));
        if (value.isEmpty())
            continue;
        bool ok = false;
        *target = value.toInt(&ok);
        if (!ok) {
            m_err << "--" << name << " must be a whole number\n";
            return 2;
        }
    }
    if (const QString problem = s.problem(); !problem.isEmpty()) {
        m_err << problem << "\n";
        return 1;
    }
    Transaction tx(m_db);
    if (!Catalogue(m_db).upsertService(s) || !tx.commit()) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    m_out << "service " << s.code << " saved\n";
    return 0;
}

int BookingAdminCommands::slotsGenerate()
{
    if (!require({QStringLiteral("station"), QStringLiteral("service"), QStringLiteral("from"), QStringLiteral("to")}))
        return 2;
    const QDate from = QDate::fromString(option(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(option(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366) {
        m_err << "--from and --to: days like 2026-07-08, --to not before --from, at most a year apart\n";
        return 2;
    }
    if (!StationRegistry(m_db).info(station())) {
        m_err << "no station " << station() << "\n";
        return 1;
    }
    const auto service = Catalogue(m_db).service(option(QStringLiteral("service")));
    if (!service) {
        m_err << "no service " << option(QStringLiteral("service")) << "\n";
        return 1;
    }
    if (!service->bookable || service->weeklyHours.isEmpty()) {
        m_err << "service " << service->code << " is not bookable or has no weekly pattern to make times from\n";
        return 1;
    }
    Transaction tx(m_db);
    const auto made = SlotBoard(m_db).generate(station(), *service, from, to);
    if (!made || !tx.commit()) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    m_out << "slots created " << made->created << ", already there " << made->kept << "\n";
    return 0;
}

int BookingAdminCommands::dayClose()
{
    if (!require({QStringLiteral("station"), QStringLiteral("date")}))
        return 2;
    const QDate day = QDate::fromString(option(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid()) {
        m_err << "--date: a day like 2026-10-01\n";
        return 2;
    }
    if (day < StationClock::now().date()) {
        m_err << "--date: " << day.toString(Qt::ISODate) << " has passed; close today or a later day\n";
        return 2;
    }
    Transaction tx(m_db);
    const auto closed = SlotBoard(m_db).closeDay(station(), day, option(QStringLiteral("service")));
    if (!closed || !tx.commit()) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    // Bookings already made for that day stay as they are: `admin bookings` lists them for staff.
    if (*closed == 0)
        m_out << "nothing more to close on " << day.toString(Qt::ISODate)
              << ": its times are closed already, or none were made for this station"
              << (option(QStringLiteral("service")).isEmpty() ? "" : " and service") << "\n";
    else
        m_out << "closed " << *closed << " slots on " << day.toString(Qt::ISODate) << "\n";
    return 0;
}

int BookingAdminCommands::servicesImport()
{
    if (!require({QStringLiteral("file")}))
        return 2;
    QFile file(option(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "cannot read " << file.fileName() << ": " << file.errorString() << "\n";
        return 1;
    }
    QStringList problems;
    const auto services = ServiceCsv::read(QString::fromUtf8(file.readAll()), &problems);
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            m_err << p << "\n";
        m_err << "nothing imported: correct the rows above and import the file again\n";
        return 1;
    }
    Transaction tx(m_db);
    Catalogue catalogue(m_db);
    for (const ServiceDefinition &s : services) {
        if (!catalogue.upsertService(s)) {
            m_err << "storage failed, nothing imported: " << m_db.lastError() << "\n";
            return 1;
        }
    }
    if (!tx.commit()) {
        m_err << "storage failed, nothing imported: " << m_db.lastError() << "\n";
        return 1;
    }
    m_out << "imported " << services.size() << " services\n";
    return 0;
}

int BookingAdminCommands::bookings()
{
    if (!require({QStringLiteral("station")}))
        return 2;
    const bool refused = m_flags.contains(QStringLiteral("refused"));
    const auto rows = BookingDesk(m_db).bookings(station(), refused);
    if (!rows) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    if (rows->isEmpty())
        m_out << (refused ? "no refused bookings\n" : "no bookings\n");
    // To the terminal only: the phone is for staff to call the visitor, never for a log.
    for (const auto &r : *rows) {
        m_out << r.code << "  " << r.startsAt.left(16).replace(u'T', u' ') << "  " << r.serviceCode << "  " << r.status;
        if (!r.reason.isEmpty())
            m_out << "  (" << r.reason << ")";
        if (!r.phone.isEmpty())
            m_out << "  phone " << r.phone;
        else if (r.status == u"refused")
            m_out << "  no phone given";
        m_out << "\n";
    }
    return 0;
}

} // namespace server
