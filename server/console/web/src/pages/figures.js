// SPDX-License-Identifier: GPL-3.0-or-later
// Plan figures: registered and active volunteers against the plan's 100,000, person-times served
// against 600,000 and the distinct persons served, then by month, district, kind of help and
// station. Every chart has the same numbers in a table beside it and a CSV file of that table
// (GET /figures/export, which the server notes in the audit).
import { h, clear } from '../ui/dom.js';
import { dataTable } from '../ui/table.js';
import { selectField, textField, control, markInvalid, clearInvalid } from '../ui/form.js';
import { formatMonth, formatNumber } from '../ui/format.js';
import { figureChart } from './figures-chart.js';
import { recordKindName } from './stations-recordkinds.js';
import './figures.css';

export const name = 'figures';
export const titleKey = 'figures.title';

export const strings = {
  zh: {
    'figures.title': '计划指标',
    'figures.intro': '对照全市计划的目标：注册志愿者 10 万名，服务 60 万人次。',
    'figures.filters': '筛选指标',
    'figures.from': '从（月份）',
    'figures.to': '到（月份）',
    'figures.monthHint': '格式：2026-11',
    'figures.district': '区',
    'figures.station': '服务站',
    'figures.all': '全部',
    'figures.apply': '显示',
    'figures.reset': '清除筛选',
    'figures.loading': '正在计算指标…',
    'figures.shown': '已显示 {from} 至 {to} 的指标。',
    'figures.period': '{from} 至 {to}',
    'figures.badMonth': '请按 2026-11 的格式填写月份。',
    'figures.toBeforeFrom': '结束月份不能早于开始月份。',
    'figures.badSpan': '这段时间不行：请填写 2026-11 这样的月份，结束不早于开始，最长十年。',
    'figures.targetsTitle': '对照计划目标',
    'figures.registered': '注册志愿者',
    'figures.active': '活跃志愿者（近 {days} 天服务过）',
    'figures.personTimes': '服务人次',
    'figures.persons': '服务人数（不重复）',
    'figures.ofTarget': '目标 {target} 的 {percent}',
    'figures.noTarget': '计划没有单独的目标；同一人在两个服务站服务计为两人。',
    'figures.progressLabel': '{what}：目标完成情况',
    'figures.byMonthTitle': '按月份',
    'figures.byMonthChart': '按月份的服务人次和服务人数',
    'figures.byMonthDesc': '柱形是服务人次，虚线是服务人数；同样的数字在旁边的表格里。',
    'figures.byMonthCaption': '按月份的指标，{period}',
    'figures.byDistrictTitle': '按区',
    'figures.byDistrictChart': '各区的服务人次和注册志愿者',
    'figures.byDistrictDesc': '实心柱是服务人次，斜纹柱是注册志愿者；同样的数字在旁边的表格里。',
    'figures.byDistrictCaption': '按区的指标，{period}',
    'figures.byKindTitle': '按服务类别',
    'figures.byKindChart': '各类服务的服务人次',
    'figures.byKindDesc': '每类服务的服务人次；同样的数字在旁边的表格里。',
    'figures.byKindCaption': '按服务类别的服务人次，{period}',
    'figures.byStationTitle': '按服务站',
    'figures.byStationCaption': '按服务站的指标，{period}',
    'figures.col.month': '月份',
    'figures.col.district': '区',
    'figures.col.station': '服务站',
    'figures.col.kind': '服务类别',
    'figures.col.personTimes': '服务人次',
    'figures.col.persons': '服务人数',
    'figures.col.registered': '注册志愿者',
    'figures.col.active': '活跃志愿者',
    'figures.noDistrict': '（未填区）',
    'figures.empty': '这段时间没有数字。',
    'figures.csv': '下载 CSV 表格：{table}',
  },
  en: {
    'figures.title': 'Plan figures',
    'figures.intro': 'Against the city plan\'s targets: 100,000 registered volunteers and 600,000 person-times served.',
    'figures.filters': 'Filter the figures',
    'figures.from': 'From (month)',
    'figures.to': 'To (month)',
    'figures.monthHint': 'As 2026-11',
    'figures.district': 'District',
    'figures.station': 'Station',
    'figures.all': 'All',
    'figures.apply': 'Show',
    'figures.reset': 'Clear the filters',
    'figures.loading': 'Counting the figures…',
    'figures.shown': 'Figures shown for {from} to {to}.',
    'figures.period': '{from} to {to}',
    'figures.badMonth': 'Please write the month as 2026-11.',
    'figures.toBeforeFrom': 'The last month cannot be before the first.',
    'figures.badSpan': 'This span cannot be shown: months like 2026-11, the last not before the first, ten years at most.',
    'figures.targetsTitle': 'Against the plan\'s targets',
    'figures.registered': 'Registered volunteers',
    'figures.active': 'Active volunteers (served in the last {days} days)',
    'figures.personTimes': 'Person-times served',
    'figures.persons': 'Persons served (distinct)',
    'figures.ofTarget': '{percent} of the target {target}',
    'figures.noTarget': 'The plan sets no target of its own; a person served at two stations counts twice.',
    'figures.progressLabel': '{what}: progress to the target',
    'figures.byMonthTitle': 'By month',
    'figures.byMonthChart': 'Person-times and persons served by month',
    'figures.byMonthDesc': 'Bars are person-times, the dashed line persons served; the table beside has the same numbers.',
    'figures.byMonthCaption': 'Figures by month, {period}',
    'figures.byDistrictTitle': 'By district',
    'figures.byDistrictChart': 'Person-times served and volunteers registered by district',
    'figures.byDistrictDesc': 'Solid bars are person-times, striped bars registered volunteers; the table beside has the same numbers.',
    'figures.byDistrictCaption': 'Figures by district, {period}',
    'figures.byKindTitle': 'By kind of help',
    'figures.byKindChart': 'Person-times served by kind of help',
    'figures.byKindDesc': 'Person-times of each kind of help; the table beside has the same numbers.',
    'figures.byKindCaption': 'Person-times by kind of help, {period}',
    'figures.byStationTitle': 'By station',
    'figures.byStationCaption': 'Figures by station, {period}',
    'figures.col.month': 'Month',
    'figures.col.district': 'District',
    'figures.col.station': 'Station',
    'figures.col.kind': 'Kind of help',
    'figures.col.personTimes': 'Person-times',
    'figures.col.persons': 'Persons',
    'figures.col.registered': 'Volunteers registered',
    'figures.col.active': 'Active volunteers',
    'figures.noDistrict': '(no district)',
    'figures.empty': 'No figures for this time.',
    'figures.csv': 'Download the table as CSV: {table}',
  },
};

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function render(ctx) {
  const { t, lang } = ctx;
  const charts = [];
  const destroyCharts = () => { while (charts.length) charts.pop().destroy(); };

  const filter = {
    from: ctx.query?.get('from') || '',
    to: ctx.query?.get('to') || '',
    district: ctx.query?.get('district') || '',
    station: ctx.query?.get('station') || '',
  };

  const choices = await ctx.choices().catch(() => ({ districts: [], stations: [] }));
  if (!ctx.isCurrent()) return undefined;

  // Filters
  const fromField = textField({ id: 'figures-from', name: 'from', type: 'month', label: t('figures.from'),
    value: filter.from, hint: t('figures.monthHint') });
  const toField = textField({ id: 'figures-to', name: 'to', type: 'month', label: t('figures.to'),
    value: filter.to, hint: t('figures.monthHint') });
  const districts = choices.districts || [];
  const stations = choices.stations || [];
  const districtField = districts.length > 1 ? selectField({ id: 'figures-district', name: 'district', label: t('figures.district'),
    options: [{ value: '', label: t('figures.all') }, ...districts.map((d) => ({ value: districtValue(d), label: districtLabel(d) }))],
    value: filter.district, onChange: () => fillStations() }) : null;
  const stationField = stations.length > 1 ? selectField({ id: 'figures-station', name: 'station', label: t('figures.station'),
    options: [], value: filter.station }) : null;

  function fillStations() {
    if (!stationField) return;
    const select = control(stationField);
    const district = districtField ? control(districtField).value : '';
    const keep = select.value || filter.station;
    clear(select).append(h('option', { value: '' }, t('figures.all')),
      ...stations.filter((s) => !district || s.district === district)
        .map((s) => h('option', { value: s.id, selected: s.id === keep }, s.name || s.id)));
  }
  fillStations();

  const apply = h('button', { type: 'submit', class: 'primary' }, t('figures.apply'));
  const reset = h('button', { type: 'button' }, t('figures.reset'));
  const form = h('form', { class: 'filters figures-filters', role: 'search', 'aria-label': t('figures.filters'), novalidate: true },
    h('div', { class: 'filter-fields' }, fromField, toField, districtField, stationField),
    h('div', { class: 'filter-actions' }, apply, reset));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearInvalid(fromField); clearInvalid(toField);
    const from = control(fromField).value.trim();
    const to = control(toField).value.trim();
    for (const [field, value] of [[fromField, from], [toField, to]]) {
      if (value && !monthPattern.test(value)) {
        markInvalid(field, t('figures.badMonth'));
        control(field).focus();
        return;
      }
    }
    if (from && to && to < from) {
      markInvalid(toField, t('figures.toBeforeFrom'));
      control(toField).focus();
      return;
    }
    filter.from = from;
    filter.to = to;
    filter.district = districtField ? control(districtField).value : '';
    filter.station = stationField ? control(stationField).value : '';
    load(true);
  });
  reset.addEventListener('click', () => {
    control(fromField).value = '';
    control(toField).value = '';
    if (districtField) control(districtField).value = '';
    if (stationField) control(stationField).value = '';
    filter.station = '';
    fillStations();
    Object.assign(filter, { from: '', to: '', district: '', station: '' });
    load(true);
  });

  const body = h('div', { class: 'figures-body', 'aria-busy': 'true' }, h('p', {}, t('figures.loading')));
  ctx.main.append(h('p', {}, t('figures.intro')), form, body);

  async function load(announceResult) {
    body.setAttribute('aria-busy', 'true');
    let f;
    try {
      f = await ctx.api.get('/figures', filter);
    } catch (err) {
      if (!ctx.isCurrent()) return;
      body.removeAttribute('aria-busy');
      const field = err.field === 'from' ? fromField : err.field === 'to' ? toField : null;
      if (field) markInvalid(field, t('figures.badSpan'));
      ctx.showError(err);
      return;
    }
    if (!ctx.isCurrent()) return;
    destroyCharts();
    clear(body);
    const period = t('figures.period', { from: formatMonth(f.from), to: formatMonth(f.to) });
    body.append(targets(f), byMonth(f, period), byDistrict(f, period), byKind(f, period), byStation(f, period));
    body.removeAttribute('aria-busy');
    if (announceResult) ctx.announce(t('figures.shown', { from: formatMonth(f.from), to: formatMonth(f.to) }));
  }

  function exportLink(table, label) {
    const href = ctx.api.url('/figures/export', { ...filter, table, lang });
    return h('p', { class: 'figures-export' },
      h('a', { href, download: '', class: 'figures-csv' }, t('figures.csv', { table: label })));
  }

  function section(key, ...content) {
    const id = `figures-${key}-title`;
    return h('section', { class: `figures-section figures-${key}`, 'aria-labelledby': id },
      h('h2', { id }, t(`figures.${key}Title`)), content);
  }

  function targets(f) {
    const target = f.targets || { volunteers: 100000, personTimes: 600000 };
    return section('targets', h('div', { class: 'figures-stats' },
      progressStat('registered', t('figures.registered'), f.volunteersRegistered, target.volunteers),
      progressStat('active', t('figures.active', { days: f.activeDays ?? 90 }), f.volunteersActive, target.volunteers),
      progressStat('personTimes', t('figures.personTimes'), f.personTimes, target.personTimes),
      progressStat('persons', t('figures.persons'), f.personsServed, null)));
  }

  function progressStat(key, label, value, target) {
    const labelId = `figures-stat-${key}`;
    const noteId = `figures-stat-${key}-note`;
    const note = target
      ? t('figures.ofTarget', { target: formatNumber(target), percent: percentText(value, target) })
      : t('figures.noTarget');
    return h('div', { class: 'stat figures-stat', 'data-figure': key },
      h('p', { class: 'stat-label', id: labelId }, label),
      h('p', { class: 'stat-value' }, formatNumber(value ?? 0)),
      target ? h('progress', { max: String(target), value: String(Math.min(value ?? 0, target)),
        'aria-label': t('figures.progressLabel', { what: label }), 'aria-describedby': noteId }) : null,
      h('p', { class: 'figures-stat-note', id: noteId }, note));
  }

  function percentText(value, target) {
    const p = (100 * (value ?? 0)) / target;
    if (p > 0 && p < 0.01) return lang === 'en' ? 'under 0.01%' : '不到 0.01%';
    return `${formatNumber(p, p < 10 ? 2 : 1)}%`;
  }

  // A table of two to four columns stays a table at 200% zoom (figures.css).
  function compact(wrap) {
    wrap.querySelector('table')?.classList.add('figures-compact');
    return wrap;
  }

  function chartAndTable(chartOptions, table) {
    const made = figureChart({ ...chartOptions, numberFormat: (n) => formatNumber(n) });
    charts.push(made.chart);
    return h('div', { class: 'figures-pair' }, made.element, h('div', { class: 'figures-table' }, table));
  }

  function byMonth(f, period) {
    const rows = f.byMonth || [];
    const table = compact(dataTable({
      caption: t('figures.byMonthCaption', { period }),
      columns: [
        { label: t('figures.col.month'), header: true, value: (r) => formatMonth(r.month) },
        { label: t('figures.col.personTimes'), numeric: true, value: (r) => formatNumber(r.personTimes) },
        { label: t('figures.col.persons'), numeric: true, value: (r) => formatNumber(r.persons) },
        { label: t('figures.col.registered'), numeric: true, value: (r) => formatNumber(r.volunteersRegistered) },
      ],
      rows, rowId: (r) => r.month, empty: t('figures.empty'),
    }));
    return section('byMonth',
      rows.length ? chartAndTable({
        id: 'figures-chart-month', title: t('figures.byMonthChart'), description: t('figures.byMonthDesc'),
        labels: rows.map((r) => formatMonth(r.month)),
        series: [
          { label: t('figures.col.personTimes'), data: rows.map((r) => r.personTimes) },
          { label: t('figures.col.persons'), data: rows.map((r) => r.persons), type: 'line' },
        ],
      }, table) : table,
      exportLink('byMonth', t('figures.byMonthTitle')));
  }

  function byDistrict(f, period) {
    const rows = f.byDistrict || [];
    const label = (r) => r.district || t('figures.noDistrict');
    const table = dataTable({
      caption: t('figures.byDistrictCaption', { period }),
      columns: [
        { label: t('figures.col.district'), header: true, value: label },
        { label: t('figures.col.personTimes'), numeric: true, value: (r) => formatNumber(r.personTimes) },
        { label: t('figures.col.persons'), numeric: true, value: (r) => formatNumber(r.persons) },
        { label: t('figures.col.registered'), numeric: true, value: (r) => formatNumber(r.volunteersRegistered) },
        { label: t('figures.col.active'), numeric: true, value: (r) => formatNumber(r.volunteersActive) },
      ],
      rows, rowId: (r) => r.district, empty: t('figures.empty'),
    });
    return section('byDistrict',
      rows.length ? chartAndTable({
        id: 'figures-chart-district', title: t('figures.byDistrictChart'), description: t('figures.byDistrictDesc'),
        labels: rows.map(label), horizontal: true,
        series: [
          { label: t('figures.col.personTimes'), data: rows.map((r) => r.personTimes) },
          { label: t('figures.col.registered'), data: rows.map((r) => r.volunteersRegistered) },
        ],
      }, table) : table,
      exportLink('byDistrict', t('figures.byDistrictTitle')));
  }

  function byKind(f, period) {
    const rows = f.byKind || [];
    const table = compact(dataTable({
      caption: t('figures.byKindCaption', { period }),
      columns: [
        { label: t('figures.col.kind'), header: true, value: (r) => recordKindName(r.kind, lang) },
        { label: t('figures.col.personTimes'), numeric: true, value: (r) => formatNumber(r.personTimes) },
      ],
      rows, rowId: (r) => r.kind, empty: t('figures.empty'),
    }));
    return section('byKind',
      rows.length ? chartAndTable({
        id: 'figures-chart-kind', title: t('figures.byKindChart'), description: t('figures.byKindDesc'),
        labels: rows.map((r) => recordKindName(r.kind, lang)), horizontal: true,
        series: [{ label: t('figures.col.personTimes'), data: rows.map((r) => r.personTimes) }],
      }, table) : table,
      exportLink('byKind', t('figures.byKindTitle')));
  }

  function byStation(f, period) {
    const rows = f.byStation || [];
    return section('byStation',
      dataTable({
        caption: t('figures.byStationCaption', { period }),
        columns: [
          { label: t('figures.col.station'), header: true, value: (r) => r.stationName || r.stationId },
          { label: t('figures.col.district'), value: (r) => r.district || t('figures.noDistrict') },
          { label: t('figures.col.personTimes'), numeric: true, value: (r) => formatNumber(r.personTimes) },
          { label: t('figures.col.persons'), numeric: true, value: (r) => formatNumber(r.persons) },
          { label: t('figures.col.registered'), numeric: true, value: (r) => formatNumber(r.volunteersRegistered) },
          { label: t('figures.col.active'), numeric: true, value: (r) => formatNumber(r.volunteersActive) },
        ],
        rows, rowId: (r) => r.stationId, empty: t('figures.empty'),
      }),
      exportLink('byStation', t('figures.byStationTitle')));
  }

  await load(false);
  return destroyCharts;
}

// The choices' districts may be plain names or {id|code, name} objects.
function districtValue(d) {
  return typeof d === 'string' ? d : d.id ?? d.code ?? d.name ?? '';
}

function districtLabel(d) {
  return typeof d === 'string' ? d : d.name ?? d.id ?? d.code ?? '';
}
