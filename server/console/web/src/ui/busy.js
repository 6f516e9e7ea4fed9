// SPDX-License-Identifier: GPL-3.0-or-later
// A button whose action is under way. It is marked aria-disabled, not disabled: a disabled
// button loses the keyboard focus to the page's body, so after a failure a keyboard or screen
// reader user would have to find their way back from the top of the page.
export function setBusy(button, busy) {
  if (busy) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}

/** True while the button's action runs: a second press is ignored. */
export function isBusy(button) {
  return button.getAttribute('aria-disabled') === 'true';
}
