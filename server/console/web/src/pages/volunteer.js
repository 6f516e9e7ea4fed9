// SPDX-License-Identifier: GPL-3.0-or-later
// One volunteer's record (#/volunteers/<number>): hours served by month (a table), the stations
// they serve at, ratings, star level and what is left to the next star, open assignments, and the
// hours certificate as a PDF for any span of days.
import { h } from '../ui/dom.js';
import { dataTable } from '../ui/table.js';
import { masked } from '../ui/mask.js';
import { textField, control } from '../ui/form.js';
import { timeElement, formatMonth, formatNumber, formatDateTime } from '../ui/format.js';
import { availabilityText, skillsText, helpTypeName, dayPartName } from '../catalogue.js';
import { statusName } from './queue-words.js';
import { starLevel } from './volunteer-words.js';

export const name = 'volunteer';
export const titleKey = 'volunteer.title';

export const strings = {
  zh: {
    'volunteer.title': '志愿者档案',
    'volunteer.heading': '{name}（{number}）',
    'volunteer.back': '返回志愿者',
    'volunteer.loading': '正在读取志愿者档案…',
    'volunteer.summary': '概况',
    'volunteer.number': '志愿者编号',
    'volunteer.district': '区',
    'volunteer.phone': '电话',
    'volunteer.registered': '注册时间',
    'volunteer.skills': '能做的事',
    'volunteer.availability': '有空的时间',
    'volunteer.notGiven': '没有填写',
    'volunteer.hoursTotal': '服务时长',
    'volunteer.hoursValue': '{hours} 小时',
    'volunteer.star': '星级',
    'volunteer.nextStar': '再服务 {hours} 小时可以升到下一星级。',
    'volunteer.topStar': '已经是最高星级。',
    'volunteer.hours': '每月服务时长',
    'volunteer.hoursCaption': '每月服务时长（小时）',
    'volunteer.noHours': '还没有记录的服务时长。',
    'volunteer.col.month': '月份',
    'volunteer.col.hours': '小时',
    'volunteer.broughtIn': '另有 {hours} 小时是以前的记录导入的，没有月份。',
    'volunteer.stations': '服务站',
    'volunteer.noStations': '还没有服务过的服务站。',
    'volunteer.ratings': '评价',
    'volunteer.ratingSummary': '共 {count} 次评价，平均 {average} 星。',
    'volunteer.noRatings': '还没有评价。',
    'volunteer.recentCaption': '最近的评价',
    'volunteer.col.stars': '星数',
    'volunteer.col.at': '时间',
    'volunteer.starsValue': '{stars} 星',
    'volunteer.assignments': '正在进行的任务',
    'volunteer.assignmentsCaption': '安排给这位志愿者、还没有完成的任务',
    'volunteer.noAssignments': '没有正在进行的任务。',
    'volunteer.col.help': '帮助',
    'volunteer.col.agreed': '约定时间',
    'volunteer.col.status': '状态',
    'volunteer.certificate': '服务时长证明',
    'volunteer.certificateHint': '可以只写开始或结束日期；都不写就是全部时长。下载会记入查阅记录。',
    'volunteer.from': '从（日期）',
    'volunteer.to': '到（日期）',
    'volunteer.download': '下载服务时长证明（PDF）',
  },
  en: {
    'volunteer.title': 'Volunteer record',
    'volunteer.heading': '{name} ({number})',
    'volunteer.back': 'Back to volunteers',
    'volunteer.loading': 'Reading the volunteer’s record…',
    'volunteer.summary': 'Summary',
    'volunteer.number': 'Volunteer number',
    'volunteer.district': 'District',
    'volunteer.phone': 'Phone',
    'volunteer.registered': 'Registered',
    'volunteer.skills': 'Can help with',
    'volunteer.availability': 'Free at',
    'volunteer.notGiven': 'Not given',
    'volunteer.hoursTotal': 'Hours served',
    'volunteer.hoursValue': '{hours} hours',
    'volunteer.star': 'Star level',
    'volunteer.nextStar': '{hours} more hours to the next star.',
    'volunteer.topStar': 'Already at the highest star level.',
    'volunteer.hours': 'Hours by month',
    'volunteer.hoursCaption': 'Hours served by month',
    'volunteer.noHours': 'No hours recorded yet.',
    'volunteer.col.month': 'Month',
    'volunteer.col.hours': 'Hours',
    'volunteer.broughtIn': 'Another {hours} hours came from earlier records and have no month.',
    'volunteer.stations': 'Stations',
    'volunteer.noStations': 'Has not served at a station yet.',
    'volunteer.ratings': 'Ratings',
    'volunteer.ratingSummary': '{count} ratings, {average} stars on average.',
    'volunteer.noRatings': 'No ratings yet.',
    'volunteer.recentCaption': 'Recent ratings',
    'volunteer.col.stars': 'Stars',
    'volunteer.col.at': 'When',
    'volunteer.starsValue': '{stars} stars',
    'volunteer.assignments': 'Open assignments',
    'volunteer.assignmentsCaption': 'Tasks given to this volunteer and not yet done',
    'volunteer.noAssignments': 'No open assignments.',
    'volunteer.col.help': 'Help',
    'volunteer.col.agreed': 'Agreed time',
    'volunteer.col.status': 'Status',
    'volunteer.certificate': 'Hours certificate',
    'volunteer.certificateHint': 'Give a start or end day, or neither for all hours. The download is logged.',
    'volunteer.from': 'From (day)',
    'volunteer.to': 'To (day)',
    'volunteer.download': 'Download the hours certificate (PDF)',
  },
};

