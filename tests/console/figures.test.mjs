// The plan's figures with the demo data: the charts are really drawn (pixels on the canvas), each
// has its table with a caption and column heads, the numbers in them are the demo's, and the
// targets of the plan (100,000 volunteers, 600,000 person-times) are shown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { showPage, useLanguage } from './consolepage.mjs';
import { page, useConsoleWorld } from './helpers.mjs';

useConsoleWorld({ signInAs: 'city' });

// How many pixels of a canvas are not transparent (a chart that drew nothing has none).
function drawnPixels(page, selector) {
  return page.locator(selector).evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) count += 1;
    return { count, width: canvas.width, height: canvas.height };
  });
}

// A table's rows as arrays of cell texts (header cell first).
function tableRows(table) {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
}

const digits = (text) => Number(String(text).replace(/[^0-9.]/g, '') || 0);

test('every chart on the figures page is drawn with the demo figures', async () => {
  await showPage(page, '#/figures', 'figures');
  const canvases = page.locator('main canvas');
  await canvases.first().waitFor();
  const ids = await canvases.evaluateAll((list) => list.map((c) => c.id));
  assert.ok(ids.includes('figures-chart-month'), `the by-month chart is there (${ids})`);
  for (const id of ids) {
    const chart = page.locator(`#${id}`);
    // Named for screen readers; the picture is the table's.
    assert.ok((await chart.getAttribute('aria-label'))?.length > 0, `${id} has an accessible name`);
    const drawn = await drawnPixels(page, `#${id}`);
    assert.ok(drawn.width > 100 && drawn.height > 100, `${id} has a size (${drawn.width}x${drawn.height})`);
    assert.ok(drawn.count > 500, `${id} has drawn pixels (${drawn.count})`);
  }
});

test('each chart has the same figures in a table with a caption and column heads', async () => {
  await showPage(page, '#/figures', 'figures');
  const month = page.locator('main .figures-byMonth table');
  await month.waitFor();
  assert.match(await month.locator('caption').textContent(), /\S/);
  assert.ok((await month.locator('thead th[scope="col"]').count()) >= 2);
  const rows = await tableRows(month);
  assert.ok(rows.length >= 1, 'at least one month');
  // The demo's history has people served: some month has person-times above zero.
  assert.ok(rows.some((cells) => cells.slice(1).some((c) => digits(c) > 0)), `numbers in ${JSON.stringify(rows)}`);
  // Every chart's section has its table.
  const sections = await page.locator('main section:has(canvas)').count();
  const sectionsWithTable = await page.locator('main section:has(canvas):has(table caption)').count();
  assert.equal(sectionsWithTable, sections);
});

test('the plan\'s targets are shown in both languages', async () => {
  await showPage(page, '#/figures', 'figures');
  const main = page.locator('main');
  await main.getByText(/100,000|100 000|10 万|100000/).first().waitFor();
  await main.getByText(/600,000|600 000|60 万|600000/).first().waitFor();
  await useLanguage(page, 'en');
  await page.locator('main[data-page="figures"] canvas').first().waitFor();
  const drawn = await drawnPixels(page, '#figures-chart-month');
  assert.ok(drawn.count > 500, 'redrawn in English');
  await useLanguage(page, 'zh');
});
