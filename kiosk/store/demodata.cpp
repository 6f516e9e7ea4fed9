// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/demodata.h"

#include "core/democertificates.h"
#include "core/masking.h"
#include "kiosk/store/demohelprequests.h"
#include "kiosk/store/sqlvalues.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

namespace store {

namespace {

using core::CertificateState;
using core::DisabilityCategory;
using core::ServiceCategory;

core::LocalizedText t(const char *zh, const char *en)
{
    return {QString::fromUtf8(zh), QString::fromUtf8(en)};
}

const core::LocalizedText kWeekdayHours = t("周一至周五 9:00-11:30，14:00-17:00（节假日除外）",
                                            "Monday to Friday 9:00-11:30 and 14:00-17:00, except public holidays");

/// A bookable service's weekly pattern: which weekdays (1 = Monday), which start times.
struct Schedule
{
    QList<int> weekdays;
    QList<QTime> starts;
    int minutes = 60;
    int capacity = 4;
};

struct DemoService
{
    ServiceOffer offer;
    Schedule schedule;
};

/// Where each demo service is, its official term, its weekly hours (core::WeeklyHours text, the
/// same times as its opening-hours sentence) and whether it gives walk-in numbers.
struct DemoDetails
{
    const char *id;
    const char *officialZh;
    const char *officialEn;
    const char *placeZh;
    const char *placeEn;
    const char *weeklyHours;
    const char *queuePrefix; ///< empty: no walk-in numbers
};

const char kWeekdays[] = "mon-fri 09:00-11:30,14:00-17:00";

const DemoDetails kDetails[] = {
    {"rehab-training", "社区康复服务", "Community rehabilitation service", "康复室（一楼东侧）",
     "Rehabilitation room (ground floor, east side)", kWeekdays, ""},
    {"assistive-devices", "辅助器具适配服务", "Assistive device fitting service", "3 号窗口", "Window 3", kWeekdays, "C"},
    {"social-insurance", "残疾人社会保障经办", "Social security services for disabled persons", "2 号窗口", "Window 2",
     kWeekdays, "A"},
    {"employment", "残疾人就业服务", "Employment services for disabled persons", "就业服务室（二楼 201）",
     "Employment room (first floor, 201)", kWeekdays, ""},
    {"day-care", "残疾人日间照料", "Day care for disabled persons", "阳光家园（一楼西侧）",
     "Sunshine Home (ground floor, west side)", "mon-fri 08:30-16:30", ""},
    {"culture-sports", "残疾人文化体育服务", "Culture and sports services for disabled persons", "活动室（二楼 203）",
     "Activity room (first floor, 203)", "mon-sun 09:00-17:00", ""},
    {"legal-aid", "法律援助", "Legal aid", "调解室（二楼 205）", "Mediation room (first floor, 205)", "wed 14:00-17:00", ""},
    {"home-accessibility", "家庭无障碍改造", "Home accessibility adaptation", "1 号窗口", "Window 1", kWeekdays, ""},
    {"home-visits", "残疾人上门服务", "Home services for disabled persons", "1 号窗口", "Window 1", kWeekdays, ""},
    {"certificate", "残疾人证办理", "Disability certificate services", "1 号窗口", "Window 1", kWeekdays, "B"},
    {"disability-assessment", "残疾评定", "Disability assessment", "和平区中心医院（指定评定机构）",
     "Heping District Central Hospital (designated assessment hospital)", "mon-fri 08:30-11:30", ""},
};

void addDetails(ServiceOffer &offer)
{
    for (const DemoDetails &d : kDetails) {
        if (offer.id != QLatin1String(d.id))
            continue;
        offer.officialName = t(d.officialZh, d.officialEn);
        offer.place = t(d.placeZh, d.placeEn);
        offer.weeklyHours = QString::fromLatin1(d.weeklyHours);
        offer.queuePrefix = QString::fromLatin1(d.queuePrefix);
        offer.walkIn = !offer.queuePrefix.isEmpty();
    }
}

/// The demo's holiday: the first working day four or more days after the first slot day, so
/// today and the next days stay bookable and a closed day is there to see.
QDate demoHoliday(QDate firstSlotDay)
{
    QDate day = firstSlotDay.addDays(4);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

QList<DemoService> demoServices()
{
    const QList<int> weekdays{1, 2, 3, 4, 5};
    const QList<QTime> fourTimes{QTime(9, 0), QTime(10, 0), QTime(14, 0), QTime(15, 0)};
    QList<DemoService> s;
    int order = 0;
    auto add = [&](const char *id, ServiceCategory category, core::LocalizedText name, core::LocalizedText offers,
                   core::LocalizedText eligibility, core::LocalizedText bring, core::LocalizedText hours,
                   std::optional<Schedule> schedule) {
        ServiceOffer o{QString::fromLatin1(id), category, name, offers, eligibility, bring, hours, schedule.has_value(),
                       order += 10};
        addDetails(o);
        s.append({o, schedule.value_or(Schedule{})});
    };

    add("rehab-training", ServiceCategory::Rehabilitation, t("康复训练指导", "Rehabilitation exercises"),
        t("康复师一对一指导训练，教家属做家庭康复。", "A therapist guides your exercises one to one and shows your family how to help at home."),
        t("持残疾人证的居民，以及正在办证的居民。", "Residents with a disability certificate, or applying for one."),
        t("残疾人证、身份证、近期病历。", "Your disability certificate, ID card and recent medical records."),
        kWeekdayHours, Schedule{weekdays, fourTimes, 60, 3});
    add("assistive-devices", ServiceCategory::Rehabilitation, t("辅助器具评估与借用", "Assistive devices: fitting and loan"),
        t("轮椅、助行器、助听器、放大镜、盲杖等的评估、适配和短期借用。",
          "Assessment, fitting and short-term loan of wheelchairs, walkers, hearing aids, magnifiers and white canes."),
        t("持残疾人证的居民；借用需本人或家属签字。", "Residents with a disability certificate; you or a family member sign for a loan."),
        t("残疾人证、身份证。", "Your disability certificate and ID card."),
        kWeekdayHours, Schedule{{2, 4}, {QTime(9, 30), QTime(14, 30)}, 60, 2});
    add("social-insurance", ServiceCategory::SocialInsurance, t("社保和补贴办理", "Social insurance and allowances"),
        t("城乡居民养老、医疗保险参保缴费补贴；困难残疾人生活补贴和重度残疾人护理补贴的申请。",
          "Help with pension and health insurance contributions, and applying for the living allowance and the care "
          "allowance for severe disability."),
        t("本社区户籍的残疾人。", "Disabled residents registered in this community."),
        t("身份证、户口本、残疾人证、本人银行卡。", "ID card, household register, disability certificate and your bank card."),
        kWeekdayHours, Schedule{weekdays, fourTimes, 30, 4});
    add("employment", ServiceCategory::Employment, t("就业服务", "Finding work"),
        t("就业登记、职业培训报名、岗位推荐，盲人按摩培训介绍。",
          "Registering as a job seeker, signing up for training, job offers, and massage training for blind people."),
        t("16至60岁、有劳动意愿的残疾人。", "Disabled people aged 16 to 60 who want to work."),
        t("身份证、残疾人证、学历或技能证书（如有）。", "ID card, disability certificate, and any school or skills certificates."),
        kWeekdayHours, Schedule{{1, 3, 5}, {QTime(9, 0), QTime(10, 0), QTime(14, 0)}, 60, 3});
    add("day-care", ServiceCategory::DayCare, t("日间照料（阳光家园）", "Day care (Sunshine Home)"),
        t("白天托养照护、午餐、康复和手工活动，家属可以放心上班。",
          "Care during the day with lunch, exercises and handicrafts, so families can go to work."),
        t("智力、精神或重度肢体残疾，生活需要照料的居民。",
          "Residents with intellectual, mental or severe physical disabilities who need daily care."),
        t("残疾人证、身份证、近期体检报告。", "Disability certificate, ID card and a recent health check report."),
        t("周一至周五 8:30-16:30", "Monday to Friday 8:30-16:30"), Schedule{{1, 3}, {QTime(9, 0)}, 60, 2});
    add("culture-sports", ServiceCategory::CultureAndSports, t("文化体育活动", "Culture and sports"),
        t("阅览室（大字书、有声书）、书画和合唱小组、轮椅太极、每年助残日活动。",
          "A reading room with large-print and audio books, painting and choir groups, wheelchair tai chi, and events "
          "on the national day of assistance."),
        t("所有居民，欢迎家属和志愿者一起参加。", "Everyone; families and volunteers are welcome too."),
        t("不用带材料。", "Nothing to bring."),
        t("每天 9:00-17:00", "Every day 9:00-17:00"), std::nullopt);
    add("legal-aid", ServiceCategory::Legal, t("法律咨询和法律援助", "Legal advice and legal aid"),
        t("律师面对面解答法律问题，帮助申请法律援助。", "A lawyer answers your questions in person and helps you apply for legal aid."),
        t("所有残疾人及其家属；法律援助需符合经济困难条件。",
          "Disabled people and their families; legal aid also depends on income."),
        t("身份证、残疾人证、与问题有关的材料。", "ID card, disability certificate, and papers about your question."),
        t("每周三 14:00-17:00 律师值班", "A lawyer is here on Wednesdays 14:00-17:00"),
        Schedule{{3}, {QTime(14, 0), QTime(15, 0), QTime(16, 0)}, 60, 2});
    add("home-accessibility", ServiceCategory::Accessibility, t("家庭无障碍改造", "Making your home accessible"),
        t("上门查看后，免费安装扶手、坡道、浴室防滑和闪光门铃等。",
          "After a visit to your home: free handrails, ramps, non-slip bathrooms and flashing doorbells."),
        t("本社区户籍、自有或长期租住住房的残疾人家庭。",
          "Households with a disabled member, registered here, in a home they own or rent long-term."),
        t("身份证、户口本、残疾人证、房产证或租房合同。", "ID card, household register, disability certificate, and the deed or rental contract."),
        kWeekdayHours, Schedule{{2, 4}, {QTime(10, 0)}, 30, 2});
    add("home-visits", ServiceCategory::HomeVisits, t("上门服务", "Home visits"),
        t("出不了门的居民，可以请工作人员和医生上门评定残疾、送康复和送政策。",
          "If you cannot leave home, staff and doctors can come to assess your disability, bring therapy and explain "
          "what you can apply for."),
        t("行动不便、无法到站的残疾人。", "Disabled people who cannot come to the station."),
        t("身份证、户口本；上门时准备好病历。", "ID card and household register; have your medical records ready for the visit."),
        kWeekdayHours, std::nullopt);
    add("certificate", ServiceCategory::Certificates, t("残疾人证办理", "Disability certificate"),
        t("申请、换领、补办、迁移残疾人证；评定费用减免申请。",
          "Apply for, renew, replace or transfer a disability certificate; ask for the assessment fee to be waived."),
        t("本区户籍居民，自愿申请。", "Residents registered in this district; applying is your choice."),
        t("身份证、户口本、近期2寸白底免冠照片3张；换领请带原证。",
          "ID card, household register, three recent 2-inch photos with a white background; for renewal, the old "
          "certificate."),
        kWeekdayHours, Schedule{weekdays, fourTimes, 30, 4});
    // The assessment for a first certificate: booked here, done by the hospital's doctors.
    add("disability-assessment", ServiceCategory::Assessment, t("残疾评定", "Disability assessment"),
        t("在指定医院由医生评定残疾类别和等级，是办理残疾人证的一步。",
          "Doctors at the designated hospital assess the kind and level of the disability: a step towards the "
          "certificate."),
        t("已申请残疾人证、等待评定的居民。", "Residents who have applied for a certificate and wait for the assessment."),
        t("身份证、户口本、近期病历和检查报告。", "ID card, household register, recent medical records and test reports."),
        t("周一至周五 8:30-11:30（节假日除外）", "Monday to Friday 8:30-11:30, except public holidays"),
        Schedule{weekdays, {QTime(8, 30), QTime(9, 30), QTime(10, 30)}, 60, 2});
    return s;
}

struct DemoVolunteer
{
    const char *number; ///< also the id: the server's volunteer rows are keyed by number
    const char *name;
    const char *givenName;
    int hours;
    const char *skills;
};

// The server's demo seed (kiosk-server admin demo-seed) has the same roster.
const DemoVolunteer kVolunteers[] = {
    {"TJ-V-000101", "王芳", "芳", 120, "accompany_to_hospital,travel_assistance"},
    {"TJ-V-000102", "李强", "强", 350, "reading_and_forms,home_visit"},
    {"TJ-V-000103", "张敏", "敏", 45, "shopping_and_meals"},
    {"TJ-V-000104", "刘洋", "洋", 720, "sign_language"},
    {"TJ-V-000105", "陈静", "静", 1600, "home_visit,reading_and_forms"},
};

} // namespace

const QList<DemoData::DemoPerson> &DemoData::people()
{
    static const QList<DemoPerson> list = [] {
        QList<DemoPerson> out;
        for (const core::DemoCertificate &c : core::DemoCertificates::onePerState())
            out.append({c.idNumber, c.shown});
        return out;
    }();
    return list;
}

QString DemoData::idNumberWithoutCertificate()
{
    return QStringLiteral("120101200107151550");
}

QString DemoData::idNumberWithHelpRequests()
{
    return core::DemoCertificates::all().at(7).idNumber;
}

QString DemoData::volunteerIdNumber()
{
    return core::DemoCertificates::all().at(2).idNumber;
}

QString DemoData::notVolunteerIdNumber()
{
    return core::DemoCertificates::all().at(0).idNumber;
}

QDate DemoData::closedDay(QDate firstSlotDay)
{
    return demoHoliday(firstSlotDay);
}

QStringList DemoData::volunteerNumbers()
{
    QStringList out;
    for (const auto &v : kVolunteers)
        out.append(QString::fromLatin1(v.number));
    return out;
}

Result<void> DemoData::install(Store &store, QDate firstSlotDay)
{
    auto empty = store.isEmpty();
    if (!empty.ok())
        return empty.error();
    if (!empty.value()) {
        return StoreError::make(StoreError::Kind::AlreadyDone, core::TranslatableText::translate("store::DemoData",
                                "The store already has data; the demo data was not installed."));
    }
    const QDateTime now = store.now();
    const QDate today = now.date();

    ChangeSet page;
    page.cursor = QString();
    for (const DemoService &d : demoServices()) {
        page.services.append(d.offer);
        if (!d.offer.bookable)
            continue;
        for (QDate day = firstSlotDay; day < firstSlotDay.addDays(7); day = day.addDays(1)) {
            if (!d.schedule.weekdays.contains(day.dayOfWeek()))
                continue;
            for (QTime start : d.schedule.starts) {
                BookableSlot slot;
                slot.id = QStringLiteral("%1-%2-%3").arg(d.offer.id, day.toString(u"yyyyMMdd"), start.toString(u"HHmm"));
                slot.serviceId = d.offer.id;
                slot.startsAt = QDateTime(day, start);
                slot.endsAt = slot.startsAt.addSecs(qint64(d.schedule.minutes) * 60);
                slot.capacity = d.schedule.capacity;
                // Some places already taken, one slot a day full, so both cases can be tried.
                slot.taken = start == d.schedule.starts.first() ? d.schedule.capacity : (day.day() + start.hour()) % 2;
                slot.closed = day == demoHoliday(firstSlotDay);
                page.bookableSlots.append(slot);
            }
        }
    }

    // The same certificates as the server's demo-seed (core::DemoCertificates).
    for (const core::DemoCertificate &c : core::DemoCertificates::all()) {
        CertificateRecord r;
        r.idHash = store.keyFor(c.idNumber);
        r.maskedId = core::maskIdNumber(c.idNumber);
        r.category = c.category;
        r.level = c.level;
        r.replacement = c.replacement;
        r.state = c.stored;
        r.stateSince = c.stateSinceOn(today);
        r.issuedOn = c.issuedOn(today);
        r.validUntil = c.validUntil(today);
        r.pickupPlace = c.pickupPlace();
        r.updatedAt = now.toUTC();
        page.certificates.append(r);
    }

    for (const DemoVolunteer &v : kVolunteers) {
        page.volunteers.append({QString::fromLatin1(v.number), QString::fromLatin1(v.number), QString::fromUtf8(v.name),
                                core::VolunteerHours::fromHalfHours(qint64(v.hours) * 2),
                                QString::fromLatin1(v.skills).split(u','), QString::fromUtf8(v.givenName)});
    }
    auto assignment = [&](const char *id, const char *volunteer, QTime from, QTime to, const char *helpType,
                          core::LocalizedText title, core::LocalizedText place) {
        Assignment a;
        a.id = QString::fromLatin1(id);
        a.volunteerId = QString::fromLatin1(volunteer);
        a.day = today;
        a.startsAt = QDateTime(today, from);
        a.endsAt = QDateTime(today, to);
        a.helpType = QString::fromLatin1(helpType);
        a.title = title;
        a.place = place;
        page.assignments.append(a);
    };
    const core::LocalizedText station = t("社区服务站", "the community station");
    assignment("asg-1", "TJ-V-000101", QTime(9, 0), QTime(11, 30), "accompany_to_hospital",
               t("陪同居民到区中心医院复诊", "Go with a resident to a check-up at the district hospital"),
               t("区中心医院门诊楼", "District hospital, outpatient building"));
    assignment("asg-2", "TJ-V-000102", QTime(9, 0), QTime(12, 0), "",
               t("站内值班：帮助来访者使用自助机", "Station duty: helping visitors at the kiosk"), station);
    assignment("asg-3", "TJ-V-000103", QTime(14, 0), QTime(16, 0), "shopping_and_meals",
               t("为三位独居老人送午餐和代购", "Meals and shopping for three residents who live alone"),
               t("社区内各户", "Homes in the community"));
    assignment("asg-4", "TJ-V-000104", QTime(10, 0), QTime(11, 0), "sign_language",
               t("社保窗口手语翻译", "Sign-language interpreting at the social-insurance desk"), station);
    assignment("asg-5", "TJ-V-000102", QTime(14, 0), QTime(17, 0), "reading_and_forms",
               t("帮助填写补贴申请表", "Helping fill in allowance forms"), station);

    page.places = DemoHelpRequests::places();

    Database &db = store.database();
    SyncQueue sync(db);
    if (auto applied = sync.apply(page); !applied.ok())
        return applied;

    // The station's own settings, then the help requests of the "issued" demo person, one in
    // every stage "My requests" shows.
    auto settled = db.write([&]() -> Result<void> {
        const QList<QPair<QString, QString>> settings{
            {QStringLiteral("station_id"), QStringLiteral("demo-station")},
            {QStringLiteral("station_name_zh"), QStringLiteral("和平区示范社区残疾人服务站")},
            {QStringLiteral("station_name_en"), QStringLiteral("Heping demo community disability service station")},
            {QStringLiteral("mode"), QStringLiteral("demo")},
        };
        for (const auto &[key, value] : settings) {
            if (auto q = db.exec(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"), {key, value}); !q.ok())
                return q.error();
        }
        return {};
    });
    if (!settled.ok())
        return settled;
    // The demo volunteer's ID card finds 王芳 (TJ-V-000101), as an approved registration would.
    if (auto learnt = store.registrations().learnVolunteerKey(volunteerIdNumber(), QString::fromLatin1(kVolunteers[0].number));
        !learnt.ok())
        return learnt;
    return DemoHelpRequests::install(store, idNumberWithHelpRequests());
}

} // namespace store
