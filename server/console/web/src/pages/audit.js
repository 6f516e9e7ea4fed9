// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: who looked at or changed which personal record, when (GET /audit), newest
// first, a page at a time, filtered by person, kind of record, action and days. The server
// limits it to the user's area; the details never hold a phone, ID number or name.
import { h, clear } from '../ui/dom.js';
import { dataTable } from '../ui/table.js';
import { selectField, textField, control, markInvalid, clearInvalid } from '../ui/form.js';
import { formatNumber, timeElement } from '../ui/format.js';
import './audit.css';

export const name = 'audit';
export const titleKey = 'audit.title';

const entities = ['queue', 'help_request', 'application', 'assessment', 'booking', 'staff_call', 'volunteer', 'registration',
  'station', 'service', 'figures', 'session'];
const actions = ['viewed', 'changed', 'revealed_phone', 'exported', 'printed', 'signed_in', 'signed_out', 'sign_in_refused'];

export const strings = {
  zh: {
    'audit.title': '查看与修改记录',
    'audit.intro': '谁在什么时候查看或修改了哪条个人记录。最新的在最前面。',
    'audit.filters': '筛选记录',
    'audit.login': '账号',
    'audit.loginHint': '登录名，例如 wang.fang',
    'audit.entity': '记录类型',
    'audit.action': '操作',
    'audit.from': '从（日期）',
    'audit.to': '到（日期）',
    'audit.all': '全部',
    'audit.apply': '显示',
    'audit.reset': '清除筛选',
    'audit.loading': '正在读取记录…',
    'audit.caption': '查看与修改记录，第 {first}–{last} 条，共 {total} 条',
    'audit.captionNone': '查看与修改记录',
    'audit.empty': '没有符合条件的记录。',
    'audit.shown': '显示第 {first}–{last} 条，共 {total} 条。',
    'audit.shownNone': '没有符合条件的记录。',
    'audit.col.at': '时间',
    'audit.col.who': '谁',
    'audit.col.action': '操作',
    'audit.col.entity': '记录',
    'audit.col.station': '服务站',
    'audit.col.detail': '说明',
    'audit.pages': '翻页',
    'audit.previous': '上一页',
    'audit.next': '下一页',
    'audit.pageOf': '第 {page} 页，共 {pages} 页',
    'audit.toBeforeFrom': '结束日期不能早于开始日期。',
    'audit.badField': '这一项填写得不对，请检查。',
    'audit.entity.queue': '工作队列（列表）',
    'audit.entity.help_request': '帮助申请',
    'audit.entity.application': '残疾人证申请',
    'audit.entity.assessment': '评估申请',
    'audit.entity.booking': '预约',
    'audit.entity.staff_call': '呼叫工作人员',
    'audit.entity.volunteer': '志愿者',
    'audit.entity.registration': '志愿者报名',
    'audit.entity.station': '服务站',
    'audit.entity.service': '服务',
    'audit.entity.figures': '计划指标',
    'audit.entity.session': '登录',
    'audit.action.viewed': '查看',
    'audit.action.changed': '修改',
    'audit.action.revealed_phone': '查看电话',
    'audit.action.exported': '导出',
    'audit.action.printed': '打印',
    'audit.action.signed_in': '登录',
    'audit.action.signed_out': '退出',
    'audit.action.sign_in_refused': '登录被拒绝',
  },
  en: {
    'audit.title': 'Audit log',
    'audit.intro': 'Who looked at or changed which personal record, and when. Newest first.',
    'audit.filters': 'Filter the log',
    'audit.login': 'Account',
    'audit.loginHint': 'The sign-in name, such as wang.fang',
    'audit.entity': 'Kind of record',
    'audit.action': 'Action',
    'audit.from': 'From (day)',
    'audit.to': 'To (day)',
    'audit.all': 'All',
    'audit.apply': 'Show',
    'audit.reset': 'Clear the filters',
    'audit.loading': 'Reading the log…',
    'audit.caption': 'Audit log, entries {first} to {last} of {total}',
    'audit.captionNone': 'Audit log',
    'audit.empty': 'No entries match.',
    'audit.shown': 'Showing entries {first} to {last} of {total}.',
    'audit.shownNone': 'No entries match.',
    'audit.col.at': 'When',
    'audit.col.who': 'Who',
    'audit.col.action': 'Action',
    'audit.col.entity': 'Record',
    'audit.col.station': 'Station',
    'audit.col.detail': 'Detail',
    'audit.pages': 'Pages',
    'audit.previous': 'Previous page',
    'audit.next': 'Next page',
    'audit.pageOf': 'Page {page} of {pages}',
    'audit.toBeforeFrom': 'The last day cannot be before the first.',
    'audit.badField': 'This is not right; please check it.',
    'audit.entity.queue': 'Work queue (list)',
    'audit.entity.help_request': 'Help request',
    'audit.entity.application': 'Certificate application',
    'audit.entity.assessment': 'Assessment request',
    'audit.entity.booking': 'Booking',
    'audit.entity.staff_call': 'Call for staff',
    'audit.entity.volunteer': 'Volunteer',
    'audit.entity.registration': 'Volunteer registration',
    'audit.entity.station': 'Station',
    'audit.entity.service': 'Service',
    'audit.entity.figures': 'Plan figures',
    'audit.entity.session': 'Sign-in',
    'audit.action.viewed': 'Viewed',
    'audit.action.changed': 'Changed',
    'audit.action.revealed_phone': 'Showed the phone',
    'audit.action.exported': 'Exported',
    'audit.action.printed': 'Printed',
    'audit.action.signed_in': 'Signed in',
    'audit.action.signed_out': 'Signed out',
    'audit.action.sign_in_refused': 'Sign-in refused',
  },
};

