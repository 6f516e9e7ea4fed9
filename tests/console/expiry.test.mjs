// Idle sessions end: with the server's idle time set to 2 s, a coordinator who comes back after
// 3 s and clicks is shown the sign-in page saying the session expired (not residents' records),
// the old cookie no longer works, and signing in again returns to the page they were on. A screen
// left alone shows the sign-in page by itself, also the work queue while it refreshes itself (its
// timer's reads say X-Console-Background: 1, so they do not count as someone using the console).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { newPage } from './fixture.mjs';
import { apiFromPage, showPage, signIn, signInForm } from './consolepage.mjs';
import { browser, signedInPage, useConsoleWorld, world } from './helpers.mjs';

const EXPIRED = /您有一段时间没有操作/;

useConsoleWorld({ serverArgs: ['--console-idle-seconds', '2'] });

test('after 3 s idle the next click shows the sign-in with the expired message', async () => {
  const page = await signedInPage('district');
  await showPage(page, '#/volunteers', 'volunteers');
  await sleep(3000);
  await page.getByRole('navigation').getByRole('link', { name: '工作队列' }).click();
  // At once, from the server's answer to that click (the page's own idle check comes later).
  await page.locator('main[data-page="signin"]').waitFor({ timeout: 3000 });
  await page.locator('main').getByText(EXPIRED).first().waitFor();
  assert.equal(await page.locator('main [data-id]').count(), 0, 'no records left on the screen');
  const session = await apiFromPage(page, 'GET', '/session');
  assert.equal(session.status, 401);
  assert.ok(['session_expired', 'signed_out'].includes(session.json.error));

  // Signing in again goes back to where the person was going.
  await signIn(page, world, world.users.district, { expectPage: 'queue' });
  await page.context().close();
});

test('a screen left alone shows the sign-in page by itself', async () => {
  const page = await signedInPage('station');
  // The page asks the server once the idle time (plus a margin of 5 s) has passed.
  await page.locator('main[data-page="signin"]').waitFor({ timeout: 15000 });
  await page.locator('main').getByText(EXPIRED).first().waitFor();
  assert.ok(await signInForm(page).login.isVisible());
  await page.context().close();
});

test('the work queue refreshing itself does not keep a screen left alone signed in', async () => {
  const page = await newPage(browser);
  // The page reads this switch (queue.js) so its refresh comes each second, not each minute.
  await page.context().addInitScript(() => window.localStorage.setItem('kiosk-console-queue-refresh-seconds', '1'));
  const refreshes = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/console/api/queue') refreshes.push(request.headers()['x-console-background'] || '');
  });
  await signIn(page, world, world.users.district);
  await page.locator('main[data-page="signin"]').waitFor({ timeout: 15000 });
  await page.locator('main').getByText(EXPIRED).first().waitFor();
  assert.equal(await page.locator('main [data-id]').count(), 0, 'no records left on the screen');
  // The first read is the person's (the page they chose); every one after it was the timer's.
  const timed = refreshes.slice(1);
  assert.ok(timed.length >= 2, `the queue refreshed itself while left alone (${timed.length} times)`);
  assert.ok(timed.every((header) => header === '1'), 'every timed refresh says it is the page\'s own');
  await page.context().close();
});
