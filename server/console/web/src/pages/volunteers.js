// SPDX-License-Identifier: GPL-3.0-or-later
// Volunteers (#/volunteers): registrations sent at the kiosks waiting for approval, station duty
// waiting to be counted, and a search over the volunteers in the user's area.
import { h } from '../ui/dom.js';
import { dataTable } from '../ui/table.js';
import { statusBadge } from '../ui/badge.js';
import { masked } from '../ui/mask.js';
import { confirmDialog } from '../ui/dialog.js';
import { selectField, textField, filterBar } from '../ui/form.js';
import { timeElement, formatNumber } from '../ui/format.js';
import { hashFor } from '../hash.js';
import { availabilityText, skillsText } from '../catalogue.js';
import { starLevel } from './volunteer-words.js';

export const name = 'volunteers';
export const titleKey = 'volunteers.title';

const PAGE_SIZE = 50;
// Set by the pager and the search form just before they change the address: the new page then
// puts the keyboard on the list's heading, not at the top above the registrations.
let focusListOnce = false;

export const strings = {
  zh: {
    'volunteers.title': '志愿者',
    'volunteers.pending': '待审核的志愿者注册',
    'volunteers.pendingCaption': '在自助机上提交的志愿者注册，共 {count} 份',
    'volunteers.noPending': '没有待审核的注册。',
    'volunteers.col.name': '姓名',
    'volunteers.col.id': '证件号',
    'volunteers.col.phone': '电话',
    'volunteers.col.skills': '能做的事',
    'volunteers.col.availability': '有空的时间',
    'volunteers.col.station': '服务站',
    'volunteers.col.received': '收到时间',
    'volunteers.col.actions': '操作',
    'volunteers.duplicate': '可能已经注册过',
    'volunteers.duplicateOf': '可能已经注册过（{number}）',
    'volunteers.approve': '批准',
    'volunteers.approveName': '批准：{name}',
    'volunteers.reject': '不批准',
    'volunteers.rejectName': '不批准：{name}',
    'volunteers.approved': '已批准 {name}，志愿者编号 {number}。',
    'volunteers.rejectTitle': '不批准 {name} 的注册',
    'volunteers.rejectMessage': '原因会告诉这位居民，请写得客气、清楚（最多 200 字）。',
    'volunteers.reason': '原因',
    'volunteers.rejected': '已不批准 {name} 的注册。',
    'volunteers.duty': '待确认的服务站值班',
    'volunteers.dutyCaption': '志愿者在服务站的值班，确认后计入服务时长，共 {count} 次',
    'volunteers.noDuty': '没有待确认的值班。',
    'volunteers.col.volunteer': '志愿者',
    'volunteers.col.start': '签到',
    'volunteers.col.end': '签退',
    'volunteers.col.hours': '时长（小时）',
    'volunteers.notCheckedOut': '还没有签退',
    'volunteers.approveDuty': '确认时长：{name}',
    'volunteers.rejectDuty': '不计入：{name}',
    'volunteers.dutyApproved': '已确认 {name} 的值班时长 {hours} 小时。',
    'volunteers.dutyRejectTitle': '不计入 {name} 的这次值班',
    'volunteers.dutyRejectMessage': '请写明为什么这次值班不计入服务时长（最多 200 字）。',
    'volunteers.dutyRejected': '{name} 的这次值班不计入。',
    'volunteers.search': '查找志愿者',
    'volunteers.searchForm': '查找志愿者',
    'volunteers.q': '姓名或志愿者编号',
    'volunteers.find': '查找',
    'volunteers.listCaption': '志愿者，共 {count} 位',
    'volunteers.pages': '志愿者名单翻页',
    'volunteers.noneFound': '没有找到志愿者。',
    'volunteers.col.number': '编号',
    'volunteers.col.district': '区',
    'volunteers.col.stations': '服务站',
    'volunteers.col.hoursTotal': '服务时长（小时）',
    'volunteers.col.star': '星级',
    'volunteers.col.ratings': '评价',
    'volunteers.ratingValue': '{average} 星（{count} 次）',
    'volunteers.noRatings': '还没有评价',
    'volunteers.starLevel': '{stars} 星志愿者',
    'volunteers.noStar': '还没有星级',
    'volunteers.loading': '正在读取…',
  },
  en: {
    'volunteers.title': 'Volunteers',
    'volunteers.pending': 'Registrations waiting for approval',
    'volunteers.pendingCaption': 'Volunteer registrations sent at the kiosks, {count}',
    'volunteers.noPending': 'No registration is waiting.',
    'volunteers.col.name': 'Name',
    'volunteers.col.id': 'ID number',
    'volunteers.col.phone': 'Phone',
    'volunteers.col.skills': 'Can help with',
    'volunteers.col.availability': 'Free at',
    'volunteers.col.station': 'Station',
    'volunteers.col.received': 'Received',
    'volunteers.col.actions': 'Actions',
    'volunteers.duplicate': 'May have registered before',
    'volunteers.duplicateOf': 'May have registered before ({number})',
    'volunteers.approve': 'Approve',
    'volunteers.approveName': 'Approve: {name}',
    'volunteers.reject': 'Reject',
    'volunteers.rejectName': 'Reject: {name}',
    'volunteers.approved': '{name} approved, volunteer number {number}.',
    'volunteers.rejectTitle': 'Reject the registration of {name}',
    'volunteers.rejectMessage': 'The resident is told the reason: please write it kindly and clearly (200 characters at most).',
    'volunteers.reason': 'Reason',
    'volunteers.rejected': 'The registration of {name} was rejected.',
    'volunteers.duty': 'Station duty waiting to be counted',
    'volunteers.dutyCaption': 'Volunteers’ duty at the stations; approved hours count towards their total. {count} waiting',
    'volunteers.noDuty': 'No station duty is waiting.',
    'volunteers.col.volunteer': 'Volunteer',
    'volunteers.col.start': 'Checked in',
    'volunteers.col.end': 'Checked out',
    'volunteers.col.hours': 'Hours',
    'volunteers.notCheckedOut': 'Not checked out yet',
    'volunteers.approveDuty': 'Count the hours: {name}',
    'volunteers.rejectDuty': 'Do not count: {name}',
    'volunteers.dutyApproved': '{hours} hours of duty counted for {name}.',
    'volunteers.dutyRejectTitle': 'Do not count this duty of {name}',
    'volunteers.dutyRejectMessage': 'Please say why this duty does not count (200 characters at most).',
    'volunteers.dutyRejected': 'This duty of {name} does not count.',
    'volunteers.search': 'Find a volunteer',
    'volunteers.searchForm': 'Find a volunteer',
    'volunteers.q': 'Name or volunteer number',
    'volunteers.find': 'Find',
    'volunteers.listCaption': 'Volunteers, {count}',
    'volunteers.pages': 'Pages of the volunteer list',
    'volunteers.noneFound': 'No volunteer found.',
    'volunteers.col.number': 'Number',
    'volunteers.col.district': 'District',
    'volunteers.col.stations': 'Stations',
    'volunteers.col.hoursTotal': 'Hours served',
    'volunteers.col.star': 'Star level',
    'volunteers.col.ratings': 'Ratings',
    'volunteers.ratingValue': '{average} stars ({count})',
    'volunteers.noRatings': 'No ratings yet',
    'volunteers.starLevel': '{stars}-star volunteer',
    'volunteers.noStar': 'No star yet',
    'volunteers.loading': 'Reading…',
  },
};

