// SPDX-License-Identifier: GPL-3.0-or-later
// The work queue (#/queue): everything the kiosks sent that waits for someone, urgent first, then
// newest. The filters live in the address (#/queue?kind=help&day=2026-12-02), so Back and a
// bookmark show the same list.
import { h } from '../ui/dom.js';
import { dataTable } from '../ui/table.js';
import { statusBadge } from '../ui/badge.js';
import { selectField, textField, filterBar } from '../ui/form.js';
import { timeElement, formatNumber, formatTime } from '../ui/format.js';
import { hashFor } from '../hash.js';
import { KINDS, STATUSES, kindName, statusName, statusTone, summaryText } from './queue-words.js';

export const name = 'queue';
export const titleKey = 'queue.title';

const PAGE_SIZE = 50;
const REFRESH_SECONDS = 60;
// localStorage 'kiosk-console-queue-refresh-seconds' (1 to 3600) shortens the refresh for the
// browser tests, which cannot wait minutes; anything else (the usual case) is a minute.
const REFRESH_KEY = 'kiosk-console-queue-refresh-seconds';

function refreshSeconds() {
  let saved = null;
  try { saved = window.localStorage.getItem(REFRESH_KEY); } catch { saved = null; }
  const seconds = Number(saved);
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 3600 ? seconds : REFRESH_SECONDS;
}

export const strings = {
  zh: {
    'queue.title': '工作队列',
    'queue.intro': '自助机送来的、等待处理的事项。紧急的排在最前面，其余按时间从新到旧。',
    'queue.filters': '筛选工作队列',
    'queue.kind': '类别',
    'queue.anyKind': '所有类别',
    'queue.status': '状态',
    'queue.openOnly': '未办完的',
    'queue.everything': '全部（包括已办完的）',
    'queue.day': '收到的日期',
    'queue.caption': '工作队列，共 {total} 项',
    'queue.captionFiltered': '工作队列（已筛选），共 {total} 项',
    'queue.empty': '没有等待处理的事项。',
    'queue.emptyFiltered': '没有符合筛选条件的事项。可以清除筛选再看。',
    'queue.col.urgent': '紧急',
    'queue.col.item': '事项',
    'queue.col.kind': '类别',
    'queue.col.station': '服务站',
    'queue.col.status': '状态',
    'queue.col.received': '收到时间',
    'queue.col.volunteer': '志愿者',
    'queue.urgent': '紧急',
    'queue.loading': '正在读取工作队列…',
    'queue.loaded': '工作队列已更新，共 {total} 项。',
    'queue.refresh': '刷新',
    'queue.updated': '更新于 {time}，每分钟自动更新',
    'queue.newItems': '工作队列有 {count} 项新事项。',
    'queue.pages': '翻页',
    'queue.hasNote': '有留言',
    'queue.placeNamed': '{kind}：{name}',
    'queue.headline': '{kind}：{what}',
    'queue.certificateNotFound': '没有找到证件记录',
    'queue.field.helpType': '需要的帮助',
    'queue.field.request': '申请事项',
    'queue.field.procedure': '办理事项',
    'queue.field.choice': '选择',
    'queue.field.serviceName': '服务',
    'queue.field.serviceCode': '服务代码',
    'queue.field.startsAt': '预约时间',
    'queue.field.wantedDay': '希望的日期',
    'queue.field.dayPart': '时间段',
    'queue.field.place': '地点',
    'queue.field.reason': '原因',
    'queue.field.noteKeys': '居民的特别说明',
    'queue.field.note': '居民的留言',
    'queue.field.certificateFound': '找到证件记录',
    'queue.field.reportedLostOn': '挂失日期',
    'queue.field.agreedAt': '约定时间',
    'queue.field.code': '回执号',
    'queue.field.calledBack': '已回电',
    'queue.field.sentAt': '居民提交时间（自助机时钟）',
    'queue.field.receivedAt': '收到时间',
    'queue.field.statusChangedAt': '状态更新时间',
  },
  en: {
    'queue.title': 'Work queue',
    'queue.intro': 'What the kiosks sent that waits for someone. Urgent items come first, the rest newest first.',
    'queue.filters': 'Filter the work queue',
    'queue.kind': 'Kind',
    'queue.anyKind': 'All kinds',
    'queue.status': 'Status',
    'queue.openOnly': 'Not yet done',
    'queue.everything': 'All (including finished)',
    'queue.day': 'Day received',
    'queue.caption': 'Work queue, {total} items',
    'queue.captionFiltered': 'Work queue (filtered), {total} items',
    'queue.empty': 'Nothing is waiting.',
    'queue.emptyFiltered': 'Nothing matches these filters. Clear the filters to see more.',
    'queue.col.urgent': 'Urgent',
    'queue.col.item': 'Item',
    'queue.col.kind': 'Kind',
    'queue.col.station': 'Station',
    'queue.col.status': 'Status',
    'queue.col.received': 'Received',
    'queue.col.volunteer': 'Volunteer',
    'queue.urgent': 'Urgent',
    'queue.loading': 'Reading the work queue…',
    'queue.loaded': 'Work queue updated, {total} items.',
    'queue.refresh': 'Refresh',
    'queue.updated': 'Updated at {time}; it updates itself every minute',
    'queue.newItems': '{count} new items in the work queue.',
    'queue.pages': 'Pages',
    'queue.hasNote': 'has a note',
    'queue.placeNamed': '{kind}: {name}',
    'queue.headline': '{kind}: {what}',
    'queue.certificateNotFound': 'no certificate record found',
    'queue.field.helpType': 'Help needed',
    'queue.field.request': 'Request',
    'queue.field.procedure': 'Procedure',
    'queue.field.choice': 'Choice',
    'queue.field.serviceName': 'Service',
    'queue.field.serviceCode': 'Service code',
    'queue.field.startsAt': 'Booked for',
    'queue.field.wantedDay': 'Wanted day',
    'queue.field.dayPart': 'Time of day',
    'queue.field.place': 'Place',
    'queue.field.reason': 'Reason',
    'queue.field.noteKeys': 'What the resident asked us to know',
    'queue.field.note': 'The resident’s note',
    'queue.field.certificateFound': 'Certificate record found',
    'queue.field.reportedLostOn': 'Reported lost on',
    'queue.field.agreedAt': 'Agreed time',
    'queue.field.code': 'Receipt code',
    'queue.field.calledBack': 'Called back',
    'queue.field.sentAt': 'Sent by the resident (kiosk clock)',
    'queue.field.receivedAt': 'Received',
    'queue.field.statusChangedAt': 'Status changed',
  },
};

