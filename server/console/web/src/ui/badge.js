// SPDX-License-Identifier: GPL-3.0-or-later
import { h } from './dom.js';

const kinds = new Set(['ok', 'warn', 'bad', 'info', 'muted']);

/** A small label whose colour repeats what its words say (never colour alone). */
export function statusBadge(kind, text) {
  const safe = kinds.has(kind) ? kind : 'info';
  return h('span', { class: `badge badge-${safe}` }, text);
}
