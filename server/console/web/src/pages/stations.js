// SPDX-License-Identifier: GPL-3.0-or-later
// Stations: what each kiosk last told the centre (GET /stations): when it was last in contact,
// what waits in its outbox, what the server parked and why, its card reader, speaker, software
// and free disk. A kiosk silent for longer than the server's limit is marked with a word and an
// icon as well as red, so nobody has to tell colours apart. City and district coordinators give
// a kiosk a new enrollment code (shown once) or revoke it.
import { h, clear } from '../ui/dom.js';
import { dataTable } from '../ui/table.js';
import { statusBadge } from '../ui/badge.js';
import { confirmDialog } from '../ui/dialog.js';
import { formatDateTime, formatRelative, formatBytes, formatNumber, timeElement } from '../ui/format.js';
import { recordKindName } from './stations-recordkinds.js';
import './stations.css';

export const name = 'stations';
export const titleKey = 'stations.title';

export const strings = {
  zh: {
    'stations.title': '服务站',
    'stations.intro': '每台自助机每次同步时都会报告自己的情况。超过 {minutes} 分钟没有联系的服务站标为“失联”。',
    'stations.refresh': '刷新',
    'stations.updated': '更新于 {time}',
    'stations.loading': '正在读取服务站…',
    'stations.summary': '共 {count} 个服务站，{silent} 个失联。',
    'stations.caption': '服务站及其自助机状态',
    'stations.empty': '您的范围内还没有服务站。',
    'stations.col.station': '服务站',
    'stations.col.contact': '联系状态',
    'stations.lastContactAgo': '最后联系：{time}',
    'stations.col.backlog': '待发送',
    'stations.col.parked': '暂存未处理',
    'stations.col.devices': '读卡器和扬声器',
    'stations.col.version': '软件版本',
    'stations.col.disk': '剩余磁盘',
    'stations.col.enrollment': '注册',
    'stations.col.actions': '操作',
    'stations.state.silent': '失联',
    'stations.state.silentFor': '超过 {minutes} 分钟没有联系',
    'stations.state.ok': '联系正常',
    'stations.state.never': '从未联系',
    'stations.state.revoked': '已停用',
    'stations.unknown': '未报告',
    'stations.backlogItems': '{count} 条',
    'stations.backlogItem': '{count} 条',
    'stations.parkedNone': '没有',
    'stations.parkedCount': '{count} 条',
    'stations.parkedLink': '{count} 条，见下方',
    'stations.parkedLinkOne': '{count} 条，见下方',
    'stations.reader': '读卡器：',
    'stations.speaker': '扬声器：',
    'stations.reader.ok': '正常',
    'stations.reader.absent': '未连接',
    'stations.reader.simulated': '模拟（演示）',
    'stations.reader.error': '故障',
    'stations.speaker.ok': '正常',
    'stations.speaker.absent': '未连接',
    'stations.speaker.muted': '已静音',
    'stations.speaker.error': '故障',
    'stations.healthAt': '报告于 {time}',
    'stations.codeValidUntil': '注册码有效至 {time}',
    'stations.enrolled': '已注册',
    'stations.newCode': '新注册码',
    'stations.newCodeFor': '给 {station} 生成新注册码',
    'stations.revoke': '停用',
    'stations.revokeFor': '停用 {station}',
    'stations.revokeTitle': '停用 {station}？',
    'stations.revokeMessage': '这台自助机将不能再同步，直到用新注册码重新注册。已经在机器上的内容不会被删除。',
    'stations.revokeConfirm': '停用这台自助机',
    'stations.revoked': '{station} 已停用。',
    'stations.readmitTitle': '让 {station} 重新注册？',
    'stations.readmitMessage': '这台自助机已停用。生成新注册码后停用就取消了，用这个码注册后自助机可以重新同步；原来的凭证仍然作废。',
    'stations.readmitConfirm': '生成新注册码',
    'stations.codeTitle': '{station} 的新注册码',
    'stations.codeOnce': '这个注册码只显示这一次，请现在抄下来，在自助机的设置里输入。',
    'stations.codeValid': '有效至 {time}（{relative}）。',
    'stations.codeMade': '已为 {station} 生成新注册码，有效至 {time}。',
    'stations.codeLabel': '注册码',
    'stations.codeDismiss': '我已抄下，隐藏注册码',
    'stations.parkedTitle': '暂存未处理的内容',
    'stations.parkedIntro': '服务器收下但没能处理的内容，和它的原因。',
    'stations.parkedCaption': '{station} 暂存的内容',
    'stations.parkedMore': '另有 {count} 条未列出。',
    'stations.parked.kind': '类型',
    'stations.parked.reason': '原因',
    'stations.parked.since': '暂存时间',
    'stations.noParked': '没有暂存未处理的内容。',
  },
  en: {
    'stations.title': 'Stations',
    'stations.intro': 'Every kiosk reports how it is at each sync. A station out of contact for more than {minutes} minutes is marked "Silent".',
    'stations.refresh': 'Refresh',
    'stations.updated': 'Updated {time}',
    'stations.loading': 'Reading the stations…',
    'stations.summary': '{count} stations, {silent} silent.',
    'stations.caption': 'Stations and the state of their kiosks',
    'stations.empty': 'There are no stations in your area yet.',
    'stations.col.station': 'Station',
    'stations.col.contact': 'Contact',
    'stations.lastContactAgo': 'Last contact: {time}',
    'stations.col.backlog': 'Waiting to send',
    'stations.col.parked': 'Parked',
    'stations.col.devices': 'Card reader and speaker',
    'stations.col.version': 'Software',
    'stations.col.disk': 'Free disk',
    'stations.col.enrollment': 'Enrollment',
    'stations.col.actions': 'Actions',
    'stations.state.silent': 'Silent',
    'stations.state.silentFor': 'no contact for more than {minutes} minutes',
    'stations.state.ok': 'In contact',
    'stations.state.never': 'Never in contact',
    'stations.state.revoked': 'Revoked',
    'stations.unknown': 'Not reported',
    'stations.backlogItems': '{count} items',
    'stations.backlogItem': '{count} item',
    'stations.parkedNone': 'None',
    'stations.parkedCount': '{count} items',
    'stations.parkedLink': '{count} items, see below',
    'stations.parkedLinkOne': '{count} item, see below',
    'stations.reader': 'Card reader: ',
    'stations.speaker': 'Speaker: ',
    'stations.reader.ok': 'working',
    'stations.reader.absent': 'not connected',
    'stations.reader.simulated': 'simulated (demo)',
    'stations.reader.error': 'fault',
    'stations.speaker.ok': 'working',
    'stations.speaker.absent': 'not connected',
    'stations.speaker.muted': 'muted',
    'stations.speaker.error': 'fault',
    'stations.healthAt': 'reported {time}',
    'stations.codeValidUntil': 'code valid until {time}',
    'stations.enrolled': 'Enrolled',
    'stations.newCode': 'New code',
    'stations.newCodeFor': 'New code for {station}',
    'stations.revoke': 'Revoke',
    'stations.revokeFor': 'Revoke {station}',
    'stations.revokeTitle': 'Revoke {station}?',
    'stations.revokeMessage': 'This kiosk can no longer sync until it is enrolled again with a new code. Nothing on the kiosk is deleted.',
    'stations.revokeConfirm': 'Revoke this kiosk',
    'stations.revoked': '{station} is revoked.',
    'stations.readmitTitle': 'Let {station} enroll again?',
    'stations.readmitMessage': 'This kiosk is revoked. A new code lifts the revocation: enrolled with it, the kiosk syncs again. Its old credential stays withdrawn.',
    'stations.readmitConfirm': 'Make a new code',
    'stations.codeTitle': 'New enrollment code for {station}',
    'stations.codeOnce': 'This code is shown only this once: write it down now and enter it in the kiosk\'s settings.',
    'stations.codeValid': 'Valid until {time} ({relative}).',
    'stations.codeMade': 'New enrollment code for {station}, valid until {time}.',
    'stations.codeLabel': 'Enrollment code',
    'stations.codeDismiss': 'I have written it down: hide the code',
    'stations.parkedTitle': 'Parked items',
    'stations.parkedIntro': 'What the server received but could not take in, and why.',
    'stations.parkedCaption': 'Items parked for {station}',
    'stations.parkedMore': '{count} more are not listed.',
    'stations.parked.kind': 'Kind',
    'stations.parked.reason': 'Reason',
    'stations.parked.since': 'Parked since',
    'stations.noParked': 'Nothing is parked.',
  },
};

