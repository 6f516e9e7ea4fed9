// SPDX-License-Identifier: GPL-3.0-or-later
// A modal question: the native <dialog> opened with showModal() makes the page behind it inert;
// Tab and Shift+Tab also wrap inside it by hand, Esc cancels, and focus goes back to the control
// that opened it.
import { h, uid } from './dom.js';
import { t } from '../i18n.js';
import { textField, textareaField, control, markInvalid, clearInvalid } from './form.js';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * formDialog({title, message, fields: [{name, label, type?: 'text'|'textarea'|'datetime-local'|..., required?, hint?, value?}],
 *             confirmLabel, danger?}) -> Promise of null (cancelled) or {name: value}.
 */
export function formDialog({ title, message, fields = [], confirmLabel, cancelLabel, danger = false }) {
  const opener = document.activeElement;
  const titleId = uid('dialog-title');
  const messageId = message ? uid('dialog-message') : null;
  const made = fields.map((f) => {
    const common = { label: f.label, required: f.required, hint: f.hint, value: f.value || '', name: f.name };
    return f.type === 'textarea' ? textareaField(common) : textField({ ...common, type: f.type || 'text' });
  });
  const confirm = h('button', { type: 'submit', class: danger ? 'danger' : 'primary' }, confirmLabel || t('common.ok'));
  const cancel = h('button', { type: 'button' }, cancelLabel || t('common.cancel'));
  const form = h('form', { method: 'dialog', novalidate: true },
    h('h2', { id: titleId }, title),
    message ? h('p', { id: messageId }, message) : null,
    made,
    h('div', { class: 'actions' }, confirm, cancel));
  const dialog = h('dialog', { class: 'modal', 'aria-labelledby': titleId, 'aria-describedby': messageId }, form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let result = null;
    const close = () => dialog.close();
    cancel.addEventListener('click', close);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      let firstBad = null;
      const values = {};
      fields.forEach((f, i) => {
        const input = control(made[i]);
        values[f.name] = input.value.trim();
        clearInvalid(made[i]);
        if (f.required && !values[f.name]) {
          markInvalid(made[i], t('common.required', { field: f.label }));
          firstBad = firstBad || input;
        }
      });
      if (firstBad) { firstBad.focus(); return; }
      result = values;
      close();
    });
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const items = [...dialog.querySelectorAll(focusable)];
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && opener.isConnected && typeof opener.focus === 'function') opener.focus();
      resolve(result);
    });
    dialog.showModal();
    (made.length ? control(made[0]) : confirm).focus();
  });
}

/** confirmDialog({title, message, confirmLabel, reasonLabel?, reasonRequired?, danger?}) -> null | {reason} */
export async function confirmDialog({ title, message, confirmLabel, reasonLabel, reasonRequired, danger }) {
  const fields = reasonLabel ? [{ name: 'reason', label: reasonLabel, type: 'textarea', required: reasonRequired }] : [];
  const values = await formDialog({ title, message, fields, confirmLabel, danger });
  if (values === null) return null;
  return { reason: values.reason || '' };
}
