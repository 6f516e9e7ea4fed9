// What every browser test file starts with: the demo world (a real kiosk-server with its
// stations and records, fixture.mjs) and chromium, started before the file's tests and stopped
// after them, and pages signed in as the demo users of a role.
//
//     import { browser, useConsoleWorld, world } from './helpers.mjs';
//     useConsoleWorld();
//
// `world`, `browser` and `page` are live bindings: set once the file's before() hooks have run.
// Node's test runner runs each test file in a process of its own, so each file has its own.
import { after, before } from 'node:test';
import { launchBrowser, newPage, startWorld } from './fixture.mjs';
import { signIn } from './consolepage.mjs';

export let world = null;
export let browser = null;
// With useConsoleWorld({ signInAs }), a page signed in as that user, shared by the file's tests.
export let page = null;

// Call once at the top of a test file. `serverArgs` go to kiosk-server; `signInAs` (a key of
// world.users) signs `page` in as that demo user.
export function useConsoleWorld({ serverArgs = [], signInAs = '' } = {}) {
  before(async () => {
    world = await startWorld({ serverArgs });
    browser = await launchBrowser();
    if (signInAs) page = await signedInPage(signInAs);
  });
  after(async () => {
    await browser?.close();
    await world?.stop();
  });
}

// A new page (its own cookies) signed in as the demo user of `role`, on the work queue.
export async function signedInPage(role, options) {
  const signedIn = await newPage(browser, options);
  await signIn(signedIn, world, world.users[role]);
  return signedIn;
}
