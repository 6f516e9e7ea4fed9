// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in page, shown when there is no session and after any 401. A refused sign-in, a wait
// after too many attempts and an expired session each get their own plain sentence.
import { h, append } from './ui/dom.js';
import { t } from './i18n.js';
import { api, setCsrfToken } from './api.js';
import { textField, control, markInvalid, clearInvalid } from './ui/form.js';
import { clearAnnouncements } from './ui/live.js';

export const strings = {
  zh: {
    'signin.title': '登录',
    'signin.intro': '请用您自己的账号登录。不要把密码告诉别人。',
    'signin.login': '账号',
    'signin.password': '密码',
    'signin.submit': '登录',
    'signin.working': '正在登录…',
    'signin.expired': '您有一段时间没有操作，为了保护居民的信息已自动退出。请重新登录，登录后会回到刚才的页面。',
  },
  en: {
    'signin.title': 'Sign in',
    'signin.intro': 'Please sign in with your own account. Never share your password.',
    'signin.login': 'Login',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.working': 'Signing in…',
    'signin.expired': 'You were signed out after a while without activity, to protect residents’ records. Sign in again to return to the page you were on.',
  },
};

/**
 * Fills `main` with the sign-in form. reason: '' | 'session_expired' | 'signed_out_by_user'.
 * onSignedIn(session) gets the answer of POST /session.
 */
export function renderSignIn(main, { reason = '', onSignedIn, focus = true }) {
  main.setAttribute('data-page', 'signin');
  const title = h('h1', { tabindex: '-1' }, t('signin.title'));
  document.title = `${t('signin.title')} – ${t('app.siteName')}`;
  const notice = reason === 'session_expired'
    ? h('p', { class: 'notice notice-warn', role: 'alert' }, t('signin.expired'))
    : reason === 'signed_out_by_user' ? h('p', { class: 'notice' }, t('app.signedOut')) : null;
  const errorBox = h('div', { class: 'alert', id: 'signin-error', role: 'alert', hidden: true });
  const loginField = textField({ id: 'signin-login', name: 'login', label: t('signin.login'), required: true, autocomplete: 'username' });
  const passwordField = textField({ id: 'signin-password', name: 'password', label: t('signin.password'), type: 'password', required: true, autocomplete: 'current-password' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('signin.submit'));
  const form = h('form', { class: 'signin-form', novalidate: true, 'aria-describedby': 'signin-intro' },
    loginField, passwordField, h('div', { class: 'actions' }, submit));

  function showError(message) {
    clearAnnouncements();
    errorBox.hidden = false;
    errorBox.textContent = message;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearInvalid(loginField);
    clearInvalid(passwordField);
    errorBox.hidden = true;
    const login = control(loginField).value.trim();
    const password = control(passwordField).value;
    if (!login || !password) {
      const empty = !login ? loginField : passwordField;
      markInvalid(empty, t('common.required', { field: !login ? t('signin.login') : t('signin.password') }));
      control(empty).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('signin.working');
    try {
      const session = await api.post('/session', { login, password });
      setCsrfToken(session.csrfToken);
      onSignedIn(session);
    } catch (err) {
      submit.disabled = false;
      submit.textContent = t('signin.submit');
      control(passwordField).value = '';
      showError(err.message);
      control(err.code === 'too_many_attempts' ? loginField : passwordField).focus();
    }
  });

  append(main, [title, h('p', { id: 'signin-intro' }, t('signin.intro')), notice, errorBox, form]);
  if (focus) control(loginField).focus();
}
