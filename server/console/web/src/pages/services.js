// SPDX-License-Identifier: GPL-3.0-or-later
// Services and times: the city catalogue by category, a service's texts in Mandarin and English
// side by side, its opening pattern and places per time; city and district coordinators change
// them (the kiosks get the change through the change feed). A day can be closed at a station
// (its times stop taking bookings; the confirmed bookings of that day are listed for staff to
// call), the closed days ahead can be reopened, and today's bookable times show how full they are.
import { h, clear, append } from '../ui/dom.js';
import { dataTable } from '../ui/table.js';
import { statusBadge } from '../ui/badge.js';
import { confirmDialog } from '../ui/dialog.js';
import { selectField, textField, textareaField, control, markInvalid, clearInvalid } from '../ui/form.js';
import { formatDate, formatNumber } from '../ui/format.js';
import { categoryName, categoryOrder, textOf, serviceText, servicePattern, textKeys } from './services-catalogue.js';
import './services.css';

export const name = 'services';
export const titleKey = 'services.title';

export const strings = {
  zh: {
    'services.title': '服务与预约时段',
    'services.intro': '全市统一的服务目录：每项服务给居民看的说明（中文和英文）、开放时间和每个时段可预约的人数。修改后，各服务站的自助机会自动更新。',
    'services.loading': '正在读取服务…',
    'services.empty': '还没有服务。',
    'services.listTitle': '服务目录',
    'services.catalogueCaption': '全市服务目录，共 {count} 项服务，按类别排列',
    'services.col.category': '类别',
    'services.col.zh': '中文',
    'services.col.en': 'English',
    'services.col.pattern': '开放时间规则',
    'services.col.kind': '办理方式',
    'services.col.capacity': '每个时段人数',
    'services.col.actions': '操作',
    'services.kind.bookable': '可预约，每 {minutes} 分钟一个时段',
    'services.kind.walkIn': '现场取号（{prefix} 字头）',
    'services.kind.info': '只提供信息',
    'services.noPattern': '未设定',
    'services.show': '查看',
    'services.showFor': '查看 {service}',
    'services.detailTextsTitle': '给居民看的说明',
    'services.textsCaption': '{service} 的说明，中文和英文对照',
    'services.field': '内容',
    'services.text.name': '名称',
    'services.text.officialName': '正式名称',
    'services.text.offers': '提供什么',
    'services.text.eligibility': '谁可以办',
    'services.text.whatToBring': '要带什么',
    'services.text.openingHours': '开放时间（文字说明）',
    'services.text.place': '地点',
    'services.notSet': '（未填写）',
    'services.facts': '开放时间规则和人数',
    'services.fact.code': '代码',
    'services.fact.category': '类别',
    'services.fact.pattern': '开放时间规则',
    'services.fact.capacity': '每个时段人数',
    'services.fact.kind': '办理方式',
    'services.editTitle': '修改这项服务',
    'services.readOnly': '服务内容由区和市残联修改；您可以查看，也可以为本站关闭某一天。',
    'services.edit.zh': '{field}（中文）',
    'services.edit.en': '{field}（英文）',
    'services.edit.pattern': '开放时间规则',
    'services.edit.patternHint': '按“星期 时间”写，例如 mon-fri 08:30-11:30,14:00-17:00; sat 09:00-11:30（星期用英文缩写 mon tue wed thu fri sat sun）。',
    'services.edit.capacity': '每个时段可预约人数',
    'services.edit.capacityHint': '0 到 999 的整数。',
    'services.edit.save': '保存修改',
    'services.edit.saved': '“{service}”已保存，自助机会在下次同步时更新。',
    'services.edit.required': '请填写{field}。',
    'services.edit.nothing': '没有改动，不需要保存。',
    'services.edit.patternBad': '开放时间规则的写法不对，请按例子写，例如 mon-fri 08:30-11:30,14:00-17:00。可预约的服务必须填写。',
    'services.edit.fieldBad': '“{field}”填写得不对，请检查。',
    'services.edit.capacityBad': '人数要是 0 到 999 的整数。',
    'services.closeTitle': '关闭某一天',
    'services.closeIntro': '关闭后，那一天的时段不再接受预约，自助机上也会显示已关闭。',
    'services.close.station': '服务站',
    'services.close.chooseStation': '请选择服务站',
    'services.close.date': '日期',
    'services.close.onlyThis': '只关闭这项服务（不勾选则关闭这一天该站的所有服务）',
    'services.close.submit': '关闭这一天',
    'services.close.confirmTitle': '关闭 {date} 的时段？',
    'services.close.confirmOne': '{station} 的“{service}”在 {date} 将不再接受预约。',
    'services.close.confirmAll': '{station} 在 {date} 的所有服务将不再接受预约。',
    'services.close.confirm': '关闭',
    'services.close.done': '已关闭 {count} 个时段。',
    'services.close.needDate': '请选择日期。',
    'services.close.needStation': '请选择服务站。',
    'services.close.reason': '原因（可不填，工作人员可见）',
    'services.close.toCallTitle': '请打电话告知这些已预约的人',
    'services.close.toCallCaption': '{date} 已确认的预约：{count} 个',
    'services.close.noneToCall': '那一天没有已确认的预约，不用打电话。',
    'services.close.toCallHint': '电话号码在服务站的预约名单里，控制台不显示。',
    'services.col.bookingCode': '预约码',
    'services.col.service': '服务',
    'services.closedDaysTitle': '已关闭的日子',
    'services.closedDaysCaption': '今天起已关闭的日子：{count} 天',
    'services.closedDaysEmpty': '今天起没有关闭的日子。',
    'services.closedDaysLoading': '正在读取已关闭的日子…',
    'services.col.day': '日期',
    'services.col.which': '关闭的服务',
    'services.col.reason': '原因',
    'services.col.bookings': '已确认的预约',
    'services.allServices': '所有服务',
    'services.reopen': '重新开放',
    'services.reopenFor': '重新开放 {station} 在 {date} 的{which}',
    'services.reopen.confirmTitle': '重新开放 {date}？',
    'services.reopen.confirmMessage': '{station} 在 {date} 的{which}将重新接受预约。',
    'services.reopen.done': '{date} 已重新开放。',
    'services.todayTitle': '今天的预约',
    'services.todayStation': '服务站',
    'services.todayAll': '我范围内的所有服务站',
    'services.todayShow': '显示',
    'services.todayEmpty': '今天没有可预约的时段。',
    'services.todayCaption': '{service}：今天的时段',
    'services.todayLoading': '正在读取今天的预约…',
    'services.col.time': '时间',
    'services.col.station': '服务站',
    'services.col.places': '名额',
    'services.col.booked': '已预约',
    'services.col.confirmed': '已确认',
    'services.col.free': '剩余',
    'services.full': '已满',
    'services.closed': '已关闭',
    'services.todayShown': '已显示今天的预约：{count} 项服务。',
  },
  en: {
    'services.title': 'Services and times',
    'services.intro': 'The city-wide catalogue: what each service tells visitors (in Mandarin and English), when it is open and how many people can book each time. After a change the kiosks of every station update themselves.',
    'services.loading': 'Reading the services…',
    'services.empty': 'There are no services yet.',
    'services.listTitle': 'Catalogue',
    'services.catalogueCaption': 'The city catalogue: {count} services, by category',
    'services.col.category': 'Category',
    'services.col.zh': 'Mandarin',
    'services.col.en': 'English',
    'services.col.pattern': 'Opening pattern',
    'services.col.kind': 'How it works',
    'services.col.capacity': 'Places per time',
    'services.col.actions': 'Actions',
    'services.kind.bookable': 'Booked, a time every {minutes} minutes',
    'services.kind.walkIn': 'Take a number (letter {prefix})',
    'services.kind.info': 'Information only',
    'services.noPattern': 'Not set',
    'services.show': 'Show',
    'services.showFor': 'Show {service}',
    'services.detailTextsTitle': 'What visitors read',
    'services.textsCaption': 'Texts of {service}, Mandarin and English side by side',
    'services.field': 'Text',
    'services.text.name': 'Name',
    'services.text.officialName': 'Official name',
    'services.text.offers': 'What it offers',
    'services.text.eligibility': 'Who can use it',
    'services.text.whatToBring': 'What to bring',
    'services.text.openingHours': 'Opening hours (as written)',
    'services.text.place': 'Where',
    'services.notSet': '(not written)',
    'services.facts': 'Opening pattern and places',
    'services.fact.code': 'Code',
    'services.fact.category': 'Category',
    'services.fact.pattern': 'Opening pattern',
    'services.fact.capacity': 'Places per time',
    'services.fact.kind': 'How it works',
    'services.editTitle': 'Change this service',
    'services.readOnly': 'District and city coordinators change services; you can read them and close a day at your station.',
    'services.edit.zh': '{field} (Mandarin)',
    'services.edit.en': '{field} (English)',
    'services.edit.pattern': 'Opening pattern',
    'services.edit.patternHint': 'Days then times, for example mon-fri 08:30-11:30,14:00-17:00; sat 09:00-11:30 (days as mon tue wed thu fri sat sun).',
    'services.edit.capacity': 'Places per time',
    'services.edit.capacityHint': 'A whole number from 0 to 999.',
    'services.edit.save': 'Save the changes',
    'services.edit.saved': '"{service}" is saved; the kiosks update at their next sync.',
    'services.edit.required': 'Please fill in {field}.',
    'services.edit.nothing': 'Nothing was changed, so there is nothing to save.',
    'services.edit.patternBad': 'This is not an opening pattern: write it like mon-fri 08:30-11:30,14:00-17:00. A bookable service needs one.',
    'services.edit.fieldBad': '"{field}" is not right; please check it.',
    'services.edit.capacityBad': 'Places must be a whole number from 0 to 999.',
    'services.closeTitle': 'Close a day',
    'services.closeIntro': 'A closed day\'s times take no more bookings, and the kiosks show them closed.',
    'services.close.station': 'Station',
    'services.close.chooseStation': 'Choose a station',
    'services.close.date': 'Day',
    'services.close.onlyThis': 'Only this service (otherwise every service at that station that day)',
    'services.close.submit': 'Close the day',
    'services.close.confirmTitle': 'Close the times of {date}?',
    'services.close.confirmOne': '"{service}" at {station} takes no more bookings on {date}.',
    'services.close.confirmAll': 'Every service at {station} takes no more bookings on {date}.',
    'services.close.confirm': 'Close',
    'services.close.done': '{count} times closed.',
    'services.close.needDate': 'Please choose a day.',
    'services.close.needStation': 'Please choose a station.',
    'services.close.reason': 'Reason (optional, for staff)',
    'services.close.toCallTitle': 'Please call the people who booked',
    'services.close.toCallCaption': 'Confirmed bookings on {date}: {count}',
    'services.close.noneToCall': 'Nobody had a confirmed booking that day: no calls needed.',
    'services.close.toCallHint': 'Their phone numbers are in the station\'s bookings list, not in the console.',
    'services.col.bookingCode': 'Booking code',
    'services.col.service': 'Service',
    'services.closedDaysTitle': 'Closed days',
    'services.closedDaysCaption': 'Days closed from today on: {count}',
    'services.closedDaysEmpty': 'No day is closed from today on.',
    'services.closedDaysLoading': 'Reading the closed days…',
    'services.col.day': 'Day',
    'services.col.which': 'Closed',
    'services.col.reason': 'Reason',
    'services.col.bookings': 'Confirmed bookings',
    'services.allServices': 'every service',
    'services.reopen': 'Reopen',
    'services.reopenFor': 'Reopen {which} at {station} on {date}',
    'services.reopen.confirmTitle': 'Reopen {date}?',
    'services.reopen.confirmMessage': '{which} at {station} takes bookings again on {date}.',
    'services.reopen.done': '{date} is open again.',
    'services.todayTitle': 'Today\'s bookings',
    'services.todayStation': 'Station',
    'services.todayAll': 'All stations in my area',
    'services.todayShow': 'Show',
    'services.todayEmpty': 'There are no bookable times today.',
    'services.todayCaption': '{service}: today\'s times',
    'services.todayLoading': 'Reading today\'s bookings…',
    'services.col.time': 'Time',
    'services.col.station': 'Station',
    'services.col.places': 'Places',
    'services.col.booked': 'Booked',
    'services.col.confirmed': 'Confirmed',
    'services.col.free': 'Free',
    'services.full': 'Full',
    'services.closed': 'Closed',
    'services.todayShown': 'Today\'s bookings shown: {count} services.',
  },
};

