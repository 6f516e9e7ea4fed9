// SPDX-License-Identifier: GPL-3.0-or-later
// The console's JSON API (/console/api/...). Every POST carries the session's CSRF token; a 401
// (signed out, session expired) hands over to the shell, which shows the sign-in page. Failures
// become ApiError with a plain sentence in the chosen language, chosen by the server's error code.
// A request the page's own timer sends (a refresh, the idle probe) says so with
// X-Console-Background: 1, so the server checks the session without counting it as someone's use:
// a screen left alone still ends its session.
import { t } from './i18n.js';

const base = new URL('api', new URL('./', document.baseURI)).pathname; // "/console/api"

let csrfToken = '';
let unauthorized = () => {};

export function setCsrfToken(token) {
  csrfToken = token || '';
}

/** fn(code) is called on 401 signed_out / session_expired (not for a refused sign-in). */
export function onUnauthorized(fn) {
  unauthorized = fn;
}

export class ApiError extends Error {
  constructor({ status, code, field, retryAfterSeconds, serverMessage }) {
    super(messageFor(code, status, field, retryAfterSeconds));
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field || '';
    this.retryAfterSeconds = retryAfterSeconds || 0;
    this.serverMessage = serverMessage || '';
  }
}

function messageFor(code, status, field, retryAfterSeconds) {
  if (code === 'too_many_attempts') {
    return t('error.too_many_attempts', { minutes: Math.max(1, Math.ceil((retryAfterSeconds || 60) / 60)) });
  }
  if (code === 'invalid_field' && field) return t('error.invalid_field_named', { field });
  const key = `error.${code}`;
  const text = t(key);
  return text === key ? t('error.unknown', { status }) : text;
}

function queryString(query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query || {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An address for a link (CSV, PDF downloads): api.url('/figures/export', {table: 'byMonth'}). */
export function url(path, query) {
  return `${base}${path}${queryString(query)}`;
}

async function request(method, path, { query, body, background } = {}) {
  const headers = { Accept: 'application/json' };
  if (background) headers['X-Console-Background'] = '1';
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  let response;
  try {
    response = await fetch(url(path, query), {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      body: method === 'GET' ? undefined : JSON.stringify(body || {}),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  let data = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { data = await response.json(); } catch { data = null; }
  }
  if (response.ok) return data ?? {};

  const code = data?.error || (response.status === 401 ? 'signed_out' : 'unknown');
  const retry = Number(data?.retryAfterSeconds || response.headers.get('Retry-After') || 0);
  const error = new ApiError({
    status: response.status, code, field: data?.field, retryAfterSeconds: retry, serverMessage: data?.message,
  });
  if (response.status === 401 && code !== 'wrong_sign_in') unauthorized(code);
  throw error;
}

export const api = {
  /** options.background: sent by a timer, not by a person (see the top of this file). */
  get: (path, query, options = {}) => request('GET', path, { query, background: Boolean(options.background) }),
  post: (path, body) => request('POST', path, { body }),
  url,
};
