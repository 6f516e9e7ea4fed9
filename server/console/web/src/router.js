// SPDX-License-Identifier: GPL-3.0-or-later
// Hash routes (design §6): #/queue, #/queue/<id>, #/volunteers, #/volunteers/<id>, #/services,
// #/stations, #/figures, #/audit. The part after "?" is the page's query (filters), so Back and a
// bookmarked address show the same list. Page modules follow src/pages/README.md.
import { pages } from './pages/index.js';

export { hashFor } from './hash.js';

export const DEFAULT_HASH = '#/queue';

// Order = order in the nav. `nav: false` pages are reached from another page's links.
export const routes = [
  { pattern: /^queue$/, page: pages.queue, nav: true },
  { pattern: /^queue\/([^/]+)$/, page: pages.queueitem, navParent: 'queue' },
  { pattern: /^volunteers$/, page: pages.volunteers, nav: true },
  { pattern: /^volunteers\/([^/]+)$/, page: pages.volunteer, navParent: 'volunteers' },
  { pattern: /^services$/, page: pages.services, nav: true },
  { pattern: /^stations$/, page: pages.stations, nav: true },
  { pattern: /^figures$/, page: pages.figures, nav: true },
  { pattern: /^audit$/, page: pages.audit, nav: true },
];

/** '#/queue/7?x=1' -> {route, params: ['7'], query: URLSearchParams, path: 'queue/7'}; route null if unknown. */
export function resolve(hash) {
  const text = (hash || '').replace(/^#\/?/, '');
  const [path, search = ''] = text.split('?');
  const clean = path.replace(/\/+$/, '');
  for (const route of routes) {
    const match = route.pattern.exec(clean);
    if (match) {
      return { route, params: match.slice(1).map(decodeURIComponent), query: new URLSearchParams(search), path: clean };
    }
  }
  return { route: null, params: [], query: new URLSearchParams(search), path: clean };
}

/** The nav entry a route belongs to ('queue' for #/queue/7). */
export function navName(route) {
  if (!route) return '';
  return route.navParent || route.page.name;
}

export function onRouteChange(fn) {
  window.addEventListener('hashchange', () => fn(resolve(window.location.hash)));
}

export function currentRoute() {
  return resolve(window.location.hash);
}