function readFilters(query) {
  return {
    kind: query.get('kind') || '',
    status: query.get('status') || '',
    district: query.get('district') || '',
    station: query.get('station') || '',
    day: query.get('day') || '',
    offset: Math.max(0, Number(query.get('offset')) || 0),
  };
}

/** The API's query: '' status = open ones only; 'all' = everything; else that status. */
function apiQuery(f) {
  const q = { kind: f.kind, district: f.district, station: f.station, day: f.day, limit: PAGE_SIZE, offset: f.offset };
  if (f.status === '') q.open = 1;
  else if (f.status === 'all') q.open = 0;
  else { q.status = f.status; q.open = 0; }
  return q;
}

export async function render(ctx) {
  const { t } = ctx;
  const filters = readFilters(ctx.query);
  const filtered = Boolean(filters.kind || filters.status || filters.district || filters.station || filters.day);
  ctx.main.append(h('p', { class: 'intro' }, t('queue.intro')));

  let choices = { districts: [], stations: [] };
  try { choices = await ctx.choices(); } catch (err) { ctx.showError(err); }
  if (!ctx.isCurrent()) return;

  const fields = [
    selectField({ id: 'queue-kind', name: 'kind', label: t('queue.kind'), value: filters.kind,
      options: [{ value: '', label: t('queue.anyKind') }, ...KINDS.map((k) => ({ value: k, label: kindName(k) }))] }),
    selectField({ id: 'queue-status', name: 'status', label: t('queue.status'), value: filters.status,
      options: [{ value: '', label: t('queue.openOnly') }, { value: 'all', label: t('queue.everything') },
        ...STATUSES.map((s) => ({ value: s, label: statusName(s) }))] }),
  ];
  // A station's staff see one station: the district and station menus would offer nothing.
  if (ctx.user.role === 'city' && choices.districts.length > 1) {
    fields.push(selectField({ id: 'queue-district', name: 'district', label: t('common.district'), value: filters.district,
      options: [{ value: '', label: t('common.anyDistrict') }, ...choices.districts.map((d) => ({ value: d, label: d }))] }));
  }
  if (ctx.user.role !== 'station' && choices.stations.length > 1) {
    const stations = choices.stations.filter((s) => !filters.district || s.district === filters.district);
    fields.push(selectField({ id: 'queue-station', name: 'station', label: t('common.station'), value: filters.station,
      options: [{ value: '', label: t('common.anyStation') }, ...stations.map((s) => ({ value: s.id, label: s.name || s.id }))] }));
  }
  fields.push(textField({ id: 'queue-day', name: 'day', label: t('queue.day'), type: 'date', value: filters.day }));

  ctx.main.append(filterBar({
    label: t('queue.filters'),
    fields,
    applyLabel: t('common.filter'),
    resetLabel: filtered ? t('common.reset') : null,
    onApply(data) {
      ctx.navigate(hashFor('queue', {
        kind: data.get('kind'), status: data.get('status'), district: data.get('district'),
        station: data.get('station'), day: data.get('day'),
      }));
    },
    onReset: () => ctx.navigate('#/queue'),
  }));

  const updated = h('p', { class: 'hint updated' });
  const refresh = h('button', { type: 'button' }, t('queue.refresh'));
  const results = h('div', { class: 'results', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('queue.loading')));
  ctx.main.append(h('div', { class: 'actions' }, refresh, updated), results);

  let shownIds = null;
  // Reads the list again; `why` is 'first', 'button' (say the count) or 'timer' (say only news).
  async function load(why) {
    let answer;
    try {
      // The timer's read is not someone using the console: it must not keep the session alive.
      answer = await ctx.api.get('/queue', apiQuery(filters), { background: why === 'timer' });
    } catch (err) {
      if (why === 'first') { results.replaceChildren(); results.removeAttribute('aria-busy'); }
      if (why !== 'timer') ctx.showError(err);
      return;
    }
    if (!ctx.isCurrent()) return;
    const items = answer.items || [];
    const total = Number(answer.total ?? items.length);
    const ids = items.map((item) => item.id);
    const fresh = shownIds ? ids.filter((id) => !shownIds.includes(id)) : [];
    if (why === 'timer' && shownIds && ids.join() === shownIds.join()) return;
    shownIds = ids;
    results.replaceChildren(...resultsView(ctx, filters, filtered, items, total));
    results.removeAttribute('aria-busy');
    updated.textContent = t('queue.updated', { time: formatTime(new Date()) });
    if (why === 'button') ctx.announce(t('queue.loaded', { total: formatNumber(total) }));
    else if (why === 'timer' && fresh.length) ctx.announce(t('queue.newItems', { count: formatNumber(fresh.length) }), { keepError: true });
  }
  refresh.addEventListener('click', () => load('button'));
  await load('first');

  // New requests appear by themselves, but never while the keyboard is inside the list (the
  // rows would move under it) or a dialog is open.
  const timer = window.setInterval(() => {
    if (results.contains(document.activeElement) || document.querySelector('dialog[open]')) return;
    load('timer');
  }, refreshSeconds() * 1000);
  return () => window.clearInterval(timer);
}

