// A failure is shown in the page's alert box until the person does something that works: a
// coordinator whose screen is out of date approves a registration someone else has just decided
// (409, the alert says so), then approves another one; the success is said and the old failure
// is gone from the screen, not left beside it as if the second approval had failed too. And a
// refused status change keeps the keyboard on its button (a disabled button would drop it to the
// top of the page).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newPage } from './fixture.mjs';
import { announced, settled, showPage, signIn } from './consolepage.mjs';
import { browser, useConsoleWorld, world } from './helpers.mjs';

useConsoleWorld();

test('a success after a failure leaves no old failure in the alert box', async () => {
  const stale = await newPage(browser);
  const other = await newPage(browser);
  await signIn(stale, world, world.users.city);
  await signIn(other, world, world.users.city);
  await showPage(stale, '#/volunteers', 'volunteers');
  await showPage(other, '#/volunteers', 'volunteers');

  // Someone else approves 周杰 first; the stale screen still offers it.
  await other.getByRole('button', { name: '批准：周杰', exact: true }).click();
  await announced(other, /已批准 周杰/);

  const alertBox = stale.locator('main .alert');
  await stale.getByRole('button', { name: '批准：周杰', exact: true }).click();
  await alertBox.filter({ hasText: /\S/ }).waitFor();
  assert.ok(await alertBox.isVisible(), 'the refusal is shown');

  await stale.getByRole('button', { name: '批准：吴婷', exact: true }).click();
  await announced(stale, /已批准 吴婷，志愿者编号/);
  await stale.waitForTimeout(200); // past the alert's own 50 ms re-say
  assert.equal(await alertBox.isVisible(), false, 'the old failure is no longer on the screen');
  assert.equal((await alertBox.textContent()).trim(), '');
  await stale.context().close();
  await other.context().close();
});

test('a refused status change keeps the keyboard on its button', async () => {
  const stale = await newPage(browser);
  const other = await newPage(browser);
  await signIn(stale, world, world.users.city);
  await signIn(other, world, world.users.city);
  const item = `#/queue/${encodeURIComponent(world.records.help)}`;
  await showPage(stale, item, 'queueitem');
  await showPage(other, item, 'queueitem');

  // Someone else cancels it; the stale screen still offers the old choices.
  await other.getByLabel('新状态').selectOption('cancelled');
  await other.getByRole('button', { name: '更改状态' }).click();
  await announced(other, /已取消|取消/);

  await stale.getByLabel('新状态').selectOption('cancelled');
  const button = stale.getByRole('button', { name: '更改状态' });
  await button.focus();
  await stale.keyboard.press('Enter');
  await stale.locator('main .alert').filter({ hasText: /\S/ }).waitFor();
  await settled(stale);
  assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'focus stays on the button');
  await stale.context().close();
  await other.context().close();
});
