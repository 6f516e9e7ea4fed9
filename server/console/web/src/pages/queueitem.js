// SPDX-License-Identifier: GPL-3.0-or-later
// One queue item (#/queue/<id>): what was asked, the masked ID and phone (the full phone only on
// demand, and the server logs that look), its history, and the actions: assign a suggested
// volunteer, set the status with a note, mark the call-back done. Each result is announced.
import { h, uid } from '../ui/dom.js';
import { dataTable } from '../ui/table.js';
import { statusBadge } from '../ui/badge.js';
import { masked } from '../ui/mask.js';
import { formDialog } from '../ui/dialog.js';
import { selectField, textField, textareaField, control, markInvalid, clearInvalid } from '../ui/form.js';
import { timeElement, formatNumber } from '../ui/format.js';
import { tOr } from '../i18n.js';
import { setBusy, isBusy } from '../ui/busy.js';
import { statusName, statusTone, headline, detailsList } from './queue-words.js';

export const name = 'queueitem';
export const titleKey = 'queueitem.title';

// Only an application carries words back to the visitor: why it was refused (needed), and where
// to collect the new card when it is done (optional, in both languages: the kiosk shows either).
const needsReason = (item, status) => item.kind === 'application' && status === 'refused';
const takesPickup = (item, status) => item.kind === 'application' && status === 'done';