function resultsView(ctx, filters, filtered, items, total) {
  const { t } = ctx;
  const table = dataTable({
    caption: t(filtered ? 'queue.captionFiltered' : 'queue.caption', { total: formatNumber(total) }),
    empty: t(filtered ? 'queue.emptyFiltered' : 'queue.empty'),
    rows: items,
    rowId: (item) => item.id,
    columns: [
      { label: t('queue.col.item'), header: true,
        value: (item) => h('a', { href: `#/queue/${encodeURIComponent(item.id)}` }, summaryText(item)) },
      { label: t('queue.col.urgent'),
        value: (item) => (item.urgent ? statusBadge('bad', t('queue.urgent')) : '') },
      { label: t('queue.col.kind'), value: (item) => kindName(item.kind) },
      { label: t('queue.col.station'), value: (item) => item.stationName || item.stationId || '' },
      { label: t('queue.col.status'), value: (item) => statusBadge(statusTone(item.status), statusName(item.status)) },
      { label: t('queue.col.received'), value: (item) => timeElement(item.createdAt) },
      { label: t('queue.col.volunteer'), value: (item) => item.assignedVolunteer?.name || '' },
    ],
  });
  return total > PAGE_SIZE ? [table, pager(ctx, filters, total)] : [table];
}

function pager(ctx, filters, total) {
  const { t } = ctx;
  const from = filters.offset + 1;
  const to = Math.min(total, filters.offset + PAGE_SIZE);
  const go = (offset) => ctx.navigate(hashFor('queue', { ...filters, offset: offset || '' }));
  return h('nav', { class: 'pager', 'aria-label': t('queue.pages') },
    h('p', {}, t('common.pageOf', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })),
    h('div', { class: 'actions' },
      filters.offset > 0 ? h('button', { type: 'button', onClick: () => go(Math.max(0, filters.offset - PAGE_SIZE)) }, t('common.previous')) : null,
      to < total ? h('button', { type: 'button', onClick: () => go(filters.offset + PAGE_SIZE) }, t('common.next')) : null));
}