function section(key, title) {
  const body = h('div', { class: 'section-body', 'aria-busy': 'true' });
  const el = h('section', { class: 'card', 'data-section': key, 'aria-labelledby': `section-${key}` },
    h('h2', { id: `section-${key}`, tabindex: '-1' }, title), body);
  return { el, body };
}

export async function render(ctx) {
  const { t } = ctx;
  const pending = section('pending', t('volunteers.pending'));
  const duty = section('duty', t('volunteers.duty'));
  const search = section('search', t('volunteers.search'));
  ctx.main.append(pending.el, duty.el, search.el);
  for (const s of [pending, duty, search]) s.body.append(h('p', { class: 'loading' }, t('volunteers.loading')));
  await Promise.all([
    drawPending(ctx, pending.body),
    drawDuty(ctx, duty.body),
    drawSearch(ctx, search.body),
  ]);
}

function done(body, ...children) {
  body.replaceChildren(...children);
  body.removeAttribute('aria-busy');
}

async function drawPending(ctx, body, focusHeading = false) {
  const { t } = ctx;
  let answer;
  try {
    answer = await ctx.api.get('/volunteers/pending');
  } catch (err) {
    done(body);
    ctx.showError(err);
    return;
  }
  if (!ctx.isCurrent()) return;
  const rows = answer.registrations || [];
  done(body, dataTable({
    caption: t('volunteers.pendingCaption', { count: formatNumber(rows.length) }),
    empty: t('volunteers.noPending'),
    rows,
    rowId: (r) => r.id,
    columns: [
      // A possible duplicate is said beside the name, where the decision is made.
      { label: t('volunteers.col.name'), header: true, value: (r) => h('span', { class: 'name-with-note' }, r.name,
        r.possibleDuplicate ? statusBadge('warn', r.possibleDuplicateOf
          ? t('volunteers.duplicateOf', { number: r.possibleDuplicateOf }) : t('volunteers.duplicate')) : null) },
      { label: t('volunteers.col.id'), value: (r) => masked(r.idMasked) },
      { label: t('volunteers.col.phone'), value: (r) => masked(r.phoneMasked) },
      { label: t('volunteers.col.skills'), value: (r) => skillsText(r.skills) },
      { label: t('volunteers.col.availability'), value: (r) => availabilityText(r.availability) },
      { label: t('volunteers.col.station'), value: (r) => r.stationName || r.stationId || '' },
      { label: t('volunteers.col.received'), value: (r) => timeElement(r.receivedAt) },
      { label: t('volunteers.col.actions'), value: (r) => h('div', { class: 'row-actions' },
        h('button', { type: 'button', class: 'primary', 'aria-label': t('volunteers.approveName', { name: r.name }),
          onClick: () => approveRegistration(ctx, r, body) }, t('volunteers.approve')),
        h('button', { type: 'button', 'aria-label': t('volunteers.rejectName', { name: r.name }),
          onClick: () => rejectRegistration(ctx, r, body) }, t('volunteers.reject'))) },
    ],
  }));
  if (focusHeading) body.parentElement.querySelector('h2')?.focus();
}

