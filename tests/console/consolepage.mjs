// What a coordinator does in the console, in the words the page shows (roles and accessible
// names, both languages), so a test reads like the person's steps and fails where they would.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

// Accessible names of the shell's controls (server/console/web/src/i18n.js and app.js).
export const NAMES = {
  login: /^(账号|登录名|用户名|Login|User name)/i,
  password: /^(密码|Password)/i,
  signIn: /^(登录|Sign in)$/i,
  signOut: /^(退出登录|Sign out)$/i,
  toEnglish: /Switch to English|^English$/,
  toChinese: /切换到中文|^中文$/,
};

// Every route of the console (§6) with its data-page value.
export const PAGES = [
  { hash: '#/queue', page: 'queue' },
  { hash: '#/volunteers', page: 'volunteers' },
  { hash: '#/services', page: 'services' },
  { hash: '#/stations', page: 'stations' },
  { hash: '#/figures', page: 'figures' },
  { hash: '#/audit', page: 'audit' },
];

export async function openConsole(page, world, hash = '') {
  await page.goto(world.consoleUrl + hash);
}

export function signInForm(page) {
  return {
    login: page.getByLabel(NAMES.login),
    password: page.getByLabel(NAMES.password),
    submit: page.getByRole('button', { name: NAMES.signIn }),
  };
}

// Signs in through the form and waits until the work queue (the first page) is shown.
export async function signIn(page, world, user, { expectPage = 'queue' } = {}) {
  if (!page.url().startsWith(world.consoleUrl)) await openConsole(page, world);
  const form = signInForm(page);
  await form.login.fill(user.login);
  await form.password.fill(user.password);
  await form.submit.click();
  if (expectPage) await page.locator(`main[data-page="${expectPage}"] h1`).waitFor();
}

// Waits until the page has read what it shows: nothing in main is still loading, no request of
// the page is under way and none ended in the last 200 ms (a page may read its filter menus first
// and its list after that). fixture.newPage counts the page's requests (window.__consoleFetches).
export async function settled(page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main[data-page]');
    const fetches = window.__consoleFetches || { pending: 0, lastActivity: 0 };
    return main && !main.querySelector('[aria-busy="true"], .loading')
      && fetches.pending === 0 && performance.now() - fetches.lastActivity > 200;
  }, null, { polling: 50 });
}

// Goes to a route and waits for its main landmark to say which page it is, and for its content.
export async function showPage(page, hash, name) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.locator(`main[data-page="${name}"]`).waitFor();
  await settled(page);
}

export async function currentLanguage(page) {
  return page.evaluate(() => document.documentElement.lang);
}

// Chooses a language with the header's switch (what a person would press).
export async function useLanguage(page, lang) {
  if ((await currentLanguage(page)).startsWith(lang)) return;
  await page.getByRole('button', { name: lang === 'en' ? NAMES.toEnglish : NAMES.toChinese }).click();
  await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
}

// The row of a queue item, volunteer or station by its id (data-id, §6).
export function row(page, id) {
  return page.locator(`main [data-id="${id}"]`);
}

// The ids of the rows on the page now (or in one of its sections, by data-section).
export async function rowIds(page, section = '') {
  const scope = section ? `main [data-section="${section}"]` : 'main';
  return page.locator(`${scope} [data-id]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
}

// Calls the console API from inside the page (its cookie, its origin), as the page's own code does.
export async function apiFromPage(page, method, path, { body, headers = {} } = {}) {
  return page.evaluate(async ({ method, path, body, headers }) => {
    const answer = await fetch(`/console/api${path}`, {
      method, credentials: 'same-origin', headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let json = null;
    try { json = await answer.json(); } catch { /* not JSON */ }
    return { status: answer.status, json };
  }, { method, path, body, headers });
}

// The session's CSRF token as the server gives it to the page.
export async function csrfToken(page) {
  const { status, json } = await apiFromPage(page, 'GET', '/session');
  assert.equal(status, 200, 'GET /console/api/session answers the signed-in page');
  return json.csrfToken;
}

// Waits until the polite live region (role=status) says something matching `pattern`.
export async function announced(page, pattern) {
  await page.waitForFunction(
    (source) => [...document.querySelectorAll('[role="status"]')].some((el) => new RegExp(source).test(el.textContent)),
    pattern.source,
  );
}

// axe-core evaluated in the page (through the debugger protocol, so the page's CSP, which would
// refuse an injected <script>, stays as it is).
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
}
