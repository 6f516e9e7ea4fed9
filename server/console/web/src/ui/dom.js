// SPDX-License-Identifier: GPL-3.0-or-later
// Builds DOM nodes without innerHTML: every text is a text node, so nothing a visitor typed can
// become markup, and nothing needs an inline style or script (the CSP forbids both).

/**
 * h('button', {class: 'primary', onClick: fn, 'aria-describedby': 'x'}, 'Save')
 * attrs: class, for, id, data-*, aria-*, role, href, type, ...; on<Event> functions are listeners;
 * true adds a boolean attribute, false/null/undefined leaves it out. Children: strings, numbers,
 * Nodes, arrays of those, null/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'value' && 'value' in el) {
      el.value = value;
    } else if (key === 'checked' || key === 'selected') {
      el[key] = Boolean(value);
    } else if (key === 'style') {
      throw new Error('inline styles are forbidden by the CSP: use a class');
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

let nextId = 0;
/** A document-unique id for label/description wiring. */
export function uid(prefix = 'id') {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
