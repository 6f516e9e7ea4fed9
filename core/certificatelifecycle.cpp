// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatelifecycle.h"

#include "core/certificatevalidity.h"

namespace core {

namespace {

LocalizedText t(const char *zh, const char *en)
{
    return {QString::fromUtf8(zh), QString::fromUtf8(en)};
}

const LocalizedText kIdCard = t("身份证", "your ID card");
const LocalizedText kHousehold = t("户口本", "your household register (户口本)");
const LocalizedText kPhotos = t("近期2寸白底免冠照片3张", "three recent 2-inch photos with a white background");
const LocalizedText kMedical = t("病历、检查报告等就医材料", "medical records and test reports");
const LocalizedText kOldCertificate = t("原残疾人证", "your old disability certificate");
const LocalizedText kDecision = t("不予通过的书面通知", "the written notice of the decision");

QList<LifecycleStep> buildSteps()
{
    using S = CertificateState;
    QList<LifecycleStep> s;
    s.append({S::Received, t("已受理", "Received"), t("申请已收到", "Application received"),
              t("县级残联已收到您的申请，会安排您到指定医院评定残疾等级。不方便出门的，可以申请上门评定。",
                "The county disability federation has your application and will arrange an assessment at a "
                "designated hospital. If you cannot travel, you can ask for an assessment at home."),
              std::nullopt, std::nullopt, std::nullopt, {kIdCard, kHousehold, kPhotos}, S::AwaitingAssessment});
    s.append({S::AwaitingAssessment, t("待评定", "Awaiting assessment"), t("等待评定", "Waiting for the assessment"),
              t("请按约好的日子到指定医院做残疾评定，评定费可以申请减免。",
                "Please go to the designated hospital on the agreed day for the assessment. You can ask for the "
                "assessment fee to be waived."),
              std::nullopt, std::nullopt, std::nullopt, {kIdCard, kMedical}, S::Assessed});
    s.append({S::Assessed, t("已评定", "Assessed"), t("评定已完成", "Assessment done"),
              t("评定已经完成。符合标准的，结果会在社区（村）公示5个工作日。",
                "The assessment is done. If it meets the standard, the result is posted in your community for 5 "
                "working days."),
              std::nullopt, std::nullopt, std::nullopt, {}, S::PublicNotice});
    s.append({S::PublicNotice, t("公示中", "Public notice"), t("正在公示", "Result on public notice"),
              t("评定结果正在社区（村）公示，共5个工作日。您不需要做什么。",
                "The result is posted in your community for 5 working days. You do not need to do anything."),
              5, std::nullopt, std::nullopt, {}, S::UnderReview});
    s.append({S::UnderReview, t("审核中", "Under review"), t("残联审核", "Being checked by the federation"),
              t("公示结束后，县级残联在10个工作日内审核。您不需要做什么。",
                "After the notice, the county federation checks the application within 10 working days. You do "
                "not need to do anything."),
              10, std::nullopt, std::nullopt, {}, S::BeingMade});
    s.append({S::BeingMade, t("制证中", "Being made"), t("正在制证", "Certificate being made"),
              t("审核通过了，证件正在制作。做好后会通知您来领取。",
                "Approved. Your certificate is being made; you will be told when you can collect it."),
              std::nullopt, std::nullopt, std::nullopt, {}, S::ReadyForPickup});
    s.append({S::ReadyForPickup, t("待领取", "Ready for pickup"), t("可以领证了", "Ready to collect"),
              t("证件已经做好，请带上身份证来领取。残疾人证免费。",
                "Your certificate is ready. Please bring your ID card to collect it. The certificate is free."),
              std::nullopt, std::nullopt, std::nullopt, {kIdCard}, S::Issued});
    s.append({S::Issued, t("已发放", "Issued"), t("已领证", "Certificate issued"),
              t("您的残疾人证有效期10年。到期前90天内可以免费换领。",
                "Your certificate is valid for 10 years. You can renew it free of charge in the last 90 days."),
              std::nullopt, std::nullopt, std::nullopt, {}, std::nullopt});
    s.append({S::NotApproved, t("未通过", "Not approved"), t("没有通过", "Not approved"),
              t("这次评定没有通过。如果不同意，可以在10个工作日内向市残联申请复核。",
                "The assessment did not meet the standard. If you disagree, you can ask the city federation to "
                "look at it again within 10 working days."),
              std::nullopt, 10, std::nullopt, {kIdCard, kDecision}, std::nullopt});
    s.append({S::RenewalDue, t("待换领", "Renewal due"), t("该换证了", "Time to renew"),
              t("证件快到期了，请到县级残联免费换领新证。类别或等级有变化的，可以重新评定。",
                "Your certificate expires soon. Renew it free of charge at the county federation. If your "
                "situation has changed, you can ask for a new assessment."),
              std::nullopt, std::nullopt, std::nullopt, {kIdCard, kHousehold, kOldCertificate, kPhotos},
              std::nullopt});
    s.append({S::Transferred, t("已迁移", "Transferred"), t("已转到新户籍地", "Moved with your household"),
              t("您的户籍迁走了，证件已转到新户籍地的县级残联，以后请到那里办理。",
                "Your household registration moved, so your certificate now belongs to the county federation "
                "of your new home. Please go there from now on."),
              std::nullopt, std::nullopt, std::nullopt, {}, std::nullopt});
    s.append({S::Replaced, t("已补办", "Replaced"), t("已补发新证", "Replacement issued"),
              t("丢失的证件已经补办，旧证不能再用。新证号码后面带有B1、B2这样的标记。",
                "A replacement was issued for a lost certificate; the old one is no longer valid. The new "
                "number ends with a mark like B1."),
              std::nullopt, std::nullopt, std::nullopt, {}, std::nullopt});
    s.append({S::Cancelled, t("已注销", "Cancelled"), t("证件已注销", "Certificate cancelled"),
              t("证件已经注销。注销满1年后才能重新申请。",
                "The certificate was cancelled. A new application is possible one year after the cancellation."),
              std::nullopt, std::nullopt, 1, {}, std::nullopt});
    return s;
}

LocalizedText joinSentences(const LocalizedText &a, const LocalizedText &b)
{
    if (b.zh.isEmpty())
        return a;
    return {a.zh + b.zh, a.en + u' ' + b.en};
}

} // namespace

const QList<LifecycleStep> &CertificateLifecycle::steps()
{
    static const QList<LifecycleStep> table = buildSteps();
    return table;
}

const LifecycleStep &CertificateLifecycle::step(CertificateState state)
{
    return steps()[int(state)];
}

CertificateState CertificateLifecycle::effectiveState(CertificateState stored, QDate validUntil, QDate today)
{
    if (stored == CertificateState::Issued && CertificateValidity::isRenewalDue(validUntil, today))
        return CertificateState::RenewalDue;
    return stored;
}

LocalizedText CertificateLifecycle::formatDate(QDate date)
{
    static const char *months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    if (!date.isValid())
        return {};
    return {QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()),
            QStringLiteral("%1 %2 %3").arg(date.day()).arg(QLatin1String(months[date.month() - 1])).arg(date.year())};
}

