// The stations page shows what each kiosk said of itself with its last push (version, card reader
// and speaker, free disk, parked items with their reason) and that it is in contact; a station's
// own staff are not offered the controls that would shut their kiosk out.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { OTHER_STATION, launchBrowser, newPage, startWorld } from './fixture.mjs';
import { row, showPage, signIn, useLanguage } from './consolepage.mjs';

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

test('each kiosk\'s reported state is on its row, in the person\'s language', async () => {
  const page = await newPage(browser);
  await signIn(page, world, world.users.city);
  await showPage(page, '#/stations', 'stations');
  const demo = row(page, 'demo-station');
  await demo.getByText('0.17.0').waitFor();
  await demo.getByText(/模拟（演示）/).waitFor();
  await demo.getByText(/联系正常/).waitFor();
  const other = row(page, OTHER_STATION.id);
  await other.getByText('0.16.2').waitFor();
  await other.getByText(/故障/).first().waitFor();
  await other.getByText(/已静音/).waitFor();
  // The parked item is listed with the kiosk's reason.
  await page.locator('main').getByText('wantedDay is before the station\'s today').waitFor();
  await useLanguage(page, 'en');
  await row(page, 'demo-station').getByText(/simulated \(demo\)/).waitFor();
  await row(page, OTHER_STATION.id).getByText(/muted/).waitFor();
  await page.context().close();
});

test('a station\'s own staff see their station without the revoke and code controls', async () => {
  const page = await newPage(browser);
  await signIn(page, world, world.users.station);
  await showPage(page, '#/stations', 'stations');
  const demo = row(page, 'demo-station');
  await demo.getByText('0.17.0').waitFor();
  assert.equal(await demo.getByRole('button').count(), 0, 'no buttons on their own row');
  await page.context().close();
});
