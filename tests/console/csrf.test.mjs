// Changes need the session's CSRF token and the console's own origin. A POST from the page's own
// context without the token is refused 403 and changes nothing; a forged request from another
// origin carrying the real cookie and even the real token is refused too; the same request with
// the right origin goes through (so the refusals were for the reasons named, not a broken call).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiFromPage, csrfToken } from './consolepage.mjs';
import { page, useConsoleWorld, world } from './helpers.mjs';

useConsoleWorld({ signInAs: 'district' });

async function itemStatus(id) {
  const answer = await apiFromPage(page, 'GET', `/queue/${id}`);
  assert.equal(answer.status, 200);
  return answer.json;
}

// A status the item may move to, other than the one it has.
async function nextStatus(id) {
  const { item, allowedStatuses } = await itemStatus(id);
  const next = (allowedStatuses || []).find((s) => s !== item.status && s !== 'refused' && s !== 'cancelled');
  assert.ok(next, `the item may move on from ${item.status} (${allowedStatuses})`);
  return { from: item.status, to: next };
}

// The session cookie as the browser holds it, to forge a request from elsewhere with it.
async function cookieHeader() {
  const cookies = await page.context().cookies(world.consoleUrl);
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

test('a POST from the page without the CSRF token is refused and changes nothing', async () => {
  const id = world.records.assessment;
  const { from, to } = await nextStatus(id);
  const answer = await apiFromPage(page, 'POST', `/queue/${id}/status`, { body: { status: to, note: 'no token' } });
  assert.equal(answer.status, 403);
  assert.equal(answer.json.error, 'csrf');
  const wrongToken = await apiFromPage(page, 'POST', `/queue/${id}/status`, {
    body: { status: to }, headers: { 'X-CSRF-Token': 'a'.repeat(43) },
  });
  assert.equal(wrongToken.status, 403);
  assert.equal(wrongToken.json.error, 'csrf');
  const after = await itemStatus(id);
  assert.equal(after.item.status, from);
  assert.ok(!(after.history || []).some((h) => h.note === 'no token'), 'no history row was written');
});

test('a cross-origin POST with the cookie and the token is refused; the same from the console\'s origin is not', async () => {
  const id = world.records.staffCall;
  const { from, to } = await nextStatus(id);
  const token = await csrfToken(page);
  const cookie = await cookieHeader();
  assert.match(cookie, /kiosk_console=/);
  const send = async (origin) => {
    const answer = await fetch(`${world.baseUrl}/console/api/queue/${id}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': token, Origin: origin },
      body: JSON.stringify({ status: to }),
    });
    return { status: answer.status, json: await answer.json().catch(() => null) };
  };
  const elsewhere = await send('http://attacker.example');
  assert.equal(elsewhere.status, 403);
  assert.equal(elsewhere.json?.error, 'csrf');
  const otherPort = await send(`http://127.0.0.1:${world.server.port + 1}`);
  assert.equal(otherPort.status, 403, 'another port is another origin');
  assert.equal((await itemStatus(id)).item.status, from, 'nothing changed');

  const own = await send(world.baseUrl);
  assert.equal(own.status, 200, `the console's own origin with the token works: ${JSON.stringify(own.json)}`);
  assert.equal((await itemStatus(id)).item.status, to);
});

test('a cross-origin sign-in is refused too', async () => {
  const answer = await fetch(`${world.baseUrl}/console/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://attacker.example' },
    body: JSON.stringify({ login: world.users.city.login, password: world.users.city.password }),
  });
  assert.equal(answer.status, 403);
  assert.equal(answer.headers.get('set-cookie'), null, 'no session cookie handed out');
});

test('every console answer carries the strict Content-Security-Policy', async () => {
  for (const path of ['/console/', '/console/app.js', '/console/api/session']) {
    const answer = await fetch(`${world.baseUrl}${path}`);
    const csp = answer.headers.get('content-security-policy') || '';
    assert.match(csp, /default-src 'self'/, path);
    assert.match(csp, /script-src 'self'/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff', path);
  }
});
