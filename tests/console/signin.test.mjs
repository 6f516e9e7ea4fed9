// Signing in: the right password opens the work queue with the person's name in the header; a
// wrong one keeps the form, says so, and sets no session; signing out ends the session.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newPage } from './fixture.mjs';
import { NAMES, apiFromPage, openConsole, signInForm } from './consolepage.mjs';
import { browser, signedInPage, useConsoleWorld, world } from './helpers.mjs';

useConsoleWorld();

test('the console opens on the sign-in form, in Mandarin', async () => {
  const page = await newPage(browser);
  await openConsole(page, world);
  const form = signInForm(page);
  await form.login.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.ok(await form.password.isVisible());
  assert.equal(await form.password.getAttribute('type'), 'password');
  await page.context().close();
});

test('the right password signs in and shows the work queue with the person named', async () => {
  const page = await signedInPage('city');
  await assert.doesNotReject(page.getByRole('banner').getByText(world.users.city.name).first().waitFor());
  const session = await apiFromPage(page, 'GET', '/session');
  assert.equal(session.status, 200);
  assert.equal(session.json.user.login, world.users.city.login);
  assert.equal(session.json.user.role, 'city');
  // The session cookie is not readable by the page's scripts (HttpOnly).
  assert.ok(!(await page.evaluate(() => document.cookie)).includes('kiosk_console'));
  const cookies = await page.context().cookies();
  const cookie = cookies.find((c) => c.name === 'kiosk_console');
  assert.ok(cookie, 'the server set the session cookie');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
  assert.equal(cookie.path, '/console/');
  await page.context().close();
});

test('a wrong password keeps the form, says so, and opens no session', async () => {
  const page = await newPage(browser);
  await openConsole(page, world);
  const form = signInForm(page);
  await form.login.fill(world.users.district.login);
  await form.password.fill('not-the-password');
  await form.submit.click();
  await page.getByText(/账号或密码不对/).first().waitFor();
  assert.ok(await form.login.isVisible(), 'the form stays');
  assert.equal(await page.locator('main[data-page="queue"]').count(), 0);
  const session = await apiFromPage(page, 'GET', '/session');
  assert.equal(session.status, 401);
  // The login typed stays, the wrong password does not.
  assert.equal(await form.login.inputValue(), world.users.district.login);
  assert.equal(await form.password.inputValue(), '');
  await page.context().close();
});

test('an unknown login is refused with the same words as a wrong password', async () => {
  const page = await newPage(browser);
  await openConsole(page, world);
  const form = signInForm(page);
  await form.login.fill('nobody.here');
  await form.password.fill('whatever-password');
  await form.submit.click();
  await page.getByText(/账号或密码不对/).first().waitFor();
  await page.context().close();
});

test('signing out shows the sign-in form again and the old session no longer works', async () => {
  const page = await signedInPage('station');
  await page.getByRole('button', { name: NAMES.signOut }).click();
  await signInForm(page).login.waitFor();
  const session = await apiFromPage(page, 'GET', '/session');
  assert.equal(session.status, 401);
  await page.reload();
  await signInForm(page).login.waitFor();
  assert.equal(await page.locator('main[data-page="queue"]').count(), 0);
  await page.context().close();
});
