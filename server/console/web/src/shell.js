// SPDX-License-Identifier: GPL-3.0-or-later
// The frame around every page: skip link, banner (site name, who is signed in, language switch,
// sign out), nav, one <main>, and the live regions. Built once; texts refreshed on a language change.
import { h, clear } from './ui/dom.js';
import { t, getLang } from './i18n.js';
import { attachLiveRegions } from './ui/live.js';
import { routes } from './router.js';

export function buildShell({ onSignOut, onSwitchLanguage }) {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const skip = h('a', { class: 'skip-link', href: '#main' });
  // The skip link must not change the hash (the router would read "#main" as a page).
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    const target = main.querySelector('h1') || main;
    target.focus();
  });

  const siteName = h('p', { class: 'site-name' });
  const who = h('p', { class: 'who', hidden: true });
  const langButton = h('button', { type: 'button', class: 'lang-switch', onClick: onSwitchLanguage });
  const signOut = h('button', { type: 'button', class: 'sign-out', hidden: true, onClick: onSignOut });
  const header = h('header', { class: 'banner' },
    h('div', { class: 'banner-inner' }, siteName, h('div', { class: 'banner-tools' }, who, langButton, signOut)));

  const navList = h('ul', {});
  const nav = h('nav', { class: 'site-nav', hidden: true }, navList);

  const status = h('div', { class: 'live live-status', role: 'status', 'aria-live': 'polite', hidden: true });
  const alert = h('div', { class: 'live live-alert', role: 'alert', hidden: true });
  attachLiveRegions(status, alert);

  const body = h('div', { class: 'page' }, h('div', { class: 'live-area' }, status, alert), main);
  clear(document.body);
  document.body.append(skip, header, nav, body);

  let user = null;
  let current = '';

  function refreshTexts() {
    skip.textContent = t('app.skip');
    siteName.textContent = t('app.siteName');
    nav.setAttribute('aria-label', t('app.nav'));
    langButton.textContent = t('app.switchTo');
    // The button is named in the language it switches to, and spoken in it.
    langButton.lang = getLang() === 'zh' ? 'en' : 'zh-CN';
    signOut.textContent = t('app.signOut');
    if (user) {
      const area = user.role === 'city' ? '' : ` · ${[user.district, user.stationName || user.stationId].filter(Boolean).join(' · ')}`;
      who.textContent = t('app.signedInAs', { name: user.displayName || user.login, role: t(`role.${user.role}`) + area });
    }
    clear(navList);
    for (const route of routes.filter((r) => r.nav)) {
      const link = h('a', { href: `#/${route.page.name}`, 'aria-current': route.page.name === current ? 'page' : null },
        t(route.page.titleKey));
      navList.append(h('li', {}, link));
    }
  }

  return {
    main,
    refreshTexts,
    setUser(u) {
      user = u;
      who.hidden = !u;
      signOut.hidden = !u;
      nav.hidden = !u;
      refreshTexts();
    },
    setCurrent(name) {
      current = name;
      for (const link of navList.querySelectorAll('a')) {
        if (link.getAttribute('href') === `#/${name}`) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
    },
  };
}
