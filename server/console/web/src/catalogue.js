// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's catalogue keys the server sends as they are (help types, day parts, places, the
// visitor's note phrases, certificate procedures and choices, staff call reasons, volunteer
// skills), worded for coordinators in both languages. The Mandarin follows the kiosk's catalogue
// (translations/kiosk_zh_CN.ts), so staff and visitors use the same words.
import { t, has, registerStrings } from './i18n.js';

registerStrings({
  zh: {
    'cat.helpType.accompany_to_hospital': '陪同就医',
    'cat.helpType.shopping_and_meals': '代购、送餐',
    'cat.helpType.home_visit': '上门探访、陪伴',
    'cat.helpType.travel_assistance': '出行、轮椅陪护',
    'cat.helpType.sign_language': '手语翻译',
    'cat.helpType.reading_and_forms': '帮办手续、填表',
    'cat.helpType.home_repairs': '家里无障碍小修',
    'cat.helpType.reading_letters': '读信、读通知',
    'cat.skill.accompany_to_hospital': '陪同就医',
    'cat.skill.shopping_and_meals': '代购、送餐',
    'cat.skill.home_visit': '上门探访陪伴',
    'cat.skill.sign_language': '手语翻译',
    'cat.skill.reading_and_forms': '帮忙填表办事',
    'cat.skill.travel_assistance': '出行协助（推轮椅、乘车）',
    'cat.skill.home_repairs': '家中无障碍小维修',
    'cat.skill.reading_letters': '读信、读材料',
    'cat.skill.driving': '开车接送',
    'cat.skill.first_aid': '急救',
    'cat.skill.braille': '盲文',
    'cat.dayPart.morning': '上午',
    'cat.dayPart.afternoon': '下午',
    'cat.dayPart.evening': '晚上',
    'cat.dayPart.any': '时间都可以，打电话约',
    'cat.place.home': '在居民家里',
    'cat.place.station': '在服务站',
    'cat.place.listed': '在医院或其他地方',
    'cat.place.arrange': '打电话约地点',
    'cat.note.uses_wheelchair': '坐轮椅',
    'cat.note.bring_wheelchair': '请带一辆轮椅',
    'cat.note.blind': '看不见',
    'cat.note.guide_dog': '有导盲犬',
    'cat.note.deaf_please_write': '听不见，请写字',
    'cat.note.hard_of_hearing': '听力不好，请大声慢慢说',
    'cat.note.needs_interpreter': '需要手语翻译',
    'cat.note.female_volunteer': '请安排女志愿者',
    'cat.note.speak_slowly': '请说得简单、慢一点',
    'cat.note.no_stairs': '不能走楼梯',
    'cat.procedure.apply': '新办',
    'cat.procedure.renew': '换领',
    'cat.procedure.replace': '挂失补办',
    'cat.procedure.transfer': '迁移',
    'cat.procedure.change': '类别/等级变更',
    'cat.procedure.cancel': '注销',
    'cat.choice.yes': '情况有变化，要重新评定',
    'cat.choice.no': '情况没有变化',
    'cat.choice.lost': '证件丢了',
    'cat.choice.damaged': '证件坏了',
    'cat.choice.category': '变更残疾类别',
    'cat.choice.level': '变更残疾等级',
    'cat.choice.no_longer_needed': '不再需要',
    'cat.choice.condition_improved': '身体情况好转',
    'cat.choice.moved_abroad': '已定居国外',
    'cat.choice.holder_died': '持证人已去世',
    'cat.staffCall.help_at_kiosk': '在自助机旁需要帮助',
    'cat.staffCall.certificate_appeal': '对残疾证决定提出申诉',
    'cat.staffCall.other': '需要帮助（原因代码 {key}）',
  },
  en: {
    'cat.helpType.accompany_to_hospital': 'Go with them to the hospital',
    'cat.helpType.shopping_and_meals': 'Shopping and meal delivery',
    'cat.helpType.home_visit': 'A visit and company at home',
    'cat.helpType.travel_assistance': 'Transport and wheelchair escort',
    'cat.helpType.sign_language': 'Sign-language interpreting',
    'cat.helpType.reading_and_forms': 'Help with paperwork',
    'cat.helpType.home_repairs': 'Small home repairs for access',
    'cat.helpType.reading_letters': 'Reading letters to them',
    'cat.skill.accompany_to_hospital': 'Going with people to the hospital',
    'cat.skill.shopping_and_meals': 'Shopping and bringing meals',
    'cat.skill.home_visit': 'Visiting people at home',
    'cat.skill.sign_language': 'Sign language interpreting',
    'cat.skill.reading_and_forms': 'Helping with forms and paperwork',
    'cat.skill.travel_assistance': 'Helping people get about (wheelchair, transport)',
    'cat.skill.home_repairs': 'Small repairs for access at home',
    'cat.skill.reading_letters': 'Reading letters aloud',
    'cat.skill.driving': 'Driving',
    'cat.skill.first_aid': 'First aid',
    'cat.skill.braille': 'Braille',
    'cat.dayPart.morning': 'Morning',
    'cat.dayPart.afternoon': 'Afternoon',
    'cat.dayPart.evening': 'Evening',
    'cat.dayPart.any': 'Any time, call to arrange',
    'cat.place.home': 'At their home',
    'cat.place.station': 'At the station',
    'cat.place.listed': 'At a hospital or another place',
    'cat.place.arrange': 'Call to arrange the place',
    'cat.note.uses_wheelchair': 'Uses a wheelchair',
    'cat.note.bring_wheelchair': 'Please bring a wheelchair',
    'cat.note.blind': 'Is blind',
    'cat.note.guide_dog': 'Has a guide dog',
    'cat.note.deaf_please_write': 'Is deaf, please write',
    'cat.note.hard_of_hearing': 'Hard of hearing, speak loudly and slowly',
    'cat.note.needs_interpreter': 'Needs a sign-language interpreter',
    'cat.note.female_volunteer': 'Please send a female volunteer',
    'cat.note.speak_slowly': 'Please speak simply and slowly',
    'cat.note.no_stairs': 'Cannot use stairs',
    'cat.procedure.apply': 'First application',
    'cat.procedure.renew': 'Renewal',
    'cat.procedure.replace': 'Report of loss and replacement',
    'cat.procedure.transfer': 'Transfer',
    'cat.procedure.change': 'Change of category or level',
    'cat.procedure.cancel': 'Cancellation',
    'cat.choice.yes': 'Situation changed: new assessment wanted',
    'cat.choice.no': 'Situation is the same',
    'cat.choice.lost': 'The card is lost',
    'cat.choice.damaged': 'The card is damaged',
    'cat.choice.category': 'Change the category',
    'cat.choice.level': 'Change the level',
    'cat.choice.no_longer_needed': 'No longer needed',
    'cat.choice.condition_improved': 'Condition has improved',
    'cat.choice.moved_abroad': 'Moved abroad',
    'cat.choice.holder_died': 'The holder has died',
    'cat.staffCall.help_at_kiosk': 'Help at the kiosk',
    'cat.staffCall.certificate_appeal': 'Appeal of a certificate decision',
    'cat.staffCall.other': 'Help (reason code {key})',
  },
});

