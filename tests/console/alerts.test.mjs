// A failure is shown in the page's alert box until the person does something that works: a
// coordinator whose screen is out of date approves a registration someone else has just decided
// (409, the alert says so), then approves another one; the success is said and the old failure
// is gone from the screen, not left beside it as if the second approval had failed too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, startWorld } from './fixture.mjs';
import { announced, showPage, signIn } from './consolepage.mjs';

let world;
let browser;
before(async () => {
  world = await startWorld();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await world?.stop();
});

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