const pageSize = 50;

export async function render(ctx) {
  const { t } = ctx;
  const word = (group, key) => {
    const text = t(`audit.${group}.${key}`);
    return text === `audit.${group}.${key}` ? key : text;
  };
  const filter = {
    login: ctx.query?.get('login') || '',
    entity: ctx.query?.get('entity') || '',
    action: ctx.query?.get('action') || '',
    from: ctx.query?.get('from') || '',
    to: ctx.query?.get('to') || '',
  };
  let offset = 0;

  const loginField = textField({ id: 'audit-login', name: 'login', label: t('audit.login'), value: filter.login,
    hint: t('audit.loginHint'), autocomplete: 'off' });
  const entityField = selectField({ id: 'audit-entity', name: 'entity', label: t('audit.entity'), value: filter.entity,
    options: [{ value: '', label: t('audit.all') }, ...entities.map((e) => ({ value: e, label: word('entity', e) }))] });
  const actionField = selectField({ id: 'audit-action', name: 'action', label: t('audit.action'), value: filter.action,
    options: [{ value: '', label: t('audit.all') }, ...actions.map((a) => ({ value: a, label: word('action', a) }))] });
  const fromField = textField({ id: 'audit-from', name: 'from', type: 'date', label: t('audit.from'), value: filter.from });
  const toField = textField({ id: 'audit-to', name: 'to', type: 'date', label: t('audit.to'), value: filter.to });
  const fields = { login: loginField, entity: entityField, action: actionField, from: fromField, to: toField };

  const form = h('form', { class: 'filters audit-filters', role: 'search', 'aria-label': t('audit.filters'), novalidate: true },
    h('div', { class: 'filter-fields' }, Object.values(fields)),
    h('div', { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'primary' }, t('audit.apply')),
      h('button', { type: 'button', onClick: () => {
        for (const f of Object.values(fields)) control(f).value = '';
        for (const key of Object.keys(filter)) filter[key] = '';
        offset = 0;
        load(true);
      } }, t('audit.reset'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const f of Object.values(fields)) clearInvalid(f);
    for (const [key, f] of Object.entries(fields)) filter[key] = control(f).value.trim();
    if (filter.from && filter.to && filter.to < filter.from) {
      markInvalid(toField, t('audit.toBeforeFrom'));
      control(toField).focus();
      return;
    }
    offset = 0;
    load(true);
  });

  const stationNames = new Map();
  ctx.choices().then((c) => { for (const s of c.stations || []) stationNames.set(s.id, s.name || s.id); }).catch(() => {});

  const results = h('div', { class: 'audit-results', 'aria-busy': 'true' }, h('p', {}, t('audit.loading')));
  const previous = h('button', { type: 'button', onClick: () => { offset = Math.max(0, offset - pageSize); load(true); } },
    t('audit.previous'));
  const next = h('button', { type: 'button', onClick: () => { offset += pageSize; load(true); } }, t('audit.next'));
  const pageText = h('p', { class: 'audit-page' });
  const pager = h('nav', { class: 'pager audit-pager', 'aria-label': t('audit.pages') }, previous, pageText, next);
  ctx.main.append(h('p', {}, t('audit.intro')), form, results, pager);

  async function load(announceResult) {
    results.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await ctx.api.get('/audit', { ...filter, limit: pageSize, offset });
    } catch (err) {
      if (!ctx.isCurrent()) return;
      results.removeAttribute('aria-busy');
      if (fields[err.field]) markInvalid(fields[err.field], t('audit.badField'));
      ctx.showError(err);
      return;
    }
    if (!ctx.isCurrent()) return;
    const entries = answer.entries || [];
    const total = answer.total ?? entries.length;
    if (!entries.length && offset > 0 && total > 0) {
      // The log shrank under us (a filter elsewhere): show its last page instead of nothing.
      offset = Math.max(0, Math.floor((total - 1) / pageSize) * pageSize);
      load(announceResult);
      return;
    }
    const first = entries.length ? offset + 1 : 0;
    const last = offset + entries.length;
    const numbers = { first: formatNumber(first), last: formatNumber(last), total: formatNumber(total) };
    clear(results).append(dataTable({
      caption: entries.length ? t('audit.caption', numbers) : t('audit.captionNone'),
      columns: [
        { label: t('audit.col.at'), header: true, value: (e) => timeElement(e.at) },
        { label: t('audit.col.who'), value: (e) => whoCell(e) },
        { label: t('audit.col.action'), value: (e) => word('action', e.action) },
        { label: t('audit.col.entity'), value: (e) => entityCell(e) },
        { label: t('audit.col.station'), value: (e) => (e.stationId ? stationNames.get(e.stationId) || e.stationId : '—') },
        { label: t('audit.col.detail'), value: (e) => e.detail || '—' },
      ],
      rows: entries,
      empty: t('audit.empty'),
    }));
    results.removeAttribute('aria-busy');
    const pages = Math.max(1, Math.ceil(total / pageSize));
    pageText.textContent = t('audit.pageOf', { page: formatNumber(Math.floor(offset / pageSize) + 1), pages: formatNumber(pages) });
    previous.disabled = offset === 0;
    next.disabled = last >= total;
    pager.hidden = total <= pageSize && offset === 0;
    if (announceResult) ctx.announce(entries.length ? t('audit.shown', numbers) : t('audit.shownNone'));
  }

  function whoCell(e) {
    if (!e.displayName) return e.login;
    return h('span', {}, h('span', { class: 'audit-name' }, e.displayName), ' ', h('span', { class: 'audit-login muted' }, `(${e.login})`));
  }

  function entityCell(e) {
    return h('span', {}, h('span', { class: 'audit-entity' }, word('entity', e.entity)),
      e.entityId ? h('span', { class: 'audit-entity-id' }, e.entityId) : null);
  }

  await load(false);
}
