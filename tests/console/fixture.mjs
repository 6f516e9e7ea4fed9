// The world every console test runs in: a real kiosk-server process with the demo data in a
// fresh SQLite file, console accounts for the three roles, two enrolled stations in two
// districts that pushed records over HTTP as kiosks do, and Debian's chromium driven by
// playwright-core. Nothing is faked: the page talks to the server the coordinators would use.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CHROMIUM = process.env.KIOSK_CHROMIUM || '/usr/bin/chromium';
export const SERVER_BIN = process.env.KIOSK_SERVER_BIN || '';
export const SCREENSHOTS = process.env.KIOSK_CONSOLE_SCREENSHOTS || path.join(tmpdir(), 'console-screenshots');

// The demo station (demo-seed) and a second one in another district, each with its own code.
export const DEMO_STATION = { id: 'demo-station', code: 'DEMO-CODE', district: 'Demo district' };
export const OTHER_STATION = { id: 'other-station', code: 'OTHER-CODE', district: 'Other district', name: '河东区第二服务站' };

// One account per role. Passwords are at least 10 characters (the server's rule).
export const USERS = {
  city: { login: 'city.zhao', name: '赵敏', role: 'city', password: 'city-password-1' },
  district: { login: 'district.qian', name: '钱伟', role: 'district', district: DEMO_STATION.district, password: 'district-password-1' },
  station: {
    login: 'station.sun', name: '孙丽', role: 'station', district: DEMO_STATION.district, station: DEMO_STATION.id,
    password: 'station-password-1',
  },
};

// Why these tests cannot run here, or '' when they can. The CMake wrapper exits 77 on a reason.
export function missingPiece() {
  if (!SERVER_BIN || !existsSync(SERVER_BIN)) return `kiosk-server not found (KIOSK_SERVER_BIN=${SERVER_BIN || 'unset'})`;
  if (!existsSync(CHROMIUM)) return `no chromium at ${CHROMIUM} (apt-get install chromium; scripts/debian-packages.txt lists it)`;
  for (const module of ['playwright-core', 'axe-core']) {
    if (!existsSync(path.join(here, 'node_modules', module, 'package.json')))
      return `node module ${module} missing (npm ci in tests/console; scripts/common.sh does it)`;
  }
  return '';
}

// Runs a program to its end; resolves with {code, stdout, stderr}.
function run(program, args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

async function mustRun(program, args, options) {
  const result = await run(program, args, options);
  if (result.code !== 0)
    throw new Error(`${path.basename(program)} ${args.slice(0, 2).join(' ')} failed (${result.code}): ${result.stderr || result.stdout}`);
  return result;
}

// The station's day (Asia/Shanghai), `days` from today, as yyyy-MM-dd.
export function stationDay(days = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.now() + days * 86400000);
}

const codeLetters = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
function confirmationCode() {
  return Array.from(randomBytes(5), (b) => codeLetters[b % codeLetters.length]).join('');
}

// An outbox item exactly as the kiosk's store writes it (server/openapi.yaml, OutboxItem).
function outboxItem(kind, payload) {
  const id = randomUUID();
  const createdAt = new Date().toISOString();
  return { id, kind, createdAt, payload: { id, createdAt, ...payload } };
}

// A station as a kiosk: enrolled with its one-time code, then pushing and reading changes.
export class Kiosk {
  constructor(baseUrl, credential) {
    this.baseUrl = baseUrl;
    this.stationId = credential.stationId;
    this.token = credential.token;
    this.cacheKey = credential.cacheKey;
  }

