// The stations page shows what each kiosk said of itself with its last push (version, card reader
// and speaker, free disk, parked items with their reason) and that it is in contact; a station's
// own staff are not offered the controls that would shut their kiosk out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OTHER_STATION } from './fixture.mjs';
import { row, showPage, useLanguage } from './consolepage.mjs';
import { signedInPage, useConsoleWorld } from './helpers.mjs';

useConsoleWorld();

test('each kiosk\'s reported state is on its row, in the person\'s language', async () => {
  const page = await signedInPage('city');
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
  const page = await signedInPage('station');
  await showPage(page, '#/stations', 'stations');
  const demo = row(page, 'demo-station');
  await demo.getByText('0.17.0').waitFor();
  assert.equal(await demo.getByRole('button').count(), 0, 'no buttons on their own row');
  await page.context().close();
});