export async function render(ctx) {
  const { t, lang } = ctx;
  const canEdit = ctx.user.role === 'city' || ctx.user.role === 'district';

  const listArea = h('section', { class: 'services-list', 'aria-labelledby': 'services-list-title', 'aria-busy': 'true' },
    h('h2', { id: 'services-list-title' }, t('services.listTitle')),
    h('p', {}, t('services.loading')));
  const detailArea = h('div', { class: 'services-detail-area' });
  const todayArea = h('section', { class: 'services-today', 'aria-labelledby': 'services-today-title' });
  const closedArea = h('section', { class: 'services-closed-days', 'aria-labelledby': 'services-closed-title' },
    h('h2', { id: 'services-closed-title' }, t('services.closedDaysTitle')));
  const closedBody = h('div', { class: 'services-closed-body' }, h('p', {}, t('services.closedDaysLoading')));
  closedArea.append(closedBody);
  ctx.main.append(h('p', { class: 'services-intro' }, t('services.intro')), listArea, detailArea, closedArea, todayArea);

  const choicesPromise = ctx.choices().catch(() => ({ districts: [], stations: [] }));
  let services = [];

  function serviceName(s) {
    return textOf(s.name, lang) || s.code;
  }

  async function loadList() {
    let answer;
    try {
      answer = await ctx.api.get('/services');
    } catch (err) {
      if (ctx.isCurrent()) { listArea.removeAttribute('aria-busy'); ctx.showError(err); }
      return;
    }
    if (!ctx.isCurrent()) return;
    services = answer.services || [];
    renderList();
  }

  function renderList() {
    clear(listArea).append(h('h2', { id: 'services-list-title' }, t('services.listTitle')));
    listArea.removeAttribute('aria-busy');
    if (!services.length) {
      listArea.append(h('p', { class: 'empty' }, t('services.empty')));
      return;
    }
    // One table, ordered by the city plan's categories (then the catalogue's own order), so
    // the whole catalogue reads at a glance; the category is named on every row.
    const rows = services.map((s, i) => ({ s, i }))
      .sort((a, b) => categoryOrder(a.s.category) - categoryOrder(b.s.category) || a.i - b.i)
      .map((x) => x.s);
    listArea.append(dataTable({
      caption: t('services.catalogueCaption', { count: formatNumber(rows.length) }),
      columns: [
        // The name in the page's language heads the row; the other language stands beside it.
        ...nameColumns(),
        { label: t('services.col.category'), value: (s) => categoryName(s.category, lang) },
        { label: t('services.col.pattern'), value: (s) => patternCell(s) },
        { label: t('services.col.kind'), value: (s) => kindText(s) },
        { label: t('services.col.capacity'), numeric: true, value: (s) => formatNumber(s.capacity ?? 0) },
        { label: t('services.col.actions'), value: (s) => h('button', {
          type: 'button', 'aria-label': t('services.showFor', { service: serviceName(s) }),
          onClick: () => openService(s.code),
        }, t('services.show')) },
      ],
      rows,
      rowId: (s) => s.code,
    }));
  }

  function nameColumns() {
    const column = (language, header) => ({
      label: t(`services.col.${language}`), header,
      value: (s) => h('span', { lang: language === 'zh' ? 'zh-CN' : 'en' }, textOf(s.name, language) || s.code),
    });
    return lang === 'en' ? [column('en', true), column('zh', false)] : [column('zh', true), column('en', false)];
  }

  function patternCell(s) {
    const pattern = servicePattern(s);
    return pattern ? h('code', { class: 'services-pattern' }, pattern) : h('span', { class: 'muted' }, t('services.noPattern'));
  }

  function kindText(s) {
    if (s.bookable) return t('services.kind.bookable', { minutes: formatNumber(s.slotMinutes ?? 30) });
    if (s.walkIn) return t('services.kind.walkIn', { prefix: s.queuePrefix || '' });
    return t('services.kind.info');
  }

  async function openService(code) {
    let service = services.find((s) => s.code === code);
    try {
      const answer = await ctx.api.get(`/services/${encodeURIComponent(code)}`);
      service = answer.service || answer;
    } catch (err) {
      if (!ctx.isCurrent()) return;
      if (!service) { ctx.showError(err); return; }
    }
    if (!ctx.isCurrent()) return;
    const choices = await choicesPromise;
    if (!ctx.isCurrent()) return;
    showDetail(service, choices);
  }

  let lastChoices = { districts: [], stations: [] };
  function showDetail(service, choices, { focus } = {}) {
    lastChoices = choices;
    const title = serviceName(service);
    const titleId = 'services-detail-title';
    const heading = h('h2', { id: titleId, tabindex: '-1' }, title);
    const section = h('section', { class: 'services-detail card', 'aria-labelledby': titleId, 'data-id': service.code },
      heading,
      factsList(service),
      textsTable(service),
      canEdit ? editForm(service) : h('p', { class: 'services-readonly' }, t('services.readOnly')),
      closeDayForm(service, choices));
    clear(detailArea).append(section);
    const target = focus ? section.querySelector(focus) : null;
    (target || heading).focus();
  }

  function factsList(s) {
    const item = (label, value) => [h('dt', {}, label), h('dd', {}, value)];
    return h('section', { class: 'services-facts', 'aria-labelledby': 'services-facts-title' },
      h('h3', { id: 'services-facts-title' }, t('services.facts')),
      h('dl', { class: 'services-dl' },
        item(t('services.fact.code'), h('code', {}, s.code)),
        item(t('services.fact.category'), categoryName(s.category, lang)),
        item(t('services.fact.pattern'), patternCell(s)),
        item(t('services.fact.capacity'), formatNumber(s.capacity ?? 0)),
        item(t('services.fact.kind'), kindText(s))));
  }

  function textsTable(s) {
    const rows = textKeys.map((key) => ({ key, value: serviceText(s, key) }));
    const cell = (text, language) => (text
      ? h('span', { lang: language === 'zh' ? 'zh-CN' : 'en' }, text)
      : h('span', { class: 'muted' }, t('services.notSet')));
    return h('section', { class: 'services-texts', 'aria-labelledby': 'services-texts-title' },
      h('h3', { id: 'services-texts-title' }, t('services.detailTextsTitle')),
      dataTable({
        caption: t('services.textsCaption', { service: serviceName(s) }),
        columns: [
          { label: t('services.field'), header: true, value: (r) => t(`services.text.${r.key}`) },
          { label: t('services.col.zh'), value: (r) => cell(r.value?.zh, 'zh') },
          { label: t('services.col.en'), value: (r) => cell(r.value?.en, 'en') },
        ],
        rows,
        rowId: (r) => r.key,
      }));
  }

  function editForm(s) {
    const fields = {};
    const groups = textKeys.map((key) => {
      const value = serviceText(s, key) || {};
      const label = t(`services.text.${key}`);
      const long = key === 'offers' || key === 'eligibility' || key === 'whatToBring';
      const make = (language) => {
        const args = { id: `services-edit-${key}-${language}`, name: `${key}.${language}`,
          label: t(`services.edit.${language}`, { field: label }), value: value[language] || '', required: key === 'name' };
        return long ? textareaField({ ...args, rows: 3 }) : textField(args);
      };
      fields[`${key}.zh`] = make('zh');
      fields[`${key}.en`] = make('en');
      return h('fieldset', { class: 'services-pair' },
        h('legend', {}, label),
        h('div', { class: 'services-pair-fields' }, fields[`${key}.zh`], fields[`${key}.en`]));
    });
    fields.pattern = textField({ id: 'services-edit-pattern', name: 'pattern', label: t('services.edit.pattern'),
      value: servicePattern(s), hint: t('services.edit.patternHint') });
    fields.capacity = textField({ id: 'services-edit-capacity', name: 'capacity', label: t('services.edit.capacity'),
      value: String(s.capacity ?? 0), type: 'number', inputmode: 'numeric', hint: t('services.edit.capacityHint') });
    control(fields.capacity).setAttribute('min', '0');
    control(fields.capacity).setAttribute('max', '999');
    const save = h('button', { type: 'submit', class: 'primary', id: 'services-edit-save' }, t('services.edit.save'));
    const form = h('form', { class: 'services-edit', novalidate: true, 'aria-labelledby': 'services-edit-title' },
      h('h3', { id: 'services-edit-title' }, t('services.editTitle')),
      groups, fields.pattern, fields.capacity,
      h('div', { class: 'actions' }, save));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      Object.values(fields).forEach(clearInvalid);
      const value = (key) => control(fields[key]).value.trim();
      // Only what changed is sent, so the audit row names just those fields.
      const body = {};
      for (const key of textKeys) {
        const before = serviceText(s, key) || {};
        const after = { zh: value(`${key}.zh`), en: value(`${key}.en`) };
        if (after.zh !== (before.zh || '') || after.en !== (before.en || '')) body[key] = after;
      }
      if (value('pattern') !== servicePattern(s)) body.pattern = value('pattern');
      const capacityText = value('capacity');
      if (Number(capacityText) !== (s.capacity ?? 0)) body.capacity = Number(capacityText);
      let firstBad = null;
      for (const language of ['zh', 'en']) {
        if (!value(`name.${language}`)) {
          const f = fields[`name.${language}`];
          markInvalid(f, t('services.edit.required', { field: t(`services.edit.${language}`, { field: t('services.text.name') }) }));
          firstBad = firstBad || f;
        }
      }
      if (!/^\d{1,3}$/.test(capacityText)) {
        markInvalid(fields.capacity, t('services.edit.capacityBad'));
        firstBad = firstBad || fields.capacity;
      }
      if (firstBad) { control(firstBad).focus(); return; }
      if (!Object.keys(body).length) { ctx.announce(t('services.edit.nothing')); return; }
      save.disabled = true;
      try {
        const answer = await ctx.api.post(`/services/${encodeURIComponent(s.code)}`, body);
        if (!ctx.isCurrent()) return;
        const updated = answer.service || { ...s, ...body };
        Object.assign(s, updated);
        services = services.map((x) => (x.code === s.code ? { ...x, ...updated } : x));
        renderList();
        // The texts table above shows what was saved; focus stays on the save button.
        showDetail(s, lastChoices, { focus: '#services-edit-save' });
        ctx.announce(t('services.edit.saved', { service: textOf(updated.name, lang) || s.code }));
      } catch (err) {
        if (!ctx.isCurrent()) return;
        const target = fieldFor(fields, err.field);
        if (target) {
          // Said in this form's own words: the label, and for the pattern what one looks like.
          const label = target.querySelector('label')?.textContent || '';
          markInvalid(target, target === fields.pattern ? t('services.edit.patternBad')
            : target === fields.capacity ? t('services.edit.capacityBad') : t('services.edit.fieldBad', { field: label }));
          control(target).focus();
        }
        ctx.showError(err);
      } finally {
        save.disabled = false;
      }
    });
    return form;
  }

  function closeDayForm(s, choices) {
    const stations = choices.stations || [];
    const own = ctx.user.role === 'station';
    const stationOptions = stations.map((st) => ({ value: st.id, label: st.name || st.id }));
    if (!own && stationOptions.length !== 1) stationOptions.unshift({ value: '', label: t('services.close.chooseStation') });
    const stationField = selectField({ id: 'services-close-station', name: 'station', label: t('services.close.station'),
      options: stationOptions, value: own ? ctx.user.stationId : (stationOptions.length === 1 ? stationOptions[0].value : '') });
    const dateField = textField({ id: 'services-close-date', name: 'date', type: 'date', label: t('services.close.date'), required: true });
    control(dateField).setAttribute('min', todayText());
    const onlyId = 'services-close-only';
    const only = h('input', { type: 'checkbox', id: onlyId, name: 'serviceOnly', checked: true });
    const reasonField = textField({ id: 'services-close-reason', name: 'reason', label: t('services.close.reason') });
    control(reasonField).setAttribute('maxlength', '200');
    const submit = h('button', { type: 'submit', class: 'danger' }, t('services.close.submit'));
    const toCall = h('div', { class: 'services-to-call' });
    const form = h('form', { class: 'services-close', novalidate: true, 'aria-labelledby': 'services-close-title' },
      h('h3', { id: 'services-close-title' }, t('services.closeTitle')),
      h('p', {}, t('services.closeIntro')),
      stationField, dateField, reasonField,
      h('div', { class: 'field services-check' }, only, h('label', { for: onlyId }, t('services.close.onlyThis'))),
      h('div', { class: 'actions' }, submit),
      toCall);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearInvalid(stationField); clearInvalid(dateField);
      const stationId = control(stationField).value;
      const date = control(dateField).value;
      if (!stationId) { markInvalid(stationField, t('services.close.needStation')); control(stationField).focus(); return; }
      if (!date) { markInvalid(dateField, t('services.close.needDate')); control(dateField).focus(); return; }
      const station = stations.find((st) => st.id === stationId);
      const words = { station: station?.name || stationId, service: serviceName(s), date: formatDate(date) };
      const choice = await confirmDialog({
        title: t('services.close.confirmTitle', words),
        message: only.checked ? t('services.close.confirmOne', words) : t('services.close.confirmAll', words),
        confirmLabel: t('services.close.confirm'),
        danger: true,
      });
      if (!choice || !ctx.isCurrent()) return;
      submit.disabled = true;
      try {
        const reason = control(reasonField).value.trim();
        const answer = await ctx.api.post(`/services/${encodeURIComponent(s.code)}/closed-days`,
          reason ? { stationId, date, serviceOnly: only.checked, reason } : { stationId, date, serviceOnly: only.checked });
        if (!ctx.isCurrent()) return;
        showToCall(toCall, answer.bookings || [], date);
        ctx.announce(t('services.close.done', { count: formatNumber(answer.closedSlots ?? 0) }));
        loadToday();
        loadClosed();
      } catch (err) {
        if (!ctx.isCurrent()) return;
        const target = err.field === 'date' ? dateField : err.field === 'stationId' ? stationField : null;
        if (target) markInvalid(target, err.message);
        ctx.showError(err);
      } finally {
        submit.disabled = false;
      }
    });
    return form;
  }

  // The bookings a closing touches: staff call each visitor (the phone stays at the station).
  function showToCall(area, bookings, date) {
    const titleId = 'services-to-call-title';
    const heading = h('h4', { id: titleId, tabindex: '-1' }, t('services.close.toCallTitle'));
    if (!bookings.length) {
      clear(area).append(h('p', { class: 'services-none-to-call' }, t('services.close.noneToCall')));
      return;
    }
    clear(area).append(heading, h('p', {}, t('services.close.toCallHint')), dataTable({
      caption: t('services.close.toCallCaption', { date: formatDate(date), count: formatNumber(bookings.length) }),
      columns: [
        { label: t('services.col.time'), header: true, value: (b) => timeRange(b) },
        { label: t('services.col.service'), value: (b) => serviceNameOf(b.service) },
        { label: t('services.col.bookingCode'), value: (b) => h('code', {}, b.code || '') },
      ],
      rows: bookings,
      rowId: (b) => b.id,
    }));
    heading.focus();
  }

  function serviceNameOf(code) {
    const s = services.find((x) => x.code === code);
    return s ? serviceName(s) : code;
  }

  // Closed days ahead, each reopened by its own button.
  async function loadClosed() {
    closedBody.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await ctx.api.get('/services/closed-days');
    } catch (err) {
      if (ctx.isCurrent()) { closedBody.removeAttribute('aria-busy'); ctx.showError(err); }
      return;
    }
    if (!ctx.isCurrent()) return;
    const days = answer.closedDays || [];
    clear(closedBody);
    closedBody.removeAttribute('aria-busy');
    if (!days.length) {
      closedBody.append(h('p', { class: 'empty' }, t('services.closedDaysEmpty')));
      return;
    }
    const which = (d) => (d.serviceCode ? serviceNameOf(d.serviceCode) : t('services.allServices'));
    closedBody.append(dataTable({
      caption: t('services.closedDaysCaption', { count: formatNumber(days.length) }),
      columns: [
        { label: t('services.col.day'), header: true, value: (d) => formatDate(d.date) },
        { label: t('services.col.station'), value: (d) => d.stationName || d.stationId },
        { label: t('services.col.which'), value: (d) => which(d) },
        { label: t('services.col.reason'), value: (d) => d.reason || '' },
        { label: t('services.col.bookings'), numeric: true, value: (d) => formatNumber(d.bookings ?? 0) },
        { label: t('services.col.actions'), value: (d) => h('button', {
          type: 'button',
          'aria-label': t('services.reopenFor', { station: d.stationName || d.stationId, date: formatDate(d.date), which: which(d) }),
          onClick: () => reopen(d, which(d)),
        }, t('services.reopen')) },
      ],
      rows: days,
      rowId: (d) => d.id,
    }));
  }

  async function reopen(day, which) {
    const words = { station: day.stationName || day.stationId, date: formatDate(day.date), which };
    const choice = await confirmDialog({
      title: t('services.reopen.confirmTitle', words),
      message: t('services.reopen.confirmMessage', words),
      confirmLabel: t('services.reopen'),
    });
    if (!choice || !ctx.isCurrent()) return;
    try {
      await ctx.api.post(`/services/closed-days/${encodeURIComponent(day.id)}/reopen`, {});
    } catch (err) {
      if (ctx.isCurrent()) ctx.showError(err);
      return;
    }
    if (!ctx.isCurrent()) return;
    ctx.announce(t('services.reopen.done', words));
    await loadClosed();
    closedArea.querySelector('h2')?.setAttribute('tabindex', '-1');
    closedArea.querySelector('h2')?.focus();
    loadToday();
  }

  // Today's queues
  let todayStation = '';
  const todayBody = h('div', { class: 'services-today-body' });

  async function buildToday() {
    const choices = await choicesPromise;
    if (!ctx.isCurrent()) return;
    const stations = choices.stations || [];
    const options = stations.map((st) => ({ value: st.id, label: st.name || st.id }));
    if (ctx.user.role !== 'station' && options.length > 1) options.unshift({ value: '', label: t('services.todayAll') });
    todayStation = ctx.user.role === 'station' ? ctx.user.stationId : (options[0]?.value ?? '');
    const select = selectField({ id: 'services-today-station', name: 'station', label: t('services.todayStation'),
      options, value: todayStation });
    const form = h('form', { class: 'filters services-today-filter', role: 'search', 'aria-labelledby': 'services-today-title' },
      h('div', { class: 'filter-fields' }, select),
      h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('services.todayShow'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      todayStation = control(select).value;
      loadToday(true);
    });
    // dom.js append: skips the filter when there is only one station (Element.append would write "null").
    append(clear(todayArea), [h('h2', { id: 'services-today-title' }, t('services.todayTitle')),
      options.length > 1 ? form : null, todayBody]);
    loadToday(false);
  }

  async function loadToday(announceResult) {
    todayBody.setAttribute('aria-busy', 'true');
    if (!todayBody.firstChild) todayBody.append(h('p', {}, t('services.todayLoading')));
    let answer;
    try {
      answer = await ctx.api.get('/queues/today', { station: todayStation });
    } catch (err) {
      if (ctx.isCurrent()) { todayBody.removeAttribute('aria-busy'); ctx.showError(err); }
      return;
    }
    if (!ctx.isCurrent()) return;
    const list = (answer.services || []).filter((s) => (s.slots || []).length);
    clear(todayBody);
    todayBody.removeAttribute('aria-busy');
    if (!list.length) {
      todayBody.append(h('p', { class: 'empty' }, t('services.todayEmpty')));
    }
    const manyStations = (answer.services || []).some((s) => (s.slots || []).some((slot) => slot.stationId))
      && !todayStation;
    for (const s of list) {
      const columns = [
        { label: t('services.col.time'), header: true, value: (slot) => timeRange(slot) },
      ];
      if (manyStations) columns.push({ label: t('services.col.station'), value: (slot) => slot.stationName || slot.stationId || '' });
      columns.push(
        { label: t('services.col.places'), numeric: true, value: (slot) => formatNumber(slot.capacity ?? 0) },
        { label: t('services.col.booked'), numeric: true, value: (slot) => formatNumber(slot.booked ?? 0) },
        { label: t('services.col.confirmed'), numeric: true, value: (slot) => formatNumber(slot.confirmed ?? 0) },
        { label: t('services.col.free'), numeric: true, value: (slot) => freeCell(slot) });
      todayBody.append(dataTable({
        caption: t('services.todayCaption', { service: textOf(s.name, lang) || s.code }),
        columns,
        rows: s.slots,
      }));
    }
    if (announceResult) ctx.announce(t('services.todayShown', { count: formatNumber(list.length) }));
  }

  function freeCell(slot) {
    if (slot.closed) return statusBadge('muted', t('services.closed'));
    const free = Math.max(0, (slot.capacity ?? 0) - (slot.booked ?? 0));
    if (free === 0) return statusBadge('warn', t('services.full'));
    return formatNumber(free);
  }

  await Promise.all([loadList().then(loadClosed), buildToday()]);
  const wanted = ctx.query?.get('code');
  if (wanted && ctx.isCurrent() && services.some((s) => s.code === wanted)) openService(wanted);
}

// "09:00–09:30" from the slot's ISO times (station clock, with offset).
function timeRange(slot) {
  const hm = (text) => (/T(\d{2}:\d{2})/.exec(String(text || '')) || [])[1] || '';
  const start = hm(slot.startsAt);
  const end = hm(slot.endsAt);
  return end ? `${start}–${end}` : start;
}

function todayText() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// The form field an error's `field` names ("name.zh", "capacity", "weekly", "pattern" ...).
function fieldFor(fields, field) {
  if (!field) return null;
  if (fields[field]) return fields[field];
  if (field === 'weekly' || field === 'weeklyHours') return fields.pattern;
  if (fields[`${field}.zh`]) return fields[`${field}.zh`];
  return null;
}
