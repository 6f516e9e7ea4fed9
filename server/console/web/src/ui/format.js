// SPDX-License-Identifier: GPL-3.0-or-later
// Dates and numbers in the chosen language. A time the server sends with an offset
// ("2026-12-02T09:30:00+08:00", the stations' time) is shown as that wall time, the time the
// resident saw at the kiosk, whatever zone the office PC is set to. A time without one (UTC "Z",
// as a kiosk's own clock sends it, or milliseconds) is shown in the stations' zone too, so two
// times of one item never read eight hours apart.
import { getLang } from '../i18n.js';

function locale() {
  return getLang() === 'en' ? 'en-GB' : 'zh-CN';
}

function toDate(value) {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value;
  const d = typeof value === 'number' ? new Date(value) : new Date(String(value));
  return Number.isNaN(d.getTime()) ? null : d;
}

// Every station is in mainland China (Asia/Shanghai, UTC+8 all year; server/stationclock.h).
const STATION_OFFSET_MINUTES = 480;

/** Minutes east of UTC to show an ISO time at: its own offset ("+08:00" -> 480), else the stations'. */
function offsetOf(value) {
  const m = typeof value === 'string' ? /([+-])(\d{2}):(\d{2})$/.exec(value) : null;
  if (!m) return STATION_OFFSET_MINUTES;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

// The wall time at that offset: shift the instant and format it as UTC (works in every browser,
// unlike offset time zones in Intl).
function formatAt(d, value, options) {
  const offset = offsetOf(value);
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(new Date(d.getTime() + offset * 60000));
}

export function formatDateTime(value) {
  const d = toDate(value);
  if (!d) return value ? String(value) : '';
  return formatAt(d, value, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** The time of day now or of a value ("14:05"), for "updated at". */
export function formatTime(value) {
  const d = toDate(value);
  if (!d) return '';
  return formatAt(d, value, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

export function formatDate(value) {
  // A bare day ("2026-12-02") is a calendar day, not UTC midnight.
  const text = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00` : value;
  const d = toDate(text);
  if (!d) return value ? String(value) : '';
  return formatAt(d, text, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatMonth(month) {
  const m = /^(\d{4})-(\d{2})$/.exec(String(month || ''));
  if (!m) return month ? String(month) : '';
  const d = new Date(Number(m[1]), Number(m[2]) - 1, 15);
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long' }).format(d);
}

export function formatNumber(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return '';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(Number(n));
}

export function formatBytes(n) {
  if (n === null || n === undefined) return '';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = Number(n);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit += 1; }
  return `${formatNumber(value, unit >= 3 ? 1 : 0)} ${units[unit]}`;
}

export function formatRelative(value) {
  const d = toDate(value);
  if (!d) return '';
  const seconds = Math.round((d.getTime() - Date.now()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86400), 'day');
}

/** A <time> element: machine value for tools, readable text for people. */
export function timeElement(value, withTime = true) {
  const el = document.createElement('time');
  const d = toDate(value);
  if (d) el.dateTime = d.toISOString();
  el.textContent = withTime ? formatDateTime(value) : formatDate(value);
  return el;
}
