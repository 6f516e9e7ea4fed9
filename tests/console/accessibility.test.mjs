// Every page, in Mandarin and in English: axe-core (WCAG 2.1 A and AA, and its best practices)
// finds no violations, the page obeys its own Content-Security-Policy and throws nothing (the
// browser reports either in the console), and at 200% zoom on a 1280 px screen nothing scrolls
// sideways. A screenshot of each page in each language is saved for people to review.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newPage, screenshotFolder } from './fixture.mjs';
import { PAGES, axeViolations, openConsole, settled, showPage, signIn, signInForm, useLanguage } from './consolepage.mjs';
import { browser, signedInPage, useConsoleWorld, world } from './helpers.mjs';

useConsoleWorld();
let folder;
before(async () => {
  folder = await screenshotFolder();
});

// Every route, the detail pages included (a help request, a volunteer's record).
function allPages() {
  return [
    ...PAGES,
    { hash: `#/queue/${world.records.help}`, page: 'queueitem', file: 'queue-item' },
    { hash: '#/volunteers/TJ-V-000101', page: 'volunteer', file: 'volunteer' },
  ];
}

// Collects what the browser reports as errors: CSP refusals, script errors, and answers that
// failed. The one expected refusal is the first GET /console/api/session before signing in
// (Chromium logs it as a failed load), and a missing favicon is no fault of the page.
function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (r.status() < 400 || url.pathname === '/favicon.ico') return;
    if (r.status() === 401 && url.pathname === '/console/api/session' && r.request().method() === 'GET') return;
    errors.push(`${r.request().method()} ${url.pathname} answered ${r.status()}`);
  });
  return errors;
}


// null when the page fits its window's width, else how wide it is and what sticks out.
function sidewaysScroll(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return null;
    // The outermost elements that stick out, named by tag, class and the section they are in.
    const out = (el) => el.getBoundingClientRect().right > width + 1;
    const wide = [...document.querySelectorAll('main *')]
      .filter((el) => out(el) && !out(el.parentElement))
      .slice(0, 3)
      .map((el) => {
        const section = el.closest('section')?.className || '';
        return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}${section ? ` in section.${section.split(' ').join('.')}` : ''}`;
      });
    return `${document.documentElement.scrollWidth} px wide in ${width}: ${wide.join(', ')}`;
  });
}

for (const lang of ['zh', 'en']) {
  describe(`every page in ${lang}`, () => {
    let page;
    let errors;
    before(async () => {
      page = await newPage(browser);
      errors = watchErrors(page);
      await openConsole(page, world);
      await signInForm(page).login.waitFor();
      await useLanguage(page, lang);
    });
    after(() => page.context().close());

    test('the sign-in page', async () => {
      await settled(page);
      await page.screenshot({ path: path.join(folder, `signin-${lang}.png`), fullPage: true });
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `axe-core on the sign-in page (${lang}):\n  ${violations.join('\n  ')}`);
      assert.deepEqual(errors.splice(0), [], 'the browser reported errors on the sign-in page');
    });

    for (const name of [...PAGES.map((p) => p.page), 'queueitem', 'volunteer']) {
      test(name, async () => {
        if (!(await page.locator('main[data-page]:not([data-page="signin"])').count())) {
          await signIn(page, world, world.users.city);
        }
        const target = allPages().find((p) => p.page === name);
        await showPage(page, target.hash, target.page);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang === 'zh' ? 'zh-CN' : 'en');
        // One main with one h1 (the page's title), as a screen reader user expects.
        assert.equal(await page.locator('main h1').count(), 1);
        await page.screenshot({ path: path.join(folder, `${target.file || target.page}-${lang}.png`), fullPage: true });
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe-core on ${target.hash} (${lang}):\n  ${violations.join('\n  ')}`);
        assert.deepEqual(errors.splice(0), [], `the browser reported errors on ${target.hash}`);
        // An office screen 1280 px wide shows the whole width, nothing to scroll sideways for.
        assert.deepEqual(await sidewaysScroll(page), null, `${target.hash} (${lang}) at 1280 px`);
      });
    }
  });
}

test('at 200% zoom on a 1280 px wide screen no page scrolls sideways', async () => {
  // 200% zoom of a 1280 px window is a 640 CSS px wide layout drawn at twice the density.
  const page = await newPage(browser, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const context = page.context();
  await signIn(page, world, world.users.city);
  const wide = [];
  for (const lang of ['zh', 'en']) {
    await useLanguage(page, lang);
    for (const target of allPages()) {
      await showPage(page, target.hash, target.page);
      const scroll = await sidewaysScroll(page);
      if (scroll) wide.push(`${target.hash} (${lang}): ${scroll}`);
      if (lang === 'zh') await page.screenshot({ path: path.join(folder, `zoom200-${target.file || target.page}-${lang}.png`) });
    }
  }
  assert.deepEqual(wide, []);
  await context.close();
});

test('by keyboard: the skip link comes first and leads to the page\'s title; a new page puts focus on its title', async () => {
  const page = await signedInPage('district');
  await page.reload();
  await page.locator('main[data-page="queue"]').waitFor();
  await settled(page);
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ tag: document.activeElement.tagName, text: document.activeElement.textContent }));
  assert.deepEqual(first, { tag: 'A', text: '跳到主要内容' });
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.closest('main') !== null && document.activeElement.tagName), 'H1');
  // Following a nav link with the keyboard lands on the new page's title, which names it.
  await page.getByRole('navigation').getByRole('link', { name: '志愿者' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('main[data-page="volunteers"]').waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '志愿者');
  await page.context().close();
});