function section(key, title, ...children) {
  return h('section', { class: 'card', 'data-section': key, 'aria-labelledby': `section-${key}` },
    h('h2', { id: `section-${key}`, tabindex: '-1' }, title), children);
}

const row = (label, value) => h('div', { class: 'dl-row' }, h('dt', {}, label), h('dd', {}, value));

export async function render(ctx) {
  const { t } = ctx;
  const id = ctx.params[0];
  ctx.main.prepend(h('p', { class: 'back' }, h('a', { href: '#/volunteers' }, t('volunteer.back'))));
  const body = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('volunteer.loading')));
  ctx.main.append(body);
  let v;
  try {
    ({ volunteer: v } = await ctx.api.get(`/volunteers/${encodeURIComponent(id)}`));
  } catch (err) {
    body.replaceChildren();
    body.removeAttribute('aria-busy');
    ctx.showError(err);
    return;
  }
  if (!ctx.isCurrent()) return;
  ctx.setTitle(t('volunteer.heading', { name: v.name, number: v.number }));

  const summary = section('summary', t('volunteer.summary'), h('dl', { class: 'details' },
    row(t('volunteer.number'), v.number),
    v.district ? row(t('volunteer.district'), v.district) : null,
    row(t('volunteer.phone'), masked(v.phoneMasked)),
    v.registeredAt ? row(t('volunteer.registered'), timeElement(v.registeredAt, false)) : null,
    row(t('volunteer.skills'), skillsText(v.skills) || t('volunteer.notGiven')),
    // An imported volunteer has parts of the day only, no week grid.
    row(t('volunteer.availability'), availabilityText(v.availability)
      || (v.dayParts || []).map(dayPartName).join(t('cat.listSep')) || t('volunteer.notGiven')),
    row(t('volunteer.hoursTotal'), t('volunteer.hoursValue', { hours: formatNumber(v.hoursTotal, 1) })),
    row(t('volunteer.star'), [starLevel(v.starLevel), ' ',
      h('span', { class: 'hint' }, v.nextStarHours === null || v.nextStarHours === undefined
        ? t('volunteer.topStar') : t('volunteer.nextStar', { hours: formatNumber(v.nextStarHours, 1) }))])));

  const months = v.hoursByMonth || [];
  const hours = section('hours', t('volunteer.hours'), dataTable({
    caption: t('volunteer.hoursCaption'),
    empty: t('volunteer.noHours'),
    rows: months,
    columns: [
      { label: t('volunteer.col.month'), header: true, value: (m) => h('time', { datetime: m.month }, formatMonth(m.month)) },
      { label: t('volunteer.col.hours'), numeric: true, value: (m) => formatNumber(m.hours, 1) },
    ],
  }), v.hoursBroughtIn > 0 ? h('p', { class: 'hint' }, t('volunteer.broughtIn', { hours: formatNumber(v.hoursBroughtIn, 1) })) : null);

  const stationList = v.stations || [];
  const stations = section('stations', t('volunteer.stations'), stationList.length
    ? h('ul', { class: 'plain-list' }, stationList.map((s) => h('li', {}, [s.name || s.id, s.district ? ` · ${s.district}` : ''])))
    : h('p', { class: 'empty' }, t('volunteer.noStations')));

  const r = v.ratings || { count: 0, recent: [] };
  const ratings = section('ratings', t('volunteer.ratings'),
    h('p', {}, r.count ? t('volunteer.ratingSummary', { count: formatNumber(r.count), average: formatNumber(r.average, 1) }) : t('volunteer.noRatings')),
    r.count ? dataTable({
      caption: t('volunteer.recentCaption'),
      rows: r.recent || [],
      columns: [
        { label: t('volunteer.col.at'), header: true, value: (x) => timeElement(x.at) },
        { label: t('volunteer.col.stars'), value: (x) => t('volunteer.starsValue', { stars: x.stars }) },
      ],
    }) : null);

  const assignments = section('assignments', t('volunteer.assignments'), dataTable({
    caption: t('volunteer.assignmentsCaption'),
    empty: t('volunteer.noAssignments'),
    rows: v.openAssignments || [],
    columns: [
      { label: t('volunteer.col.help'), header: true,
        value: (a) => h('a', { href: `#/queue/${encodeURIComponent(a.requestId)}` }, helpTypeName(a.helpType) || t('kind.help')) },
      { label: t('volunteer.col.agreed'), value: (a) => (a.agreedAt ? formatDateTime(a.agreedAt) : '') },
      { label: t('volunteer.col.status'), value: (a) => statusName(a.status) },
    ],
  }));

  body.replaceChildren(summary, hours, stations, ratings, assignments, certificate(ctx, v));
  body.removeAttribute('aria-busy');
}

function certificate(ctx, v) {
  const { t } = ctx;
  const from = textField({ id: 'certificate-from', name: 'from', label: t('volunteer.from'), type: 'date' });
  const to = textField({ id: 'certificate-to', name: 'to', label: t('volunteer.to'), type: 'date' });
  const path = `/volunteers/${encodeURIComponent(v.id)}/certificate`;
  const link = h('a', { class: 'button-link', href: ctx.api.url(path), download: `${v.number}.pdf` }, t('volunteer.download'));
  const update = () => link.setAttribute('href', ctx.api.url(path, { from: control(from).value, to: control(to).value }));
  control(from).addEventListener('change', update);
  control(to).addEventListener('change', update);
  return section('certificate', t('volunteer.certificate'),
    h('p', { class: 'hint' }, t('volunteer.certificateHint')),
    h('div', { class: 'filter-fields' }, from, to),
    h('p', { class: 'actions' }, link));
}
