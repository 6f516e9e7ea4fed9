// SPDX-License-Identifier: GPL-3.0-or-later
// A volunteer's star level shown with words as well as stars (the stars alone say nothing to a
// screen reader).
import { h } from '../ui/dom.js';
import { t } from '../i18n.js';

export function starLevel(level) {
  const n = Math.max(0, Math.min(5, Number(level) || 0));
  if (n === 0) return h('span', { class: 'stars stars-none' }, t('volunteers.noStar'));
  return h('span', { class: 'stars' },
    h('span', { class: 'stars-glyphs', 'aria-hidden': 'true' }, '★'.repeat(n) + '☆'.repeat(5 - n)),
    ' ', t('volunteers.starLevel', { stars: n }));
}