const readerStates = { ok: 'ok', absent: 'warn', simulated: 'info', error: 'bad' };
const speakerStates = { ok: 'ok', absent: 'warn', muted: 'warn', error: 'bad' };

export async function render(ctx) {
  const { t } = ctx;
  const canManage = ctx.user.role === 'city' || ctx.user.role === 'district';

  const intro = h('p', { class: 'stations-intro' });
  const updated = h('p', { class: 'stations-updated muted' });
  const refresh = h('button', { type: 'button', onClick: () => load(true) }, t('stations.refresh'));
  const codeArea = h('div', { class: 'stations-code-area' });
  const summary = h('p', { class: 'stations-summary', tabindex: '-1' });
  const tableArea = h('div', { class: 'stations-table-area', 'aria-busy': 'true' }, h('p', {}, t('stations.loading')));
  const parkedArea = h('section', { class: 'stations-parked', 'aria-labelledby': 'stations-parked-title' });
  ctx.main.append(intro, h('div', { class: 'actions stations-toolbar' }, refresh, updated),
    codeArea, summary, tableArea, parkedArea);

  let stationsById = new Map();

  async function load(announceResult) {
    tableArea.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await ctx.api.get('/stations');
    } catch (err) {
      if (ctx.isCurrent()) {
        tableArea.removeAttribute('aria-busy');
        ctx.showError(err);
      }
      return;
    }
    if (!ctx.isCurrent()) return;
    const minutes = answer.silentAfterMinutes ?? 30;
    const stations = answer.stations || [];
    stationsById = new Map(stations.map((s) => [s.id, s]));
    intro.textContent = t('stations.intro', { minutes });
    const silentCount = stations.filter((s) => s.silent && !s.revoked).length;
    summary.textContent = t('stations.summary', { count: formatNumber(stations.length), silent: formatNumber(silentCount) });
    updated.textContent = t('stations.updated', { time: formatDateTime(stationNow()) });
    clear(tableArea).append(stationsTable(stations, minutes));
    tableArea.removeAttribute('aria-busy');
    clear(parkedArea).append(...parkedSection(stations));
    if (announceResult) ctx.announce(summary.textContent);
  }

  function stationsTable(stations, minutes) {
    const columns = [
      { label: t('stations.col.station'), header: true, value: (s) => stationCell(s) },
      { label: t('stations.col.contact'), value: (s) => contactCell(s, minutes) },
      { label: t('stations.col.backlog'), numeric: true, value: (s) => countText(s.backlog, 'stations.backlogItems') },
      { label: t('stations.col.parked'), numeric: true, value: (s) => parkedCell(s) },
      { label: t('stations.col.devices'), value: (s) => devicesCell(s) },
      { label: t('stations.col.version'), value: (s) => (s.version ? h('span', { class: 'stations-nowrap' }, s.version) : t('stations.unknown')) },
      { label: t('stations.col.disk'), numeric: true,
        value: (s) => (isNumber(s.freeDiskBytes) ? h('span', { class: 'stations-nowrap' }, formatBytes(s.freeDiskBytes)) : t('stations.unknown')) },
      { label: t('stations.col.enrollment'), value: (s) => enrollmentCell(s) },
    ];
    if (canManage) columns.push({ label: t('stations.col.actions'), value: (s) => actionsCell(s) });
    const wrap = dataTable({ caption: t('stations.caption'), columns, rows: stations, rowId: (s) => s.id, empty: t('stations.empty') });
    // The row's own mark (a left bar) repeats the badge's word for a silent station.
    for (const s of stations) {
      if (!s.silent || s.revoked) continue;
      const row = wrap.querySelector(`tr[data-id="${CSS.escape(s.id)}"]`);
      if (row) row.classList.add('stations-row-silent');
    }
    return wrap;
  }

  function stationCell(s) {
    return h('span', { class: 'stations-name' },
      h('span', {}, s.name || s.id),
      h('span', { class: 'stations-sub muted' }, [s.id, s.district].filter(Boolean).join(' · ')));
  }

  // The state in a word with an icon, then when the kiosk was last heard from.
  function contactCell(s, minutes) {
    const parts = [contactBadge(s)];
    if (s.silent && !s.revoked && s.lastContactAt) {
      parts.push(h('span', { class: 'stations-sub stations-silent-note' }, t('stations.state.silentFor', { minutes })));
    }
    if (s.lastContactAt) {
      parts.push(h('span', { class: 'stations-sub' }, t('stations.lastContactAgo', { time: formatRelative(s.lastContactAt) })),
        h('span', { class: 'stations-sub muted' }, timeElement(s.lastContactAt)));
    }
    return h('span', { class: 'stations-stack' }, parts);
  }

  function contactBadge(s) {
    if (s.revoked) return iconBadge('muted', '⊘', t('stations.state.revoked'));
    if (!s.lastContactAt) return iconBadge(s.silent ? 'bad' : 'warn', '⚠', t('stations.state.never'));
    if (s.silent) return iconBadge('bad', '⚠', t('stations.state.silent'));
    return iconBadge('ok', '✓', t('stations.state.ok'));
  }

  function iconBadge(kind, icon, text) {
    const badge = statusBadge(kind, '');
    badge.append(h('span', { class: 'stations-icon', 'aria-hidden': 'true' }, icon), ' ', text);
    return badge;
  }

  function timeCell(value, whenMissing) {
    if (!value) return whenMissing;
    return h('span', {},
      h('span', {}, formatRelative(value)),
      h('span', { class: 'stations-sub muted' }, timeElement(value)));
  }

  function countText(value, key) {
    if (!isNumber(value) || value < 0) return t('stations.unknown');
    return t(value === 1 ? key.replace(/s$/, '') : key, { count: formatNumber(value) });
  }

  function parkedCell(s) {
    const count = s.parked?.count ?? 0;
    if (!s.parked) return t('stations.unknown');
    if (count === 0) return t('stations.parkedNone');
    return h('a', { href: `#/stations`, 'data-target': parkedId(s.id), onClick: (event) => {
      event.preventDefault();
      const target = document.getElementById(parkedId(s.id));
      if (target) { target.focus(); target.scrollIntoView({ block: 'start' }); }
    } }, t(count === 1 ? 'stations.parkedLinkOne' : 'stations.parkedLink', { count: formatNumber(count) }));
  }

  function devicesCell(s) {
    if (!s.reader && !s.speaker) return h('span', { class: 'muted' }, t('stations.unknown'));
    return h('ul', { class: 'stations-devices' },
      h('li', {}, t('stations.reader'), deviceBadge('reader', s.reader, readerStates)),
      h('li', {}, t('stations.speaker'), deviceBadge('speaker', s.speaker, speakerStates)));
  }

  function deviceBadge(device, state, kinds) {
    if (!state) return h('span', { class: 'muted' }, t('stations.unknown'));
    const kind = kinds[state] || 'info';
    const text = kinds[state] ? t(`stations.${device}.${state}`) : state;
    return kind === 'bad' ? iconBadge('bad', '⚠', text) : statusBadge(kind, text);
  }

  function enrollmentCell(s) {
    const parts = [];
    if (s.revoked) parts.push(statusBadge('muted', t('stations.state.revoked')));
    else if (s.lastContactAt) parts.push(h('span', { class: 'stations-nowrap' }, t('stations.enrolled')));
    if (s.enrollmentCodeValidUntil) {
      parts.push(h('span', { class: 'stations-sub' }, t('stations.codeValidUntil', { time: formatDateTime(s.enrollmentCodeValidUntil) })));
    }
    if (s.healthAt) parts.push(h('span', { class: 'stations-sub muted' }, t('stations.healthAt', { time: formatRelative(s.healthAt) })));
    return parts.length ? h('span', { class: 'stations-stack' }, parts) : '—';
  }

  function actionsCell(s) {
    const label = s.name || s.id;
    return h('div', { class: 'actions stations-actions' },
      h('button', { type: 'button', 'aria-label': t('stations.newCodeFor', { station: label }), onClick: (e) => newCode(s, e.currentTarget) },
        t('stations.newCode')),
      s.revoked ? null : h('button', { type: 'button', class: 'danger', 'aria-label': t('stations.revokeFor', { station: label }),
        onClick: (e) => revoke(s, e.currentTarget) }, t('stations.revoke')));
  }

  async function newCode(s, button) {
    const label = s.name || s.id;
    // A new code for a revoked kiosk lets it back in: ask first, and only then tell the server
    // to lift the revocation (it refuses a code for a revoked kiosk without liftRevocation).
    if (s.revoked) {
      const choice = await confirmDialog({
        title: t('stations.readmitTitle', { station: label }),
        message: t('stations.readmitMessage'),
        confirmLabel: t('stations.readmitConfirm'),
      });
      if (!choice || !ctx.isCurrent()) return;
    }
    button.disabled = true;
    try {
      const body = s.revoked ? { liftRevocation: true } : {};
      const answer = await ctx.api.post(`/stations/${encodeURIComponent(s.id)}/code`, body);
      if (!ctx.isCurrent()) return;
      showCode(label, answer.code, answer.validUntil);
      ctx.announce(t('stations.codeMade', { station: label, time: formatDateTime(answer.validUntil) }));
      await load(false);
    } catch (err) {
      if (!ctx.isCurrent()) return;
      ctx.showError(err);
      // Revoked meanwhile by someone else (409): show it so the next try asks first.
      if (err?.status === 409) await load(false);
    } finally {
      button.disabled = false;
    }
  }

  // The code lives only in this box: never in the table, never kept after the page is left.
  function showCode(label, code, validUntil) {
    const titleId = 'stations-code-title';
    const heading = h('h2', { id: titleId, tabindex: '-1' }, t('stations.codeTitle', { station: label }));
    const box = h('section', { class: 'card stations-code', 'aria-labelledby': titleId },
      heading,
      h('p', {}, t('stations.codeOnce')),
      h('p', { class: 'stations-code-line' },
        h('span', { class: 'stations-code-label' }, `${t('stations.codeLabel')}: `),
        h('code', { class: 'stations-code-value' }, code)),
      h('p', {}, t('stations.codeValid', { time: formatDateTime(validUntil), relative: formatRelative(validUntil) })),
      h('div', { class: 'actions' }, h('button', { type: 'button', onClick: () => {
        clear(codeArea);
        refresh.focus();
      } }, t('stations.codeDismiss'))));
    clear(codeArea).append(box);
    heading.focus();
  }

  async function revoke(s, button) {
    const label = s.name || s.id;
    const choice = await confirmDialog({
      title: t('stations.revokeTitle', { station: label }),
      message: t('stations.revokeMessage'),
      confirmLabel: t('stations.revokeConfirm'),
      danger: true,
    });
    if (!choice || !ctx.isCurrent()) return;
    button.disabled = true;
    try {
      await ctx.api.post(`/stations/${encodeURIComponent(s.id)}/revoke`, {});
      if (!ctx.isCurrent()) return;
      ctx.announce(t('stations.revoked', { station: label }));
      await load(false);
      summary.focus();
    } catch (err) {
      if (ctx.isCurrent()) ctx.showError(err);
      button.disabled = false;
    }
  }

  function parkedSection(stations) {
    const withParked = stations.filter((s) => (s.parked?.count ?? 0) > 0);
    const out = [h('h2', { id: 'stations-parked-title' }, t('stations.parkedTitle')), h('p', {}, t('stations.parkedIntro'))];
    if (!withParked.length) {
      out.push(h('p', { class: 'empty' }, t('stations.noParked')));
      return out;
    }
    for (const s of withParked) {
      const label = s.name || s.id;
      const items = s.parked.items || [];
      const block = h('div', { class: 'stations-parked-block', id: parkedId(s.id), tabindex: '-1' },
        dataTable({
          caption: t('stations.parkedCaption', { station: label }),
          columns: [
            { label: t('stations.parked.kind'), header: true, value: (p) => recordKindName(p.kind, ctx.lang) },
            { label: t('stations.parked.reason'), value: (p) => p.reason || '—' },
            { label: t('stations.parked.since'), value: (p) => timeCell(p.since, '—') },
          ],
          rows: items,
          empty: t('stations.parkedCount', { count: formatNumber(s.parked.count) }),
        }));
      if (s.parked.count > items.length) {
        block.append(h('p', { class: 'muted' }, t('stations.parkedMore', { count: formatNumber(s.parked.count - items.length) })));
      }
      out.push(block);
    }
    return out;
  }

  await load(false);
}

function parkedId(stationId) {
  return `stations-parked-${String(stationId).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

// Now on the stations' clock (UTC+8 all year, as the server sends every time), so "updated"
// reads like the times beside it whatever zone the office PC is set to.
function stationNow() {
  return new Date(Date.now() + 8 * 3600000).toISOString().replace(/\.\d+Z$/, '+08:00');
}

function isNumber(value) {
  return typeof value === 'number' && Number.isFinite(value);
}
