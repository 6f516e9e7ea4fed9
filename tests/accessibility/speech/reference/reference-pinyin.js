// SPDX-License-Identifier: GPL-3.0-or-later
// The independent reference reading for tst_speechreference: pinyin-pro (phrase-level
// polyphones) turns each line of Mandarin on stdin into one line on stdout, the pinyin of each
// Chinese character in order as "字=zi4" separated by spaces (tone 0 is the neutral tone;
// ü is written v). Citation tones: tone sandhi (一, 不, 3-3) is left to the comparison.
'use strict';
const { pinyin } = require('pinyin-pro');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const lines = input.split('\n');
  if (lines.length && lines[lines.length - 1] === '')
    lines.pop();
  const out = lines.map((line) =>
    pinyin(line, { toneType: 'num', type: 'all', toneSandhi: false, v: true })
      .filter((c) => c.isZh && c.pinyin)
      .map((c) => `${c.origin}=${c.pinyin}`)
      .join(' '));
  process.stdout.write(out.join('\n') + '\n');
});
