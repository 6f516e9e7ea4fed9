// SPDX-License-Identifier: GPL-3.0-or-later
import { h, uid } from './dom.js';

/** A labelled <select>; options [{value, label}]. */
export function selectField({ id, name, label, options, value = '', onChange, hint }) {
  const fieldId = id || uid('select');
  const hintId = hint ? `${fieldId}-hint` : null;
  const select = h('select', { id: fieldId, name: name || fieldId, 'aria-describedby': hintId, onChange },
    options.map((o) => h('option', { value: o.value, selected: String(o.value) === String(value) }, o.label)));
  return h('div', { class: 'field' }, h('label', { for: fieldId }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null, select);
}

/** A labelled <input>. */
export function textField({ id, name, label, value = '', type = 'text', required, autocomplete, hint, inputmode }) {
  const fieldId = id || uid('input');
  const hintId = hint ? `${fieldId}-hint` : null;
  const input = h('input', {
    id: fieldId, name: name || fieldId, type, value, required: Boolean(required), autocomplete,
    inputmode, 'aria-describedby': hintId,
  });
  return h('div', { class: 'field' }, h('label', { for: fieldId }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null, input);
}

/** A labelled <textarea>. */
export function textareaField({ id, name, label, value = '', required, hint, rows = 3 }) {
  const fieldId = id || uid('text');
  const hintId = hint ? `${fieldId}-hint` : null;
  const area = h('textarea', { id: fieldId, name: name || fieldId, rows, required: Boolean(required), 'aria-describedby': hintId });
  area.value = value;
  return h('div', { class: 'field' }, h('label', { for: fieldId }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null, area);
}

/** The control inside a field made above. */
export function control(field) {
  return field.querySelector('input, select, textarea');
}

/** Marks a field wrong with a sentence tied to it (aria-invalid + aria-describedby). */
export function markInvalid(field, message) {
  const input = control(field);
  const errorId = `${input.id}-error`;
  field.querySelector('.field-error')?.remove();
  input.setAttribute('aria-invalid', 'true');
  const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== errorId);
  input.setAttribute('aria-describedby', [...ids, errorId].join(' '));
  field.append(h('p', { class: 'field-error', id: errorId }, message));
}

export function clearInvalid(field) {
  const input = control(field);
  const errorId = `${input.id}-error`;
  field.querySelector('.field-error')?.remove();
  input.removeAttribute('aria-invalid');
  const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== errorId);
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** A filter form: fields then an apply button (and optional reset); onApply(formData). */
export function filterBar({ label, fields, applyLabel, resetLabel, onApply, onReset }) {
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': label },
    h('div', { class: 'filter-fields' }, fields),
    h('div', { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'primary' }, applyLabel),
      resetLabel ? h('button', { type: 'button', onClick: () => onReset?.() }, resetLabel) : null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onApply(new FormData(form));
  });
  return form;
}
