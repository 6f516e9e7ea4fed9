// SPDX-License-Identifier: GPL-3.0-or-later
// Plain names of what a kiosk sends (core::wire::RecordKind) and of the kinds of help
// (core::HelpTypes), for the stations page's parked items and the figures page's "by kind".
// One table here so both pages say the same word for the same thing.

const names = {
  volunteer_request: { zh: '志愿者帮助申请', en: 'Help from a volunteer' },
  booking: { zh: '预约', en: 'Booking' },
  check_in: { zh: '签到', en: 'Check-in' },
  check_out: { zh: '签退', en: 'Check-out' },
  help_call: { zh: '呼叫工作人员', en: 'Call for staff' },
  rating: { zh: '评价', en: 'Rating' },
  home_assessment_request: { zh: '上门评估申请', en: 'Home assessment request' },
  request_cancellation: { zh: '取消申请', en: 'Request cancelled' },
  booking_cancellation: { zh: '取消预约', en: 'Booking cancelled' },
  volunteer_registration: { zh: '志愿者报名', en: 'Volunteer registration' },
  certificate_application: { zh: '残疾人证申请', en: 'Certificate application' },
  // The work queue's kinds, for figures that count by them.
  help: { zh: '志愿者帮助', en: 'Help from a volunteer' },
  application: { zh: '残疾人证申请', en: 'Certificate application' },
  home_assessment: { zh: '上门评估', en: 'Home assessment' },
  fee_waiver: { zh: '费用减免', en: 'Fee waiver' },
  staff_call: { zh: '呼叫工作人员', en: 'Call for staff' },
  // core::HelpTypes
  accompany_to_hospital: { zh: '陪同就医', en: 'Go with me to the hospital' },
  shopping_and_meals: { zh: '代购、送餐', en: 'Shopping and meal delivery' },
  home_visit: { zh: '上门探访、陪伴', en: 'A visit and company at home' },
  travel_assistance: { zh: '出行、轮椅陪护', en: 'Transport and wheelchair escort' },
  sign_language: { zh: '手语翻译', en: 'Sign-language interpreting' },
  reading_and_forms: { zh: '帮办手续、填表', en: 'Help with paperwork' },
  home_repairs: { zh: '家里无障碍小修', en: 'Small home repairs for access' },
  reading_letters: { zh: '读信、读通知', en: 'Reading letters to me' },
};

/** The kind's plain name in `lang`, or the key itself for a kind this page does not know yet. */
export function recordKindName(kind, lang) {
  const entry = names[kind];
  if (!entry)
    return String(kind ?? '');
  return lang === 'en' ? entry.en : entry.zh;
}
