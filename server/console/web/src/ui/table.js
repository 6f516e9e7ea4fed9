// SPDX-License-Identifier: GPL-3.0-or-later
import { h } from './dom.js';

/**
 * A data table with a caption and scoped headers. On narrow screens (200% zoom) the CSS shows
 * each row as a block whose cells carry their column's name (data-label), so nothing scrolls
 * sideways.
 * columns: [{label, value: row => string|Node, header?: true, numeric?: true}]
 */
export function dataTable({ caption, columns, rows, rowId, empty }) {
  const wrap = h('div', { class: 'table-wrap' });
  if (!rows || rows.length === 0) {
    if (caption) wrap.append(h('p', { class: 'table-caption' }, caption));
    wrap.append(h('p', { class: 'empty' }, empty || ''));
    return wrap;
  }
  const head = h('thead', {}, h('tr', {}, columns.map((c) =>
    h('th', { scope: 'col', class: c.numeric ? 'numeric' : null }, c.label))));
  const body = h('tbody', {}, rows.map((row) => h('tr', { 'data-id': rowId ? rowId(row) : null },
    columns.map((c) => {
      const value = c.value(row);
      // One wrapper per cell, so the narrow layout can put the column name beside it.
      const content = value === '' || value === null || value === undefined ? [] : [h('span', { class: 'cell' }, value)];
      const attrs = { 'data-label': c.label, class: c.numeric ? 'numeric' : null };
      return c.header ? h('th', { scope: 'row', ...attrs }, ...content) : h('td', attrs, ...content);
    }))));
  wrap.append(h('table', { class: 'data' }, caption ? h('caption', {}, caption) : null, head, body));
  return wrap;
}
