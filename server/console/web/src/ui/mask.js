// SPDX-License-Identifier: GPL-3.0-or-later
import { h } from './dom.js';
import { t } from '../i18n.js';

/** A partly hidden value (ID number, phone) as the server sent it; says so to screen readers. */
export function masked(text) {
  if (text === null || text === undefined || text === '') {
    return h('span', { class: 'muted' }, t('common.none'));
  }
  return h('span', { class: 'masked' },
    h('span', { class: 'masked-value' }, text),
    h('span', { class: 'visually-hidden' }, ` (${t('common.maskedNote')})`));
}
