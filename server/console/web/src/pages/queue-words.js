// SPDX-License-Identifier: GPL-3.0-or-later
// Words for a queue item: its one-line summary in the list and the labelled details on its page,
// from the keys the server sends (server/console/queuedescription.cpp).
import { t, tOr, getLang } from '../i18n.js';
import { h } from '../ui/dom.js';
import { formatDate, formatDateTime, timeElement } from '../ui/format.js';
import {
  helpTypeName, dayPartName, placeKindName, noteName, procedureName, choiceName, staffCallReasonName,
} from '../catalogue.js';

export const KINDS = ['help', 'application', 'home_assessment', 'fee_waiver', 'booking', 'staff_call'];
export const STATUSES = ['submitted', 'accepted', 'assigned', 'pending', 'confirmed', 'open', 'done', 'cancelled', 'refused'];

export const kindName = (kind) => tOr(`kind.${kind}`, kind || '');
export const statusName = (status) => tOr(`status.${status}`, status || '');

/** ok / warn / bad / info / muted for a status badge. */
export function statusTone(status) {
  if (['done', 'confirmed', 'approved'].includes(status)) return 'ok';
  if (['cancelled', 'refused', 'rejected'].includes(status)) return 'muted';
  if (['submitted', 'pending', 'open', 'held'].includes(status)) return 'warn';
  return 'info';
}

/** {zh, en} names the server holds in both languages; a plain string stays as it is. */
export function localized(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value[getLang()] || value.zh || value.en || '';
  return String(value);
}

function placeText(place) {
  if (!place) return '';
  const name = localized(place.name);
  const kind = placeKindName(place.kind);
  return name ? t('queue.placeNamed', { kind, name }) : kind;
}

/** The few words that name an item (its heading): the kind and what is asked. */
export function headline(item) {
  const first = summaryParts(item)[0];
  return first && first !== kindName(item.kind) ? t('queue.headline', { kind: kindName(item.kind), what: first }) : kindName(item.kind);
}

/** One short line for the list: what is asked, never who asks. */
export function summaryText(item) {
  return summaryParts(item).join(' · ') || kindName(item.kind);
}

function summaryParts(item) {
  const s = item.summary || {};
  const parts = [];
  switch (item.kind) {
  case 'help':
    parts.push(helpTypeName(s.helpType));
    if (s.wantedDay) parts.push(formatDate(s.wantedDay));
    if (s.dayPart) parts.push(dayPartName(s.dayPart));
    if (s.place) parts.push(placeText(s.place));
    break;
  case 'home_assessment':
  case 'fee_waiver':
    parts.push(kindName(s.request || item.kind));
    if (s.hasNote) parts.push(t('queue.hasNote'));
    break;
  case 'staff_call':
    parts.push(staffCallReasonName(s.reason));
    break;
  case 'application':
    parts.push(procedureName(s.procedure));
    if (s.choice) parts.push(choiceName(s.choice));
    if (s.certificateFound === false) parts.push(t('queue.certificateNotFound'));
    break;
  case 'booking':
    parts.push(localized(s.serviceName) || s.serviceCode || '');
    if (s.startsAt) parts.push(formatDateTime(s.startsAt));
    break;
  default:
    for (const value of Object.values(s)) {
      if (typeof value === 'string' || typeof value === 'number') parts.push(String(value));
    }
  }
  return parts.filter(Boolean);
}

const TIME_FIELDS = new Set(['receivedAt', 'statusChangedAt', 'sentAt', 'startsAt', 'agreedAt']);
const DAY_FIELDS = new Set(['wantedDay', 'reportedLostOn']);
// Shown in this order; anything else the server adds follows under its own key.
const ORDER = ['helpType', 'request', 'procedure', 'choice', 'serviceName', 'serviceCode', 'startsAt', 'wantedDay',
  'dayPart', 'place', 'reason', 'noteKeys', 'note', 'certificateFound', 'reportedLostOn', 'agreedAt', 'code',
  'calledBack', 'sentAt', 'receivedAt', 'statusChangedAt'];

function valueOf(key, value, item) {
  if (value === null || value === undefined || value === '') return null;
  if (TIME_FIELDS.has(key)) return timeElement(value);
  if (DAY_FIELDS.has(key)) return formatDate(value);
  switch (key) {
  case 'helpType': return helpTypeName(value);
  case 'dayPart': return dayPartName(value);
  case 'place': return placeText(value);
  case 'procedure': return procedureName(value);
  case 'choice': return choiceName(value);
  case 'request': return kindName(value);
  case 'serviceName': return localized(value);
  case 'reason': return item.kind === 'staff_call' ? staffCallReasonName(value) : String(value);
  case 'noteKeys':
    if (!Array.isArray(value) || value.length === 0) return null;
    return h('ul', { class: 'plain-list' }, value.map((k) => h('li', {}, noteName(k))));
  case 'note': return h('span', { class: 'visitor-words' }, String(value));
  default:
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'object') return localized(value) || JSON.stringify(value);
    return String(value);
  }
}

/** <dl> of an item's details, labelled in the chosen language. */
export function detailsList(item, details) {
  const keys = [...ORDER.filter((k) => k in details), ...Object.keys(details).filter((k) => !ORDER.includes(k))];
  const rows = [];
  for (const key of keys) {
    const value = valueOf(key, details[key], item);
    if (value === null || value === '') continue;
    rows.push(h('div', { class: 'dl-row' }, h('dt', {}, tOr(`queue.field.${key}`, key)), h('dd', {}, value)));
  }
  return h('dl', { class: 'details' }, rows);
}
