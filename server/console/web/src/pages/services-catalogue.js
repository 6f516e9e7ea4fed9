// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue's words for the services page: category names (core::ServiceCategories, in the
// kiosk's own Mandarin), and reading a service's texts whichever way the API nests them.

// In the city plan's order (core::ServiceCategories::all()).
const categories = [
  ['rehabilitation', '康复和辅助器具', 'Rehabilitation and aids'],
  ['social_insurance', '社保办理', 'Social insurance'],
  ['employment', '就业服务', 'Finding work'],
  ['day_care', '日间照料', 'Day care'],
  ['culture_and_sports', '文化体育', 'Culture and sports'],
  ['legal', '法律服务', 'Legal help'],
  ['accessibility', '无障碍改造', 'Making your home accessible'],
  ['home_visits', '上门服务', 'Home visits'],
  ['certificates', '残疾人证', 'Disability certificate'],
  ['assessment', '残疾评定', 'Disability assessment'],
];

/** The texts a visitor reads, each {zh, en}, in the order the kiosk shows them. */
export const textKeys = ['name', 'officialName', 'offers', 'eligibility', 'whatToBring', 'openingHours', 'place'];

export function categoryName(key, lang) {
  const found = categories.find((c) => c[0] === key);
  if (!found) return String(key || '');
  return lang === 'en' ? found[2] : found[1];
}

export function categoryOrder(key) {
  const i = categories.findIndex((c) => c[0] === key);
  return i < 0 ? categories.length : i;
}

/** One language of a {zh, en} text (or a plain string), falling back to the other language. */
export function textOf(text, lang) {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en || text.zh : text.zh || text.en) || '';
}

/** A service's text `key` as {zh, en}: at the top level or under `texts`. */
export function serviceText(service, key) {
  const value = service?.[key] ?? service?.texts?.[key];
  if (!value) return null;
  if (typeof value === 'string') return { zh: value, en: '' };
  return value;
}

/** The opening pattern ("mon-fri 08:30-11:30,14:00-17:00") under whichever name it came. */
export function servicePattern(service) {
  return service?.pattern ?? service?.weeklyHours ?? '';
}