async function approveRegistration(ctx, r, body) {
  const { t } = ctx;
  try {
    const { number } = await ctx.api.post(`/volunteers/pending/${encodeURIComponent(r.id)}/approve`, {});
    if (!ctx.isCurrent()) return;
    await drawPending(ctx, body, true);
    ctx.announce(t('volunteers.approved', { name: r.name, number }));
  } catch (err) {
    ctx.showError(err);
  }
}

async function rejectRegistration(ctx, r, body) {
  const { t } = ctx;
  const answer = await confirmDialog({
    title: t('volunteers.rejectTitle', { name: r.name }),
    message: t('volunteers.rejectMessage'),
    confirmLabel: t('volunteers.reject'),
    reasonLabel: t('volunteers.reason'),
    reasonRequired: true,
    danger: true,
  });
  if (!answer || !ctx.isCurrent()) return;
  try {
    await ctx.api.post(`/volunteers/pending/${encodeURIComponent(r.id)}/reject`, { reason: answer.reason });
    if (!ctx.isCurrent()) return;
    await drawPending(ctx, body, true);
    ctx.announce(t('volunteers.rejected', { name: r.name }));
  } catch (err) {
    ctx.showError(err);
  }
}

async function drawDuty(ctx, body, focusHeading = false) {
  const { t } = ctx;
  let answer;
  try {
    answer = await ctx.api.get('/duty/pending');
  } catch (err) {
    done(body);
    ctx.showError(err);
    return;
  }
  if (!ctx.isCurrent()) return;
  const rows = answer.duties || [];
  done(body, dataTable({
    caption: t('volunteers.dutyCaption', { count: formatNumber(rows.length) }),
    empty: t('volunteers.noDuty'),
    rows,
    rowId: (d) => d.id,
    columns: [
      { label: t('volunteers.col.volunteer'), header: true,
        value: (d) => h('a', { href: `#/volunteers/${encodeURIComponent(d.volunteerId)}` }, d.volunteerName || d.volunteerId) },
      { label: t('volunteers.col.station'), value: (d) => d.stationName || d.stationId || '' },
      { label: t('volunteers.col.start'), value: (d) => timeElement(d.start) },
      { label: t('volunteers.col.end'), value: (d) => (d.end ? timeElement(d.end) : t('volunteers.notCheckedOut')) },
      { label: t('volunteers.col.hours'), numeric: true, value: (d) => formatNumber(d.hours, 1) },
      { label: t('volunteers.col.actions'), value: (d) => {
        const who = d.volunteerName || d.volunteerId;
        return h('div', { class: 'row-actions' },
          h('button', { type: 'button', class: 'primary', disabled: !d.checkedOut,
            onClick: () => approveDuty(ctx, d, body) }, t('volunteers.approveDuty', { name: who })),
          h('button', { type: 'button', onClick: () => rejectDuty(ctx, d, body) }, t('volunteers.rejectDuty', { name: who })));
      } },
    ],
  }));
  if (focusHeading) body.parentElement.querySelector('h2')?.focus();
}

