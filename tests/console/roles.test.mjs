// Roles see only their own: the demo station's staff and the demo district's coordinator see the
// demo station's visitors and never those of the station in the other district; the city sees
// both. Checked on the pages a person reads (rows by data-id), and by asking for the other
// district's item directly, which answers "not found" rather than showing it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OTHER_STATION, newPage } from './fixture.mjs';
import { apiFromPage, rowIds, showPage, signIn } from './consolepage.mjs';
import { browser, useConsoleWorld, world } from './helpers.mjs';

useConsoleWorld();

async function queueRows(page) {
  await showPage(page, '#/queue', 'queue');
  return rowIds(page);
}

async function pendingRegistrationRows(page) {
  await showPage(page, '#/volunteers', 'volunteers');
  return rowIds(page, 'pending');
}

async function stationRows(page) {
  await showPage(page, '#/stations', 'stations');
  return rowIds(page);
}

function ownRecords() {
  return [world.records.help, world.records.assessment, world.records.staffCall];
}
function otherRecords() {
  return [world.records.otherHelp, world.records.otherStaffCall];
}

for (const role of ['station', 'district']) {
  describe(`the ${role} role`, () => {
    let page;
    before(async () => {
      page = await newPage(browser);
      await signIn(page, world, world.users[role]);
    });
    after(() => page.context().close());

    test('the work queue holds its own station\'s requests and none of the other district\'s', async () => {
      const ids = await queueRows(page);
      for (const id of ownRecords()) assert.ok(ids.includes(id), `own item ${id} listed`);
      for (const id of otherRecords()) assert.ok(!ids.includes(id), `other district's item ${id} not listed`);
      assert.equal(await page.locator('main').getByText(OTHER_STATION.name).count(), 0);
    });

    test('another district\'s item asked for by its address is "not found"', async () => {
      await showPage(page, `#/queue/${world.records.otherHelp}`, 'queueitem');
      await page.getByRole('alert').filter({ hasText: /没有找到这一项/ }).first().waitFor();
      const answer = await apiFromPage(page, 'GET', `/queue/${world.records.otherHelp}`);
      assert.equal(answer.status, 404);
      assert.equal(answer.json.error, 'not_found');
    });

    test('pending volunteer registrations: its own station\'s only', async () => {
      const ids = await pendingRegistrationRows(page);
      assert.ok(ids.includes(world.records.registration), 'own registration listed');
      assert.ok(!ids.includes(world.records.otherRegistration), 'other district\'s registration not listed');
    });

    test('stations: the other district\'s station is not listed', async () => {
      const ids = await stationRows(page);
      assert.ok(ids.includes('demo-station'));
      assert.ok(!ids.includes(OTHER_STATION.id));
    });
  });
}

describe('the city role', () => {
  let page;
  before(async () => {
    page = await newPage(browser);
    await signIn(page, world, world.users.city);
  });
  after(() => page.context().close());

  test('the work queue holds both districts\' requests', async () => {
    const ids = await queueRows(page);
    for (const id of [...ownRecords(), ...otherRecords()]) assert.ok(ids.includes(id), `item ${id} listed`);
  });

  test('pending registrations of both districts, and both stations', async () => {
    const registrations = await pendingRegistrationRows(page);
    assert.ok(registrations.includes(world.records.registration));
    assert.ok(registrations.includes(world.records.otherRegistration));
    const stations = await stationRows(page);
    assert.ok(stations.includes('demo-station'));
    assert.ok(stations.includes(OTHER_STATION.id));
  });
});
