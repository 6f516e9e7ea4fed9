// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinators' console: starts the shell, asks the server who is signed in, and shows the
// page of the address (#/queue, ...) or the sign-in form. See src/pages/README.md for pages.
import './styles.css';
import { initLang, setLang, getLang, t, registerStrings } from './i18n.js';
import { api, setCsrfToken, onUnauthorized } from './api.js';
import { resolve, onRouteChange, navName, DEFAULT_HASH } from './router.js';
import { pages } from './pages/index.js';
import { buildShell } from './shell.js';
import * as signin from './signin.js';
import { h, clear } from './ui/dom.js';
import { announce, announceAlert, clearAnnouncements } from './ui/live.js';

initLang();
registerStrings(signin.strings);
for (const page of Object.values(pages)) registerStrings(page.strings);

let session = null;          // {user, csrfToken, idleSeconds}
let choicesPromise = null;
let generation = 0;          // bumps on every page change: stale awaits must not touch the DOM
let cleanup = null;
let idleTimer = 0;

const shell = buildShell({ onSignOut: signOut, onSwitchLanguage: switchLanguage });

function leavePage() {
  generation += 1;
  if (typeof cleanup === 'function') {
    try { cleanup(); } catch { /* a page's cleanup must not block the next page */ }
  }
  cleanup = null;
}

function showSignIn(reason = '', focus = true) {
  leavePage();
  session = null;
  choicesPromise = null;
  setCsrfToken('');
  window.clearTimeout(idleTimer);
  shell.setUser(null);
  clear(shell.main);
  renderSignIn(reason, focus);
}

function renderSignIn(reason, focus) {
  signin.renderSignIn(shell.main, {
    reason,
    focus,
    onSignedIn(answer) {
      session = answer;
      showUser();
      clearAnnouncements();
      if (!window.location.hash || window.location.hash === '#' || window.location.hash === '#main') {
        history.replaceState(null, '', DEFAULT_HASH);
      }
      showRoute(true);
    },
  });
}

// The banner names the person, and a station's staff their station by its name (the session
// carries only its id; the stations menu has the name).
function showUser() {
  shell.setUser(session.user);
  if (!session.user.stationId) return;
  const mine = session;
  loadChoices().then((choices) => {
    const station = choices.stations?.find((s) => s.id === mine.user.stationId);
    if (station?.name && session === mine) shell.setUser({ ...mine.user, stationName: station.name });
  }).catch(() => { /* the id stays in the banner */ });
}

function loadChoices() {
  if (!choicesPromise) {
    choicesPromise = api.get('/stations/choices').catch((err) => {
      choicesPromise = null;
      throw err;
    });
  }
  return choicesPromise;
}

// The server ends an idle session by itself; asking once it should have ended shows the sign-in
// page on an unattended screen instead of residents' records.
function armIdleCheck() {
  window.clearTimeout(idleTimer);
  if (!session?.idleSeconds) return;
  idleTimer = window.setTimeout(async () => {
    try {
      // A probe, not a use: it must not itself keep the session alive.
      const answer = await api.get('/session', undefined, { background: true });
      session = { ...session, ...answer };
      armIdleCheck();
    } catch { /* 401 already showed the sign-in page */ }
  }, (session.idleSeconds + 5) * 1000);
}

onUnauthorized((code) => {
  if (!session) return;
  // The sign-in page says why (its notice is an alert), so nothing more is announced here.
  showSignIn(code === 'session_expired' ? 'session_expired' : '');
});

function showRoute(focusTitle) {
  if (!session) return;
  leavePage();
  const mine = generation;
  const { route, params, query } = resolve(window.location.hash);
  const main = shell.main;
  clear(main);
  clearAnnouncements();
  armIdleCheck();
  const title = h('h1', { tabindex: '-1' });
  main.append(title);
  const setTitle = (text) => {
    title.textContent = text;
    document.title = `${text} – ${t('app.siteName')}`;
  };

  if (!route) {
    main.setAttribute('data-page', 'not-found');
    shell.setCurrent('');
    setTitle(t('app.notFound'));
    main.append(h('p', {}, t('app.notFoundText')));
    if (focusTitle) title.focus();
    return;
  }

  const page = route.page;
  main.setAttribute('data-page', page.name);
  shell.setCurrent(navName(route));
  setTitle(t(page.titleKey));
  if (focusTitle) title.focus();

  // The page's own alert: a failure is said once, where it happened.
  const errorBox = h('div', { class: 'alert', role: 'alert', hidden: true });
  main.append(errorBox);
  let errorTimer = 0;
  // A success after a failure: the old failure must not stay beside it as if it still held.
  const clearError = () => {
    window.clearTimeout(errorTimer);
    errorBox.textContent = '';
    errorBox.hidden = true;
  };
  const ctx = {
    main,
    params,
    query,
    setTitle,
    t,
    lang: getLang(),
    user: session.user,
    api: {
      // Only what a person asked for moves the page's idle probe on; a timer's read does not.
      get: (path, query, options = {}) => {
        if (!options.background) armIdleCheck();
        return api.get(path, query, options);
      },
      post: (...a) => { armIdleCheck(); return api.post(...a); },
      url: api.url,
    },
    choices: loadChoices,
    // options.keepError: news the page found by itself (the queue's new items), not the result
    // of what the person did, so a failure they have not dealt with stays on the screen.
    announce(text, options = {}) {
      if (!options.keepError) clearError();
      announce(text);
    },
    showError(err) {
      if (generation !== mine) return;
      if (err?.status === 401) return; // the sign-in page is already there
      const message = err?.message || t('error.unknown', { status: '' });
      clearAnnouncements();
      errorBox.hidden = false;
      // Emptied first, so the same failure twice is said twice.
      errorBox.textContent = '';
      window.clearTimeout(errorTimer);
      errorTimer = window.setTimeout(() => { errorBox.textContent = message; }, 50);
    },
    navigate(hash) {
      if (window.location.hash === hash) showRoute(true);
      else window.location.hash = hash;
    },
    isCurrent: () => generation === mine && session !== null,
  };
  Promise.resolve()
    .then(() => page.render(ctx))
    .then((done) => { if (generation === mine) cleanup = done; else if (typeof done === 'function') done(); })
    .catch((err) => ctx.showError(err));
}

async function signOut() {
  try { await api.post('/session/end', {}); } catch { /* signed out either way */ }
  showSignIn('signed_out_by_user');
}

function switchLanguage() {
  setLang(getLang() === 'zh' ? 'en' : 'zh');
  shell.refreshTexts();
  if (session) showRoute(false);
  else { clear(shell.main); renderSignIn('', false); }
  // Keep the keyboard where it was: on the switch, now named in the other language.
  document.querySelector('.lang-switch')?.focus();
  announce(t('app.languageChanged'));
}

onRouteChange(() => showRoute(true));

async function start() {
  shell.refreshTexts();
  shell.main.append(h('p', { class: 'loading' }, t('app.loading')));
  try {
    session = await api.get('/session');
    setCsrfToken(session.csrfToken);
    showUser();
    if (!resolve(window.location.hash).route && !window.location.hash.replace(/^#\/?/, '')) {
      history.replaceState(null, '', DEFAULT_HASH);
    }
    showRoute(false);
  } catch (err) {
    showSignIn(err.code === 'session_expired' ? 'session_expired' : '', true);
    if (err.status !== 401) announceAlert(err.message);
  }
}

start();
