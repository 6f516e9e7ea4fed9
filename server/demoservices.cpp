// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/demoservices.h"

#include "server/catalogue.h"
#include "server/slotboard.h"
#include "server/stationclock.h"

namespace server {

namespace {

struct Text
{
    const char *zh, *en;
    [[nodiscard]] core::LocalizedText localized() const { return {QString::fromUtf8(zh), QString::fromUtf8(en)}; }
};

struct DemoService
{
    const char *code, *category;
    Text name, official, offers, eligibility, bring, hours, place;
    const char *weekly;
    int slotMinutes, capacity;
    bool bookable, walkIn;
    const char *prefix;
};

// Plain words first; the official term is shown second by the kiosk.
const DemoService services[] = {
    {"rehabilitation", "rehabilitation",
     {"康复训练", "Rehabilitation exercises"},
     {"社区康复服务", "Community rehabilitation service"},
     {"康复师一对一教您做训练，帮助行走、手部活动和说话。", "A therapist shows you exercises one to one, for walking, using your hands and speaking."},
     {"持残疾人证的本区居民。", "Residents of the district with a disability certificate."},
     {"残疾人证；医院的诊断或出院小结（如有）。", "Your disability certificate; a hospital diagnosis or discharge letter if you have one."},
     {"周一至周五 上午8:30-11:30，下午2:00-5:00", "Monday to Friday, 8:30 to 11:30 and 2:00 to 5:00"},
     {"二楼 康复室 201", "Second floor, rehabilitation room 201"},
     "mon-fri 08:30-11:30,14:00-17:00", 30, 3, true, false, ""},
    {"assistive-devices", "rehabilitation",
     {"辅助器具", "Assistive devices"},
     {"辅助器具适配与申领", "Assistive device fitting and application"},
     {"试用并申请轮椅、助行器、助听器、盲杖等，工作人员帮您选合适的。", "Try and apply for a wheelchair, walker, hearing aid or white cane; staff help you choose one that fits."},
     {"持残疾人证的本区居民。", "Residents of the district with a disability certificate."},
     {"残疾人证；身份证；正在用的器具（如要更换）。", "Disability certificate; ID card; the device you use now, if it is to be replaced."},
     {"周二上午9:00-11:30，周四下午2:00-4:30", "Tuesday 9:00 to 11:30, Thursday 2:00 to 4:30"},
     {"一楼 辅具展示区", "Ground floor, assistive device room"},
     "tue 09:00-11:30; thu 14:00-16:30", 30, 2, true, false, ""},
    {"certificate-services", "certificates",
     {"残疾人证办理", "Disability certificate services"},
     {"残疾人证申领、换领、补领", "Disability certificate application, renewal and replacement"},
     {"申请、换新或补办残疾人证，问办理进度。", "Apply for, renew or replace a disability certificate, and ask how far it has got."},
     {"本区户籍或居住证持有人。", "People registered or living in the district."},
     {"身份证；户口本；两寸照片两张；旧证（换领时）。", "ID card; household register; two passport photos; the old certificate when renewing."},
     {"周一至周五 上午9:00-12:00，下午1:30-5:00", "Monday to Friday, 9:00 to 12:00 and 1:30 to 5:00"},
     {"一楼 1号窗口", "Ground floor, window 1"},
     "mon-fri 09:00-12:00,13:30-17:00", 30, 0, false, true, "C"},
    // The assessment (评定) a first application waits for, at the designated hospital; the
    // kiosk offers booking it from the apply page. Weekday mornings, two places a time.
    {"disability-assessment", "assessment",
     {"残疾评定", "Disability assessment"},
     {"残疾类别和等级评定", "Assessment of disability category and level"},
     {"在指定医院由医生评定残疾类别和等级，这是申领残疾人证的一步。", "A doctor at the designated hospital assesses the kind and level of disability; it is a step of applying for a certificate."},
     {"申请残疾人证的本区居民。", "District residents applying for a disability certificate."},
     {"身份证；户口本；两寸照片两张；病历和检查报告。", "ID card; household register; two passport photos; medical records and test reports."},
     {"周一至周五 上午8:30-11:30", "Monday to Friday, 8:30 to 11:30"},
     {"和平区中心医院（指定评定机构）", "Heping District Central Hospital (designated assessment hospital)"},
     "mon-fri 08:30-11:30", 30, 2, true, false, ""},
    {"social-insurance", "social_insurance",
     {"社保经办", "Social insurance"},
     {"社会保险经办服务", "Social insurance office service"},
     {"办理养老、医疗保险的参保、缴费补贴和待遇申请。", "Join pension and health insurance, get help with contributions, and apply for benefits."},
     {"本区居民，残疾人可申请缴费补贴。", "District residents; people with disabilities can apply for help with contributions."},
     {"身份证；社保卡；残疾人证；银行卡。", "ID card; social security card; disability certificate; bank card."},
     {"周一至周五 上午9:00-11:30，下午2:00-4:30", "Monday to Friday, 9:00 to 11:30 and 2:00 to 4:30"},
     {"一楼 2号窗口", "Ground floor, window 2"},
     "mon-fri 09:00-11:30,14:00-16:30", 30, 0, false, true, "A"},
    {"employment", "employment",
     {"找工作", "Finding work"},
     {"残疾人就业服务", "Employment services for persons with disabilities"},
     {"登记找工作，了解适合的岗位和培训；可预约就业指导员一对一谈。", "Register to find work, hear about suitable jobs and training; book a talk with an employment adviser."},
     {"16至59岁有劳动能力和就业意愿的残疾人。", "People with disabilities aged 16 to 59 who can and want to work."},
     {"身份证；残疾人证；学历或技能证书（如有）。", "ID card; disability certificate; school or skill certificates if you have them."},
     {"周一至周五 上午9:00-11:30，下午2:00-4:30", "Monday to Friday, 9:00 to 11:30 and 2:00 to 4:30"},
     {"一楼 3号窗口", "Ground floor, window 3"},
     "mon-fri 09:00-11:30,14:00-16:30", 45, 1, true, true, "B"},
    {"day-care", "day_care",
     {"日间照料", "Day care"},
     {"残疾人日间照料服务", "Day care for persons with disabilities"},
     {"白天在站里有人照看：午饭、午休、手工和康体活动。", "Looked after at the station during the day: lunch, rest, crafts and light exercise."},
     {"生活需要照料的本区残疾人，家属陪同先来登记。", "District residents with disabilities who need daily care; come with a family member to register first."},
     {"身份证；残疾人证；近期体检报告。", "ID card; disability certificate; a recent health check report."},
     {"周一至周六 上午8:00-下午5:30", "Monday to Saturday, 8:00 to 5:30"},
     {"三楼 日间照料中心", "Third floor, day care centre"},
     "mon-sat 08:00-17:30", 30, 0, false, false, ""},
    {"culture-sports", "culture_and_sports",
     {"文体活动", "Culture and sports"},
     {"残疾人文化体育活动", "Cultural and sports activities for persons with disabilities"},
     {"书法、合唱、手工和适合的体育锻炼，每次两小时，请预约名额。", "Calligraphy, choir, crafts and suitable exercise, two hours each time; please book a place."},
     {"所有残疾人和家属。", "All people with disabilities and their families."},
     {"无需带材料；运动请穿舒适的鞋。", "Nothing to bring; comfortable shoes for sport."},
     {"周三下午2:00-4:00，周六上午9:00-11:00", "Wednesday 2:00 to 4:00, Saturday 9:00 to 11:00"},
     {"四楼 活动室", "Fourth floor, activity room"},
     "wed 14:00-16:00; sat 09:00-11:00", 120, 10, true, false, ""},
    {"legal-aid", "legal",
     {"法律帮助", "Legal help"},
     {"法律援助与法律咨询", "Legal aid and legal advice"},
     {"值班律师免费解答问题，帮您申请法律援助。", "A duty lawyer answers your questions for free and helps you apply for legal aid."},
     {"本区残疾人及家属。", "District residents with disabilities and their families."},
     {"身份证；残疾人证；和问题有关的材料（合同、通知书等）。", "ID card; disability certificate; papers about your problem (contracts, letters)."},
     {"周三上午9:00-11:30", "Wednesday 9:00 to 11:30"},
     {"二楼 调解室 205", "Second floor, meeting room 205"},
     "wed 09:00-11:30", 30, 1, true, false, ""},
    {"home-accessibility", "accessibility",
     {"家里无障碍改造", "Making your home accessible"},
     {"困难残疾人家庭无障碍改造", "Accessible home modification for families in need"},
     {"上门看看家里哪里不方便，安装扶手、坡道、闪光门铃等，符合条件的免费。", "Someone visits to see what is hard at home and fits grab bars, ramps or a flashing doorbell; free for those who qualify."},
     {"持残疾人证、家庭经济困难的本区居民。", "District residents with a disability certificate and a low family income."},
     {"身份证；残疾人证；房产证或租房合同；低保或低收入证明。", "ID card; disability certificate; deed or rental contract; proof of low income."},
     {"周四 上午9:00-11:30，下午2:00-4:30（预约咨询）", "Thursday 9:00 to 11:30 and 2:00 to 4:30 (book a talk)"},
     {"二楼 综合服务室 203", "Second floor, service room 203"},
     "thu 09:00-11:30,14:00-16:30", 60, 1, true, false, ""},
    {"home-visits", "home_visits",
     {"上门服务", "Home visits"},
     {"残疾人居家上门服务", "Home visit service for persons with disabilities"},
     {"出门困难的，工作人员或志愿者上门帮忙办事、探访。", "If going out is hard, staff or volunteers come to your home to help and visit."},
     {"行动不便的本区残疾人。", "District residents with disabilities who find it hard to go out."},
     {"打电话或在本机请志愿者帮忙即可。", "Just phone, or ask for a volunteer on this kiosk."},
     {"周一至周五 上午9:00-下午5:00", "Monday to Friday, 9:00 to 5:00"},
     {"上门", "At your home"},
     "mon-fri 09:00-17:00", 30, 0, false, false, ""},
};

} // namespace

bool DemoServices::seed(Database &db, const QString &stationId, QDate *closedDay)
{
    Catalogue catalogue(db);
    SlotBoard board(db);
    const QDate today = StationClock::today();
    int sort = 0;
    for (const DemoService &d : services) {
        ServiceDefinition s;
        s.code = QString::fromUtf8(d.code);
        s.category = QString::fromUtf8(d.category);
        s.name = d.name.localized();
        s.officialName = d.official.localized();
        s.offers = d.offers.localized();
        s.eligibility = d.eligibility.localized();
        s.whatToBring = d.bring.localized();
        s.openingHours = d.hours.localized();
        s.place = d.place.localized();
        s.weeklyHours = QString::fromUtf8(d.weekly);
        s.slotMinutes = d.slotMinutes;
        s.capacity = d.capacity;
        s.bookable = d.bookable;
        s.walkIn = d.walkIn;
        s.queuePrefix = QString::fromUtf8(d.prefix);
        s.sortOrder = ++sort;
        if (!catalogue.upsertService(s))
            return false;
        if (s.bookable && !board.generate(stationId, s, today, today.addDays(13)))
            return false;
    }
    // A holiday: the first weekday at least three days ahead, shown on the kiosk as closed.
    QDate holiday = today.addDays(3);
    while (holiday.dayOfWeek() > 5)
        holiday = holiday.addDays(1);
    *closedDay = holiday;
    return board.closeDay(stationId, holiday).has_value();
}

} // namespace server