export const strings = {
  zh: {
    'queueitem.title': '事项详情',
    'queueitem.back': '返回工作队列',
    'queueitem.loading': '正在读取这一项…',
    'queueitem.overview': '概况',
    'queueitem.station': '服务站',
    'queueitem.status': '状态',
    'queueitem.received': '收到时间',
    'queueitem.volunteer': '志愿者',
    'queueitem.details': '详情',
    'queueitem.contact': '联系居民',
    'queueitem.idNumber': '证件号',
    'queueitem.noId': '没有证件号',
    'queueitem.phone': '电话',
    'queueitem.noPhone': '没有留电话',
    'queueitem.showPhone': '显示完整电话号码',
    'queueitem.phoneNote': '查看完整号码会记入查阅记录，请只在需要打电话时查看。',
    'queueitem.phoneShown': '完整电话号码已显示。这次查看已记录。',
    'queueitem.assign': '安排志愿者',
    'queueitem.assigned': '现在安排的志愿者：{name}',
    'queueitem.noAssigned': '还没有安排志愿者。',
    'queueitem.showSuggestions': '查看推荐的志愿者',
    'queueitem.suggestionsLoading': '正在找合适的志愿者…',
    'queueitem.suggestionsCaption': '推荐的志愿者（最合适的在前）',
    'queueitem.noSuggestions': '没有找到有这项技能、这个时间有空的志愿者。',
    'queueitem.col.name': '志愿者',
    'queueitem.col.where': '所属',
    'queueitem.col.open': '正在进行的任务',
    'queueitem.col.rating': '评价',
    'queueitem.col.action': '操作',
    'queueitem.homeStation': '本服务站',
    'queueitem.sameDistrict': '同一个区',
    'queueitem.otherDistrict': '其他区',
    'queueitem.alreadyHere': '已安排',
    'queueitem.ratingValue': '{average} 星（{count} 次评价）',
    'queueitem.noRatings': '还没有评价',
    'queueitem.assignTo': '安排 {name}',
    'queueitem.assignTitle': '安排 {name}',
    'queueitem.assignMessage': '志愿者会收到这项任务，居民在自助机上能看到已安排志愿者。',
    'queueitem.agreedAt': '约定的时间（可以不填）',
    'queueitem.note': '备注（可以不填）',
    'queueitem.assignConfirm': '确认安排',
    'queueitem.assignDone': '已安排志愿者 {name}。',
    'queueitem.setStatus': '更改状态',
    'queueitem.newStatus': '新状态',
    'queueitem.reason': '不予受理的原因（会告诉居民）',
    'queueitem.pickup': '领证地点（可以不填）',
    'queueitem.pickupHint': '居民会在自助机上看到去哪里领新证。要填就中文、英文都填。',
    'queueitem.pickupZh': '领证地点（中文）',
    'queueitem.pickupEn': '领证地点（英文）',
    'queueitem.pickupBoth': '请中文和英文都填，或者都不填。',
    'queueitem.statusNote': '备注（只有工作人员能看到）',
    'queueitem.saveStatus': '更改状态',
    'queueitem.statusDone': '状态已改为“{status}”。',
    'queueitem.noStatusChange': '这一项现在不能再更改状态。',
    'queueitem.callBack': '给居民回电',
    'queueitem.callBackHint': '打完电话后在这里记一下，别人就不会再重复打。',
    'queueitem.callBackNote': '电话里说了什么（可以不填）',
    'queueitem.callBackButton': '已回电',
    'queueitem.callBackDone': '已记下：给居民回过电话。',
    'queueitem.calledBack': '已经给居民回过电话。',
    'queueitem.answer': '回应呼叫',
    'queueitem.answerHint': '到自助机旁帮了居民、或联系过居民以后，在这里记一下，这次呼叫就办完了。',
    'queueitem.answerNote': '怎么帮的（可以不填）',
    'queueitem.answerButton': '已回应',
    'queueitem.answerDone': '已记下：这次呼叫已回应。',
    'queueitem.history': '处理记录',
    'queueitem.historyCaption': '这一项的处理记录（从早到晚）',
    'queueitem.noHistory': '还没有处理记录。',
    'queueitem.col.at': '时间',
    'queueitem.col.by': '经办人',
    'queueitem.col.what': '做了什么',
    'queueitem.col.status': '状态',
    'queueitem.col.note': '备注',
    'queueitem.action.status': '更改状态',
    'queueitem.action.assigned': '安排志愿者',
    'queueitem.action.called_back': '给居民回电',
    'queueitem.action.note': '备注',
    'queueitem.action.received': '收到',
  },
  en: {
    'queueitem.title': 'Item',
    'queueitem.back': 'Back to the work queue',
    'queueitem.loading': 'Reading this item…',
    'queueitem.overview': 'Overview',
    'queueitem.station': 'Station',
    'queueitem.status': 'Status',
    'queueitem.received': 'Received',
    'queueitem.volunteer': 'Volunteer',
    'queueitem.details': 'Details',
    'queueitem.contact': 'Contacting the resident',
    'queueitem.idNumber': 'ID number',
    'queueitem.noId': 'No ID number',
    'queueitem.phone': 'Phone',
    'queueitem.noPhone': 'No phone left',
    'queueitem.showPhone': 'Show the full phone number',
    'queueitem.phoneNote': 'Looking at the full number is logged. Only look when you are about to call.',
    'queueitem.phoneShown': 'The full phone number is shown. This look has been logged.',
    'queueitem.assign': 'Assign a volunteer',
    'queueitem.assigned': 'Volunteer now assigned: {name}',
    'queueitem.noAssigned': 'No volunteer assigned yet.',
    'queueitem.showSuggestions': 'Show suggested volunteers',
    'queueitem.suggestionsLoading': 'Finding suitable volunteers…',
    'queueitem.suggestionsCaption': 'Suggested volunteers (best first)',
    'queueitem.noSuggestions': 'No volunteer with this skill is free at that time.',
    'queueitem.col.name': 'Volunteer',
    'queueitem.col.where': 'Belongs to',
    'queueitem.col.open': 'Open assignments',
    'queueitem.col.rating': 'Ratings',
    'queueitem.col.action': 'Action',
    'queueitem.homeStation': 'This station',
    'queueitem.sameDistrict': 'Same district',
    'queueitem.otherDistrict': 'Another district',
    'queueitem.alreadyHere': 'Assigned',
    'queueitem.ratingValue': '{average} stars ({count} ratings)',
    'queueitem.noRatings': 'No ratings yet',
    'queueitem.assignTo': 'Assign {name}',
    'queueitem.assignTitle': 'Assign {name}',
    'queueitem.assignMessage': 'The volunteer gets this task; the resident sees on the kiosk that a volunteer is arranged.',
    'queueitem.agreedAt': 'Agreed time (optional)',
    'queueitem.note': 'Note (optional)',
    'queueitem.assignConfirm': 'Assign',
    'queueitem.assignDone': 'Volunteer {name} assigned.',
    'queueitem.setStatus': 'Change the status',
    'queueitem.newStatus': 'New status',
    'queueitem.reason': 'Why it is not accepted (the resident is told)',
    'queueitem.pickup': 'Where to collect the card (optional)',
    'queueitem.pickupHint': 'The resident sees on the kiosk where to collect the new card. Give it in both languages or not at all.',
    'queueitem.pickupZh': 'Place to collect (Mandarin)',
    'queueitem.pickupEn': 'Place to collect (English)',
    'queueitem.pickupBoth': 'Please fill in both Mandarin and English, or neither.',
    'queueitem.statusNote': 'Note (staff only)',
    'queueitem.saveStatus': 'Change status',
    'queueitem.statusDone': 'Status changed to “{status}”.',
    'queueitem.noStatusChange': 'This item’s status cannot be changed any more.',
    'queueitem.callBack': 'Call the resident back',
    'queueitem.callBackHint': 'Note it here after the call, so nobody calls twice.',
    'queueitem.callBackNote': 'What was said (optional)',
    'queueitem.callBackButton': 'Call-back done',
    'queueitem.callBackDone': 'Noted: the resident was called back.',
    'queueitem.calledBack': 'The resident has been called back.',
    'queueitem.answer': 'Answer the call',
    'queueitem.answerHint': 'Note it here once someone has helped the resident at the kiosk or reached them; the call is then done.',
    'queueitem.answerNote': 'How they were helped (optional)',
    'queueitem.answerButton': 'Answered',
    'queueitem.answerDone': 'Noted: the call was answered.',
    'queueitem.history': 'History',
    'queueitem.historyCaption': 'What was done with this item (oldest first)',
    'queueitem.noHistory': 'Nothing done yet.',
    'queueitem.col.at': 'When',
    'queueitem.col.by': 'By',
    'queueitem.col.what': 'What',
    'queueitem.col.status': 'Status',
    'queueitem.col.note': 'Note',
    'queueitem.action.status': 'Status changed',
    'queueitem.action.assigned': 'Volunteer assigned',
    'queueitem.action.called_back': 'Called back',
    'queueitem.action.note': 'Note',
    'queueitem.action.received': 'Received',
  },
};

