// CTest's entry: every *.test.mjs here under node's test runner, one file at a time (each starts
// its own kiosk-server and chromium). Exits 77, CTest's "skipped", when this machine lacks a
// piece, and says which (in CI, where scripts/test.sh installs them, that fails instead).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPiece } from './fixture.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const missing = missingPiece();
if (missing) {
  // CI installs chromium and the node modules (scripts/test.sh): there a missing piece is a fault.
  if (process.env.CI === 'true') {
    console.log(`CI: the console's browser tests cannot run: ${missing}`);
    process.exit(1);
  }
  console.log(`skipped: ${missing}`);
  process.exit(77);
}

// A name on the command line runs only the files whose name contains it (node run-tests.mjs roles).
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort()
  .map((f) => path.join(here, f));
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : code));