LifecycleExplanation CertificateLifecycle::explain(CertificateState stored, QDate since, QDate validUntil, QDate today,
                                                   const WorkingCalendar &calendar, const LocalizedText &pickupPlace)
{
    LifecycleExplanation out;
    out.state = effectiveState(stored, validUntil, today);
    out.step = step(out.state);
    out.validUntil = validUntil;
    if (validUntil.isValid()) {
        out.renewalDueFrom = CertificateValidity::renewalDueFrom(validUntil);
        out.expired = CertificateValidity::isExpired(validUntil, today);
    }
    if (since.isValid() && out.step.workingDays)
        out.expectedBy = calendar.addWorkingDays(since, *out.step.workingDays);
    if (since.isValid() && out.step.visitorDeadlineWorkingDays)
        out.visitorDeadline = calendar.addWorkingDays(since, *out.step.visitorDeadlineWorkingDays);
    if (since.isValid() && out.step.visitorDeadlineYears)
        out.visitorDeadline = since.addYears(*out.step.visitorDeadlineYears);

    LocalizedText extra;
    const LocalizedText by = formatDate(out.expectedBy);
    const LocalizedText deadline = formatDate(out.visitorDeadline);
    const LocalizedText until = formatDate(validUntil);
    switch (out.state) {
    case CertificateState::PublicNotice:
    case CertificateState::UnderReview:
        if (out.expectedBy.isValid()) {
            extra = {QStringLiteral("预计%1前完成。").arg(by.zh),
                     QStringLiteral("Expected by %1.").arg(by.en)};
        }
        break;
    case CertificateState::ReadyForPickup:
        if (!pickupPlace.zh.isEmpty())
            extra = {QStringLiteral("领取地点：%1。").arg(pickupPlace.zh), QStringLiteral("Collect it at: %1.").arg(pickupPlace.en)};
        break;
    case CertificateState::Issued:
        if (validUntil.isValid()) {
            extra = {QStringLiteral("有效期到%1。").arg(until.zh), QStringLiteral("Valid until %1.").arg(until.en)};
        }
        break;
    case CertificateState::RenewalDue:
        if (out.expired) {
            extra = {QStringLiteral("证件已于%1到期。").arg(until.zh), QStringLiteral("It expired on %1.").arg(until.en)};
        } else if (validUntil.isValid()) {
            extra = {QStringLiteral("有效期到%1，还剩%2天。").arg(until.zh).arg(today.daysTo(validUntil)),
                     QStringLiteral("Valid until %1: %2 days left.").arg(until.en).arg(today.daysTo(validUntil))};
        }
        break;
    case CertificateState::NotApproved:
        if (out.visitorDeadline.isValid()) {
            extra = {QStringLiteral("申请复核的最后一天是%1。").arg(deadline.zh),
                     QStringLiteral("The last day to ask for a review is %1.").arg(deadline.en)};
        }
        break;
    case CertificateState::Cancelled:
        if (out.visitorDeadline.isValid()) {
            extra = {QStringLiteral("%1起可以重新申请。").arg(deadline.zh),
                     QStringLiteral("You can apply again from %1.").arg(deadline.en)};
        }
        break;
    default:
        break;
    }
    out.summary = joinSentences(out.step.whatHappensNext, extra);
    return out;
}

} // namespace core