export async function render(ctx) {
  const { t } = ctx;
  const id = ctx.params[0];
  const path = `/queue/${encodeURIComponent(id)}`;
  ctx.main.prepend(h('p', { class: 'back' }, h('a', { href: '#/queue' }, t('queueitem.back'))));
  const body = h('div', { class: 'item-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('queueitem.loading')));
  ctx.main.append(body);

  // Draws the page from an answer; `focusSection` names the section whose heading gets the
  // keyboard after an action (the page is redrawn with the server's new state).
  function draw(answer, focusSection) {
    const { item } = answer;
    ctx.setTitle(headline(item));
    const sections = [overview(ctx, answer), contact(ctx, answer, path)];
    if (answer.canAssign) sections.push(assign(ctx, answer, path, reload));
    sections.push(statusForm(ctx, answer, path, reload));
    if (answer.canCallBack || item.summary?.calledBack) sections.push(callBack(ctx, answer, path, reload));
    sections.push(history(ctx, answer));
    body.replaceChildren(...sections);
    body.removeAttribute('aria-busy');
    if (focusSection) body.querySelector(`[data-section="${focusSection}"] h2`)?.focus();
  }

  async function reload(focusSection, message) {
    try {
      const answer = await ctx.api.get(path);
      if (!ctx.isCurrent()) return;
      draw(answer, focusSection);
      if (message) ctx.announce(message);
    } catch (err) {
      ctx.showError(err);
    }
  }

  let answer;
  try {
    answer = await ctx.api.get(path);
  } catch (err) {
    body.replaceChildren();
    body.removeAttribute('aria-busy');
    ctx.showError(err);
    return;
  }
  if (!ctx.isCurrent()) return;
  draw(answer, null);
}

function section(key, title, ...children) {
  return h('section', { class: 'card', 'data-section': key, 'aria-labelledby': `section-${key}` },
    h('h2', { id: `section-${key}`, tabindex: '-1' }, title), children);
}

function overview(ctx, answer) {
  const { t } = ctx;
  const { item } = answer;
  const row = (label, value) => h('div', { class: 'dl-row' }, h('dt', {}, label), h('dd', {}, value));
  return section('overview', t('queueitem.overview'),
    h('dl', { class: 'details' },
      row(t('queueitem.status'), [statusBadge(statusTone(item.status), statusName(item.status)),
        item.urgent ? [' ', statusBadge('bad', t('queue.urgent'))] : null]),
      row(t('queueitem.station'), [item.stationName || item.stationId, item.district ? ` · ${item.district}` : '']),
      row(t('queueitem.received'), timeElement(item.createdAt)),
      item.assignedVolunteer?.name ? row(t('queueitem.volunteer'), item.assignedVolunteer.name) : null),
    h('h3', {}, t('queueitem.details')),
    detailsList(item, answer.details || {}));
}

function contact(ctx, answer, path) {
  const { t } = ctx;
  const noteId = uid('phone-note');
  const phoneValue = h('dd', {}, answer.phoneMasked ? masked(answer.phoneMasked) : t('queueitem.noPhone'));
  const parts = [h('dl', { class: 'details' },
    h('div', { class: 'dl-row' }, h('dt', {}, t('queueitem.idNumber')),
      h('dd', {}, answer.idMasked ? masked(answer.idMasked) : t('queueitem.noId'))),
    h('div', { class: 'dl-row' }, h('dt', {}, t('queueitem.phone')), phoneValue))];
  if (answer.phoneMasked) {
    const button = h('button', { type: 'button', 'aria-describedby': noteId }, t('queueitem.showPhone'));
    button.addEventListener('click', async () => {
      if (isBusy(button)) return;
      setBusy(button, true);
      try {
        const { phone } = await ctx.api.post(`${path}/phone`, {});
        if (!ctx.isCurrent()) return;
        const link = h('a', { href: `tel:${phone}`, class: 'phone' }, phone);
        phoneValue.replaceChildren(link);
        button.remove();
        link.focus();
        ctx.announce(t('queueitem.phoneShown'));
      } catch (err) {
        setBusy(button, false);
        ctx.showError(err);
      }
    });
    parts.push(h('p', { class: 'hint', id: noteId }, t('queueitem.phoneNote')), h('div', { class: 'actions' }, button));
  }
  return section('contact', t('queueitem.contact'), parts);
}

function assign(ctx, answer, path, reload) {
  const { t } = ctx;
  const current = answer.item.assignedVolunteer?.name;
  const list = h('div', { class: 'suggestions' });
  const button = h('button', { type: 'button', class: 'primary' }, t('queueitem.showSuggestions'));
  button.addEventListener('click', async () => {
    if (isBusy(button)) return;
    setBusy(button, true);
    list.setAttribute('aria-busy', 'true');
    list.replaceChildren(h('p', { class: 'loading' }, t('queueitem.suggestionsLoading')));
    try {
      const { suggestions = [] } = await ctx.api.get(`${path}/suggestions`);
      if (!ctx.isCurrent()) return;
      list.replaceChildren(suggestionsTable(ctx, suggestions, path, reload));
      list.removeAttribute('aria-busy');
      button.remove();
      // Keyboard users land on the list they asked for.
      const first = list.querySelector('button, a');
      if (first) first.focus();
      ctx.announce(suggestions.length ? t('queueitem.suggestionsCaption') : t('queueitem.noSuggestions'));
    } catch (err) {
      setBusy(button, false);
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      ctx.showError(err);
    }
  });
  return section('assign', t('queueitem.assign'),
    h('p', {}, current ? t('queueitem.assigned', { name: current }) : t('queueitem.noAssigned')),
    h('div', { class: 'actions' }, button), list);
}

function suggestionsTable(ctx, suggestions, path, reload) {
  const { t } = ctx;
  const where = (s) => {
    if (s.homeStation) return statusBadge('ok', t('queueitem.homeStation'));
    if (s.sameDistrict) return statusBadge('info', t('queueitem.sameDistrict'));
    return statusBadge('muted', t('queueitem.otherDistrict'));
  };
  return dataTable({
    caption: t('queueitem.suggestionsCaption'),
    empty: t('queueitem.noSuggestions'),
    rows: suggestions,
    rowId: (s) => s.volunteerId,
    columns: [
      { label: t('queueitem.col.name'), header: true, value: (s) => s.name },
      { label: t('queueitem.col.where'), value: where },
      { label: t('queueitem.col.open'), numeric: true, value: (s) => formatNumber(s.openAssignments) },
      { label: t('queueitem.col.rating'), value: (s) => (s.ratings
        ? t('queueitem.ratingValue', { average: formatNumber(s.averageStars, 1), count: formatNumber(s.ratings) })
        : t('queueitem.noRatings')) },
      { label: t('queueitem.col.action'), value: (s) => (s.assignedHere
        ? statusBadge('ok', t('queueitem.alreadyHere'))
        : h('button', { type: 'button', onClick: () => assignOne(ctx, s, path, reload) }, t('queueitem.assignTo', { name: s.name }))) },
    ],
  });
}

async function assignOne(ctx, suggestion, path, reload) {
  const { t } = ctx;
  const values = await formDialog({
    title: t('queueitem.assignTitle', { name: suggestion.name }),
    message: t('queueitem.assignMessage'),
    fields: [
      { name: 'agreedAt', label: t('queueitem.agreedAt'), type: 'datetime-local' },
      { name: 'note', label: t('queueitem.note'), type: 'textarea' },
    ],
    confirmLabel: t('queueitem.assignConfirm'),
  });
  if (!values || !ctx.isCurrent()) return;
  try {
    const body = { volunteerId: suggestion.volunteerId };
    if (values.agreedAt) body.agreedAt = values.agreedAt.slice(0, 16);
    if (values.note) body.note = values.note;
    await ctx.api.post(`${path}/assign`, body);
    await reload('assign', t('queueitem.assignDone', { name: suggestion.name }));
  } catch (err) {
    ctx.showError(err);
  }
}

function statusForm(ctx, answer, path, reload) {
  const { t } = ctx;
  const { item } = answer;
  const allowed = (answer.allowedStatuses || []).filter((s) => s !== item.status);
  if (allowed.length === 0) return section('status', t('queueitem.setStatus'), h('p', {}, t('queueitem.noStatusChange')));
  const statusField = selectField({ id: 'item-status', name: 'status', label: t('queueitem.newStatus'),
    options: allowed.map((s) => ({ value: s, label: statusName(s) })), value: allowed[0] });
  const reasonField = textareaField({ id: 'item-reason', name: 'reason', label: t('queueitem.reason'), rows: 2 });
  const pickupZh = textField({ id: 'item-pickup-zh', name: 'pickupZh', label: t('queueitem.pickupZh') });
  const pickupEn = textField({ id: 'item-pickup-en', name: 'pickupEn', label: t('queueitem.pickupEn') });
  const pickup = h('fieldset', { class: 'pickup' }, h('legend', {}, t('queueitem.pickup')),
    h('p', { class: 'hint' }, t('queueitem.pickupHint')), pickupZh, pickupEn);
  const noteField = textareaField({ id: 'item-note', name: 'note', label: t('queueitem.statusNote'), rows: 2 });
  const showExtras = () => {
    const status = control(statusField).value;
    reasonField.hidden = !needsReason(item, status);
    pickup.hidden = !takesPickup(item, status);
  };
  control(statusField).addEventListener('change', showExtras);
  showExtras();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('queueitem.saveStatus'));
  const form = h('form', { class: 'stack', novalidate: true },
    statusField, reasonField, pickup, noteField, h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = control(statusField).value;
    const reason = control(reasonField).value.trim();
    const note = control(noteField).value.trim();
    const zh = control(pickupZh).value.trim();
    const en = control(pickupEn).value.trim();
    for (const f of [reasonField, pickupZh, pickupEn]) clearInvalid(f);
    if (needsReason(item, status) && !reason) {
      markInvalid(reasonField, t('common.required', { field: t('queueitem.reason') }));
      control(reasonField).focus();
      return;
    }
    if (takesPickup(item, status) && (zh || en) && !(zh && en)) {
      const missing = zh ? pickupEn : pickupZh;
      markInvalid(missing, t('queueitem.pickupBoth'));
      control(missing).focus();
      return;
    }
    if (isBusy(submit)) return;
    setBusy(submit, true);
    try {
      const body = { status };
      if (note) body.note = note;
      if (needsReason(item, status)) body.reason = reason;
      if (takesPickup(item, status) && zh && en) body.pickupPlace = { zh, en };
      await ctx.api.post(`${path}/status`, body);
      await reload('status', t('queueitem.statusDone', { status: statusName(status) }));
    } catch (err) {
      setBusy(submit, false);
      ctx.showError(err);
    }
  });
  return section('status', t('queueitem.setStatus'), form);
}