  static async enroll(baseUrl, code) {
    const answer = await fetch(`${baseUrl}/v1/stations/enroll`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ enrollmentCode: code, clientNonce: randomBytes(24).toString('base64url') }),
    });
    if (answer.status !== 200) throw new Error(`enrollment with ${code} answered ${answer.status}: ${await answer.text()}`);
    return new Kiosk(baseUrl, await answer.json());
  }

  // The visitor key of an ID number at this station (HMAC-SHA256 with the station's cache key).
  visitorKey(idNumber) {
    return createHmac('sha256', this.cacheKey).update(idNumber).digest('hex');
  }

  async request(method, route, body) {
    const answer = await fetch(`${this.baseUrl}${route}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await answer.text();
    if (answer.status !== 200) throw new Error(`${method} ${route} answered ${answer.status}: ${text}`);
    return JSON.parse(text);
  }

  // Pushes items with the station's state, as the kiosk's sync client does every push (§5);
  // every item must be accepted (a rejection is a fault in the fixture).
  async push(...items) {
    const batch = { items, backlog: 0 };
    if (this.health) batch.station = this.health;
    const { results } = await this.request('POST', '/v1/sync/push', batch);
    for (const r of results) {
      if (r.result !== 'accepted') throw new Error(`push of ${r.id} was ${r.result}: ${r.reason ?? ''}`);
    }
    return items.map((i) => i.id);
  }

  // Every change after `since`, following `more`.
  async changes(since = '0') {
    const all = [];
    let cursor = since;
    for (;;) {
      const page = await this.request('GET', `/v1/sync/changes?since=${cursor}&limit=1000`);
      all.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) return { changes: all, cursor };
    }
  }

  helpRequest({ helpType = 'accompany_to_hospital', idNumber, dayPart = 'morning' } = {}) {
    return outboxItem('volunteer_request', {
      helpType,
      visitorKey: idNumber ? this.visitorKey(idNumber) : '',
      phone: '13912345678',
      wantedDay: stationDay(1),
      dayPart,
      place: { kind: 'station', placeId: '' },
      noteKeys: ['uses_wheelchair'],
      code: confirmationCode(),
    });
  }

  homeAssessment(idNumber, request = 'home_assessment') {
    return outboxItem('home_assessment_request', {
      request,
      visitorKey: this.visitorKey(idNumber),
      phone: '13987654321',
      note: '',
      code: confirmationCode(),
    });
  }

  staffCall(reason = 'help_at_kiosk') {
    return outboxItem('help_call', { reason });
  }

  volunteerRegistration(idNumber, { name = '周杰', givenName = '杰', idNumberMasked = '120101********0016' } = {}) {
    return outboxItem('volunteer_registration', {
      visitorKey: this.visitorKey(idNumber),
      name,
      givenName,
      idType: 'resident_id_card',
      idNumberMasked,
      skills: ['reading_and_forms', 'first_aid'],
      availability: { mon: ['morning'], sat: ['afternoon'] },
      phone: '13611112222',
      consent: { version: '2026-1', agreedAt: new Date().toISOString() },
      code: confirmationCode(),
    });
  }
}

// A kiosk-server process on a free loopback port, with its own data folder.
export class ConsoleServer {
  constructor(dir) {
    this.dir = dir;
    this.db = `sqlite:${path.join(dir, 'server.sqlite')}`;
    this.keyFile = path.join(dir, 'server.key');
    this.log = '';
  }

  admin(args, input) {
    return mustRun(SERVER_BIN, ['admin', ...args, '--db', this.db, '--key-file', this.keyFile], { input });
  }

  async prepare() {
    await mustRun(SERVER_BIN, ['keygen', this.keyFile]);
    await this.admin(['demo-seed', '--station-id', DEMO_STATION.id, '--enrollment-code', DEMO_STATION.code, '--history']);
    await this.admin(['station-create', '--station-id', OTHER_STATION.id, '--name', OTHER_STATION.name,
      '--district', OTHER_STATION.district, '--enrollment-code', OTHER_STATION.code]);
    for (const user of Object.values(USERS)) {
      const args = ['user-create', '--login', user.login, '--name', user.name, '--role', user.role];
      if (user.district) args.push('--district', user.district);
      if (user.station) args.push('--station', user.station);
      // The password goes through stdin, never the command line (ps would show it).
      await this.admin([...args, '--password-stdin'], `${user.password}\n`);
    }
  }

  // Starts `kiosk-server` (serve); resolves once it says which port it listens on.
  start(extra = []) {
    const args = ['--listen', '127.0.0.1:0', '--db', this.db, '--key-file', this.keyFile, '--rate-limit', '0', ...extra];
    this.process = spawn(SERVER_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process.stderr.on('data', (d) => (this.log += d));
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`kiosk-server did not start in 20 s:\n${this.log}`)), 20000);
      this.process.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`kiosk-server ended (${code}) before listening:\n${this.log}`));
      });
      this.process.stdout.on('data', (d) => {
        out += d;
        const m = /listening on [0-9.]+:(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          this.port = Number(m[1]);
          this.baseUrl = `http://127.0.0.1:${this.port}`;
          resolve(this);
        }
      });
    });
  }

  async stop() {
    if (!this.process || this.process.exitCode !== null) return;
    const ended = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 10000);
    await ended;
    clearTimeout(timer);
  }
}