async function approveDuty(ctx, d, body) {
  const { t } = ctx;
  try {
    await ctx.api.post(`/duty/${encodeURIComponent(d.id)}/approve`, {});
    if (!ctx.isCurrent()) return;
    await drawDuty(ctx, body, true);
    ctx.announce(t('volunteers.dutyApproved', { name: d.volunteerName || d.volunteerId, hours: formatNumber(d.hours, 1) }));
  } catch (err) {
    ctx.showError(err);
  }
}

async function rejectDuty(ctx, d, body) {
  const { t } = ctx;
  const who = d.volunteerName || d.volunteerId;
  const answer = await confirmDialog({
    title: t('volunteers.dutyRejectTitle', { name: who }),
    message: t('volunteers.dutyRejectMessage'),
    confirmLabel: t('volunteers.rejectDuty', { name: who }),
    reasonLabel: t('volunteers.reason'),
    reasonRequired: true,
    danger: true,
  });
  if (!answer || !ctx.isCurrent()) return;
  try {
    await ctx.api.post(`/duty/${encodeURIComponent(d.id)}/reject`, { reason: answer.reason });
    if (!ctx.isCurrent()) return;
    await drawDuty(ctx, body, true);
    ctx.announce(t('volunteers.dutyRejected', { name: who }));
  } catch (err) {
    ctx.showError(err);
  }
}

