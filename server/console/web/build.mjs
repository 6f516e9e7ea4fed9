// SPDX-License-Identifier: GPL-3.0-or-later
// Bundles the console page: src/app.js (and every module and stylesheet it imports) into one
// minified app.js and app.css, and copies index.html, into the output folder. The npm packages
// come from --node-modules (the build folder's `npm ci`), so the source tree needs none.
//   node build.mjs --src <web source folder> --out <folder> --node-modules <folder>
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const here = path.dirname(new URL(import.meta.url).pathname);
const src = path.resolve(option('src', here));
const out = path.resolve(option('out', path.join(here, 'dist')));
const nodeModules = path.resolve(option('node-modules', path.join(here, 'node_modules')));
const require = createRequire(path.join(nodeModules, 'noop.js'));
const esbuild = require('esbuild');

mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [path.join(src, 'src', 'app.js')],
  bundle: true,
  minify: true,
  target: 'es2020',
  format: 'iife',
  platform: 'browser',
  outfile: path.join(out, 'app.js'), // its CSS imports go to app.css beside it
  nodePaths: [nodeModules],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
});
copyFileSync(path.join(src, 'index.html'), path.join(out, 'index.html'));
