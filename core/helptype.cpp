// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/helptype.h"

namespace core {

QList<HelpType> HelpTypes::all()
{
    return {HelpType::AccompanyToHospital, HelpType::ShoppingAndMeals, HelpType::HomeVisit,
            HelpType::SignLanguage,        HelpType::ReadingAndForms,  HelpType::TravelAssistance,
            HelpType::HomeRepairs,         HelpType::ReadingLetters};
}

QString HelpTypes::key(HelpType type)
{
    switch (type) {
    case HelpType::AccompanyToHospital: return QStringLiteral("accompany_to_hospital");
    case HelpType::ShoppingAndMeals: return QStringLiteral("shopping_and_meals");
    case HelpType::HomeVisit: return QStringLiteral("home_visit");
    case HelpType::TravelAssistance: return QStringLiteral("travel_assistance");
    case HelpType::SignLanguage: return QStringLiteral("sign_language");
    case HelpType::ReadingAndForms: return QStringLiteral("reading_and_forms");
    case HelpType::HomeRepairs: return QStringLiteral("home_repairs");
    case HelpType::ReadingLetters: return QStringLiteral("reading_letters");
    }
    return {};
}

std::optional<HelpType> HelpTypes::fromKey(QStringView key)
{
    for (HelpType type : all()) {
        if (HelpTypes::key(type) == key)
            return type;
    }
    return std::nullopt;
}

LocalizedText HelpTypes::name(HelpType type)
{
    switch (type) {
    case HelpType::AccompanyToHospital: return {QStringLiteral("陪同就医"), QStringLiteral("Go with me to the hospital")};
    case HelpType::ShoppingAndMeals: return {QStringLiteral("代购、送餐"), QStringLiteral("Shopping and meal delivery")};
    case HelpType::HomeVisit: return {QStringLiteral("上门探访、陪伴"), QStringLiteral("A visit and company at home")};
    case HelpType::TravelAssistance: return {QStringLiteral("出行、轮椅陪护"), QStringLiteral("Transport and wheelchair escort")};
    case HelpType::SignLanguage: return {QStringLiteral("手语翻译"), QStringLiteral("Sign-language interpreting")};
    case HelpType::ReadingAndForms: return {QStringLiteral("帮办手续、填表"), QStringLiteral("Help with paperwork")};
    case HelpType::HomeRepairs: return {QStringLiteral("家里无障碍小修"), QStringLiteral("Small home repairs for access")};
    case HelpType::ReadingLetters: return {QStringLiteral("读信、读通知"), QStringLiteral("Reading letters to me")};
    }
    return {};
}

LocalizedText HelpTypes::scope(HelpType type)
{
    switch (type) {
    case HelpType::AccompanyToHospital:
        return {QStringLiteral("陪您挂号、看病、取药；不做护理，不代付医药费。"),
                QStringLiteral("Goes with you to register, see the doctor and get medicine; no nursing care, does not pay for you.")};
    case HelpType::ShoppingAndMeals:
        return {QStringLiteral("帮您买东西、送饭到家；钱由您自己付，不代管钱。"),
                QStringLiteral("Buys things and brings meals home; you pay yourself, nobody looks after your money.")};
    case HelpType::HomeVisit:
        return {QStringLiteral("上门聊天、陪伴；不做家务，不做护理。"),
                QStringLiteral("Comes to talk and keep you company; no housework, no nursing care.")};
    case HelpType::TravelAssistance:
        return {QStringLiteral("陪您出门、推轮椅、上下车；不开车接送。"),
                QStringLiteral("Goes out with you, pushes the wheelchair, helps in and out of vehicles; does not drive you.")};
    case HelpType::SignLanguage:
        return {QStringLiteral("在办事、看病时为您做手语翻译；不代您做决定。"),
                QStringLiteral("Interprets in sign language at offices and doctors; does not decide for you.")};
    case HelpType::ReadingAndForms:
        return {QStringLiteral("帮您看懂、填写表格和手续；不代您签字。"),
                QStringLiteral("Helps you understand and fill in forms; does not sign for you.")};
    case HelpType::HomeRepairs:
        return {QStringLiteral("装扶手、修门槛等小活；不做大的装修。"),
                QStringLiteral("Small jobs such as grab rails and door sills; no building work.")};
    case HelpType::ReadingLetters:
        return {QStringLiteral("把信和通知读给您听；不替您回复。"),
                QStringLiteral("Reads letters and notices out to you; does not answer them for you.")};
    }
    return {};
}

} // namespace core