async function drawSearch(ctx, body) {
  const { t } = ctx;
  const q = ctx.query.get('q') || '';
  const district = ctx.query.get('district') || '';
  const station = ctx.query.get('station') || '';
  const offset = Math.max(0, Math.floor(Number(ctx.query.get('offset')) || 0));
  const focusList = focusListOnce;
  focusListOnce = false;
  let choices = { districts: [], stations: [] };
  try { choices = await ctx.choices(); } catch { /* the menus stay empty; the list still works */ }
  if (!ctx.isCurrent()) return;
  const fields = [textField({ id: 'volunteers-q', name: 'q', label: t('volunteers.q'), value: q, type: 'search' })];
  if (ctx.user.role === 'city' && choices.districts.length > 1) {
    fields.push(selectField({ id: 'volunteers-district', name: 'district', label: t('common.district'), value: district,
      options: [{ value: '', label: t('common.anyDistrict') }, ...choices.districts.map((d) => ({ value: d, label: d }))] }));
  }
  if (ctx.user.role !== 'station' && choices.stations.length > 1) {
    fields.push(selectField({ id: 'volunteers-station', name: 'station', label: t('common.station'), value: station,
      options: [{ value: '', label: t('common.anyStation') },
        ...choices.stations.filter((s) => !district || s.district === district).map((s) => ({ value: s.id, label: s.name || s.id }))] }));
  }
  const form = filterBar({
    label: t('volunteers.searchForm'),
    fields,
    applyLabel: t('volunteers.find'),
    resetLabel: q || district || station ? t('common.reset') : null,
    onApply: (data) => {
      focusListOnce = true;
      ctx.navigate(hashFor('volunteers', { q: data.get('q')?.trim(), district: data.get('district'), station: data.get('station') }));
    },
    onReset: () => ctx.navigate('#/volunteers'),
  });
  let answer;
  try {
    answer = await ctx.api.get('/volunteers', { q, district, station, limit: PAGE_SIZE, offset });
  } catch (err) {
    done(body, form);
    ctx.showError(err);
    return;
  }
  if (!ctx.isCurrent()) return;
  const rows = answer.volunteers || [];
  const total = Number(answer.total ?? rows.length);
  const table = dataTable({
    caption: t('volunteers.listCaption', { count: formatNumber(total) }),
    empty: t('volunteers.noneFound'),
    rows,
    rowId: (v) => v.id,
    columns: [
      { label: t('volunteers.col.name'), header: true,
        value: (v) => h('a', { href: `#/volunteers/${encodeURIComponent(v.id)}` }, v.name || v.number) },
      { label: t('volunteers.col.number'), value: (v) => v.number },
      { label: t('volunteers.col.district'), value: (v) => v.district || '' },
      { label: t('volunteers.col.stations'), value: (v) => (v.stations || []).map((s) => s.name || s.id || s).join(t('cat.listSep')) },
      { label: t('volunteers.col.hoursTotal'), numeric: true, value: (v) => formatNumber(v.hoursTotal, 1) },
      { label: t('volunteers.col.star'), value: (v) => starLevel(v.starLevel) },
      { label: t('volunteers.col.ratings'), value: (v) => (v.ratingCount
        ? t('volunteers.ratingValue', { average: formatNumber(v.ratingAverage, 1), count: formatNumber(v.ratingCount) })
        : t('volunteers.noRatings')) },
    ],
  });
  const paging = { q, district, station, offset };
  if (total > PAGE_SIZE || offset > 0) done(body, form, table, pager(ctx, paging, total));
  else done(body, form, table);
  if (focusList) body.parentElement.querySelector('h2')?.focus();
}

// Like the work queue's: where this page of the list is, and the way to the pages either side.
function pager(ctx, paging, total) {
  const { t } = ctx;
  const from = Math.min(total, paging.offset + 1);
  const to = Math.min(total, paging.offset + PAGE_SIZE);
  const go = (offset) => {
    focusListOnce = true;
    ctx.navigate(hashFor('volunteers', { q: paging.q, district: paging.district, station: paging.station, offset: offset || '' }));
  };
  return h('nav', { class: 'pager', 'aria-label': t('volunteers.pages') },
    h('p', {}, t('common.pageOf', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })),
    h('div', { class: 'actions' },
      paging.offset > 0 ? h('button', { type: 'button', onClick: () => go(Math.max(0, paging.offset - PAGE_SIZE)) }, t('common.previous')) : null,
      to < total ? h('button', { type: 'button', onClick: () => go(paging.offset + PAGE_SIZE) }, t('common.next')) : null));
}