function word(group, key) {
  if (key === null || key === undefined || key === '') return '';
  const k = `cat.${group}.${key}`;
  return has(k) ? t(k) : String(key);
}

export const helpTypeName = (key) => word('helpType', key);
export const skillName = (key) => word('skill', key);
export const dayPartName = (key) => word('dayPart', key);
export const placeKindName = (key) => word('place', key);
export const noteName = (key) => word('note', key);
export const procedureName = (key) => word('procedure', key);
export const choiceName = (key) => word('choice', key);
export function staffCallReasonName(key) {
  const k = `cat.staffCall.${key}`;
  return has(k) ? t(k) : t('cat.staffCall.other', { key });
}

const DAY_ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
registerStrings({
  zh: { 'cat.day.mon': '周一', 'cat.day.tue': '周二', 'cat.day.wed': '周三', 'cat.day.thu': '周四', 'cat.day.fri': '周五',
    'cat.day.sat': '周六', 'cat.day.sun': '周日', 'cat.listSep': '、', 'cat.daySep': '；', 'cat.dayParts': '{day}{parts}' },
  en: { 'cat.day.mon': 'Mon', 'cat.day.tue': 'Tue', 'cat.day.wed': 'Wed', 'cat.day.thu': 'Thu', 'cat.day.fri': 'Fri',
    'cat.day.sat': 'Sat', 'cat.day.sun': 'Sun', 'cat.listSep': ', ', 'cat.daySep': '; ', 'cat.dayParts': '{day} {parts}' },
});

/** A week grid {"mon": ["morning"], ...} as "周一上午、晚上；周六下午" / "Mon morning, evening; Sat afternoon". */
export function availabilityText(grid) {
  if (!grid || typeof grid !== 'object') return '';
  return DAY_ORDER.filter((d) => Array.isArray(grid[d]) && grid[d].length)
    .map((d) => t('cat.dayParts', { day: t(`cat.day.${d}`), parts: grid[d].map(dayPartName).join(t('cat.listSep')) }))
    .join(t('cat.daySep'));
}

/** Skill keys as a list of words. */
export function skillsText(skills) {
  return (Array.isArray(skills) ? skills : []).map(skillName).join(t('cat.listSep'));
}
