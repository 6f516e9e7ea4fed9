// The volunteer list pages like the work queue: a later page of the list (offset in the address)
// shows where it is among all the volunteers the filter matches, and "previous page" goes back to
// the first page with the keyboard on the list's heading, not at the top of the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiFromPage, rowIds, settled, showPage } from './consolepage.mjs';
import { signedInPage, useConsoleWorld } from './helpers.mjs';

useConsoleWorld();

test('the volunteer list has a pager with the total the server counts', async () => {
  const page = await signedInPage('city');
  const all = await apiFromPage(page, 'GET', '/volunteers?limit=1000');
  assert.equal(all.status, 200);
  const total = all.json.total;
  assert.ok(total >= 3, `the demo has volunteers (${total})`);
  const offset = total - 2;

  await showPage(page, `#/volunteers?offset=${offset}`, 'volunteers');
  assert.equal((await rowIds(page, 'search')).length, 2, 'the last page holds the last two');
  const pager = page.getByRole('navigation', { name: '志愿者名单翻页' });
  await pager.getByText(`第 ${offset + 1}–${total} 项，共 ${total} 项`).waitFor();
  assert.match(await page.locator('main [data-section="search"] caption').textContent(), new RegExp(`共 ${total} 位`));
  assert.equal(await pager.getByRole('button', { name: '下一页' }).count(), 0, 'no next page after the last');

  await pager.getByRole('button', { name: '上一页' }).click();
  await page.waitForFunction(() => !window.location.hash.includes('offset'));
  await settled(page);
  assert.equal((await rowIds(page, 'search')).length, Math.min(total, 50));
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '查找志愿者', 'the keyboard is on the list');
  await page.context().close();
});