function callBack(ctx, answer, path, reload) {
  const { t } = ctx;
  // A staff call is someone at the kiosk asking for staff: it is answered, not called back.
  const words = answer.item.kind === 'staff_call' ? 'answer' : 'callBack';
  if (!answer.canCallBack) return section('callback', t(`queueitem.${words}`), h('p', {}, t('queueitem.calledBack')));
  const noteField = textareaField({ id: 'item-callback-note', name: 'note', label: t(`queueitem.${words}Note`), rows: 2 });
  const submit = h('button', { type: 'submit', class: 'primary' }, t(`queueitem.${words}Button`));
  const form = h('form', { class: 'stack', novalidate: true }, noteField, h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(submit)) return;
    setBusy(submit, true);
    try {
      const note = control(noteField).value.trim();
      await ctx.api.post(`${path}/callback`, note ? { note } : {});
      await reload('callback', t(`queueitem.${words}Done`));
    } catch (err) {
      setBusy(submit, false);
      ctx.showError(err);
    }
  });
  return section('callback', t(`queueitem.${words}`), h('p', { class: 'hint' }, t(`queueitem.${words}Hint`)), form);
}

function history(ctx, answer) {
  const { t } = ctx;
  return section('history', t('queueitem.history'), dataTable({
    caption: t('queueitem.historyCaption'),
    empty: t('queueitem.noHistory'),
    rows: answer.history || [],
    columns: [
      { label: t('queueitem.col.at'), header: true, value: (e) => timeElement(e.at) },
      { label: t('queueitem.col.by'), value: (e) => e.by || '' },
      { label: t('queueitem.col.what'), value: (e) => tOr(`queueitem.action.${e.action}`, e.action || '') },
      { label: t('queueitem.col.status'), value: (e) => (e.status ? statusName(e.status) : '') },
      { label: t('queueitem.col.note'), value: (e) => e.note || '' },
    ],
  }));
}
