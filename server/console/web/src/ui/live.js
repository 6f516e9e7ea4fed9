// SPDX-License-Identifier: GPL-3.0-or-later
// The shell's two live regions: a polite status line (results of actions) and an alert for
// failures. Both stay visible too, so sighted staff read the same sentence a screen reader says.
let statusRegion = null;
let alertRegion = null;

export function attachLiveRegions(status, alert) {
  statusRegion = status;
  alertRegion = alert;
}

function say(region, text) {
  if (!region) return;
  // Emptying first makes a repeated identical sentence be spoken again.
  region.textContent = '';
  region.hidden = !text;
  if (text) window.setTimeout(() => { region.textContent = text; }, 50);
}

export function announce(text) {
  say(alertRegion, '');
  say(statusRegion, text);
}

export function announceAlert(text) {
  say(statusRegion, '');
  say(alertRegion, text);
}

export function clearAnnouncements() {
  say(statusRegion, '');
  say(alertRegion, '');
}