// The records the queue shows, pushed by the two kiosks. Ids are kept for the tests.
async function pushRecords(demo, other) {
  const records = {};
  // What each kiosk says of itself with its pushes: the demo's card reader is simulated and one
  // item waits parked; the other station's speaker is muted and its reader broken.
  demo.health = {
    version: '0.17.0', reader: 'simulated', speaker: 'ok', freeDiskBytes: 12884901888,
    parked: [{ kind: 'volunteer_request', reason: 'wantedDay is before the station\'s today', since: new Date().toISOString() }],
    parkedCount: 1,
  };
  other.health = { version: '0.16.2', reader: 'error', speaker: 'muted', freeDiskBytes: 536870912, parked: [], parkedCount: 0 };
  const help = demo.helpRequest({ helpType: 'accompany_to_hospital', idNumber: '120101195003030012' });
  const assessment = demo.homeAssessment('120101196104040018');
  const call = demo.staffCall();
  const registration = demo.volunteerRegistration('120101198805050016');
  await demo.push(help, assessment, call, registration);
  Object.assign(records, { help: help.id, assessment: assessment.id, staffCall: call.id, registration: registration.id });
  const otherHelp = other.helpRequest({ helpType: 'shopping_and_meals', idNumber: '120102195506060013' });
  const otherCall = other.staffCall();
  const otherRegistration = other.volunteerRegistration('120102199007070019', {
    name: '吴婷', givenName: '婷', idNumberMasked: '120102********0019',
  });
  await other.push(otherHelp, otherCall, otherRegistration);
  Object.assign(records, { otherHelp: otherHelp.id, otherStaffCall: otherCall.id, otherRegistration: otherRegistration.id });
  return records;
}

// The whole world: server, stations, records. `serverArgs` go to kiosk-server (e.g. a short
// --console-idle-seconds). Call world.stop() in an after() hook.
export async function startWorld({ serverArgs = [] } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'kiosk-console-test-'));
  const server = new ConsoleServer(dir);
  const world = {
    dir, server, users: USERS,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await server.prepare();
    await server.start(serverArgs);
    world.baseUrl = server.baseUrl;
    world.consoleUrl = `${server.baseUrl}/console/`;
    world.demo = await Kiosk.enroll(server.baseUrl, DEMO_STATION.code);
    world.other = await Kiosk.enroll(server.baseUrl, OTHER_STATION.code);
    world.records = await pushRecords(world.demo, world.other);
    return world;
  } catch (error) {
    if (server.log) error.message += `\nserver log:\n${server.log}`;
    await world.stop();
    throw error;
  }
}

// Debian's chromium, headless; the flags keep it from calling home. playwright-core starts it
// with a fresh --user-data-dir of its own (a temp folder it removes on close), and each
// newContext() is a separate cookie jar, so every role signs in on its own.
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

// A page in a new context (its own cookies), 1280 px wide like an office screen.
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', ...options });
  await context.addInitScript(countFetches);
  return context.newPage();
}

// Runs in every page before its own scripts (through the debugger protocol, so the page's CSP
// is untouched): counts the page's requests under way, so a test can wait until it has read all.
function countFetches() {
  const fetches = { pending: 0, lastActivity: 0 };
  window.__consoleFetches = fetches;
  const original = window.fetch.bind(window);
  window.fetch = (...args) => {
    fetches.pending += 1;
    fetches.lastActivity = performance.now();
    return original(...args).finally(() => {
      fetches.pending -= 1;
      fetches.lastActivity = performance.now();
    });
  };
}

export async function screenshotFolder() {
  await mkdir(SCREENSHOTS, { recursive: true });
  return SCREENSHOTS;
}
