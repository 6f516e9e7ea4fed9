// What a coordinator does reaches the kiosk: assigning a suggested volunteer in the page puts the
// assignment and the request's new status into the station's change feed (GET /v1/sync/changes,
// read with the station's own token, as the kiosk reads it); approving a pending volunteer gives a
// volunteer number that the station is told.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announced, axeViolations, row, settled, showPage } from './consolepage.mjs';
import { page, useConsoleWorld, world } from './helpers.mjs';

useConsoleWorld({ signInAs: 'district' });

function find(changes, entity, key) {
  return changes.filter((c) => c.entity === entity && (key === undefined || c.key === key));
}

test('a suggested volunteer assigned in the page reaches the station\'s change feed', async () => {
  const { cursor } = await world.demo.changes();
  // The person opens the help request from the queue, as they would.
  await showPage(page, '#/queue', 'queue');
  await row(page, world.records.help).getByRole('link').first().click();
  await page.locator('main[data-page="queueitem"]').waitFor();
  await settled(page);
  await page.getByRole('button', { name: /查看推荐的志愿者/ }).click();
  // 王芳 (TJ-V-000101) accompanies to hospital: the matcher suggests her for this request.
  const suggestion = row(page, 'TJ-V-000101');
  await suggestion.waitFor();
  await suggestion.getByRole('button', { name: /安排 王芳/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // The question is named, holds the keyboard, and is as accessible as the pages.
  assert.match(await dialog.getByRole('heading').first().textContent(), /安排 王芳/);
  assert.ok(await page.evaluate(() => document.activeElement.closest('dialog') !== null), 'focus is in the dialog');
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe-core with the assign dialog open:\n  ${violations.join('\n  ')}`);
  await dialog.getByRole('button', { name: /确认安排/ }).click();
  await announced(page, /已安排志愿者 王芳/);
  // The page now says who is assigned.
  await page.locator('[data-section="assign"]').getByText(/王芳/).first().waitFor();

  const { changes } = await world.demo.changes(cursor);
  const assignment = find(changes, 'assignment').find((c) => c.data.requestId === world.records.help);
  assert.ok(assignment, `an assignment row for the request in ${JSON.stringify(changes.map((c) => c.entity))}`);
  assert.equal(assignment.data.volunteerId, 'TJ-V-000101');
  assert.equal(assignment.data.volunteerName, '王芳');
  const status = find(changes, 'request_status', world.records.help).at(-1);
  assert.ok(status, 'a request_status row tells the kiosk');
  assert.equal(status.data.status, 'assigned');
  assert.equal(status.data.volunteerGivenName, '芳');
  // The other district's kiosk is told nothing about it.
  const { changes: elsewhere } = await world.other.changes('0');
  assert.ok(!elsewhere.some((c) => c.key === world.records.help || c.data?.requestId === world.records.help));
});

test('a pending volunteer approved in the page gets a number the station is told', async () => {
  const { cursor } = await world.demo.changes();
  await showPage(page, '#/volunteers', 'volunteers');
  const pending = row(page, world.records.registration);
  await pending.waitFor();
  await pending.getByRole('button', { name: '批准：周杰', exact: true }).click();
  // The page may ask to confirm first.
  const dialog = page.getByRole('dialog');
  if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button', { name: /批准|确定/ }).first().click();
  await announced(page, /已批准 周杰，志愿者编号/);
  const said = await page.locator('[role="status"]').allTextContents();
  const number = /志愿者编号 ([A-Z0-9-]+)/.exec(said.join(' '))?.[1];
  assert.ok(number, `the announcement names the number: ${said}`);
  // It leaves the pending list.
  await pending.waitFor({ state: 'detached' });

  const { changes } = await world.demo.changes(cursor);
  const decision = find(changes, 'registration_status', world.records.registration).at(-1);
  assert.ok(decision, 'a registration_status row for the registration');
  assert.equal(decision.data.status, 'approved');
  assert.equal(decision.data.volunteerNumber, number);
  const volunteer = find(changes, 'volunteer', number).at(-1);
  assert.ok(volunteer, 'the new volunteer reaches the station');
  assert.equal(volunteer.data.name, '周杰');
});
