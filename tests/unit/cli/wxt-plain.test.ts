/**
 * scripts/wxt.mjs outside a terminal: WXT's spinner output (carriage returns,
 * cursor and colour codes, redrawn frames) becomes plain lines.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import { plainLine, plainLines } from '../../../scripts/wxt.mjs';

const ROOT = path.resolve(__dirname, '../../..');
const ESC = '\u001b';

/** What WXT 0.21 writes for one build while its spinner turns (as captured in a CI log). */
const SPINNER =
  `WXT ${ESC}[1m${ESC}[90m0.21.4${ESC}[39m${ESC}[22m\n` +
  `ℹ Building chrome-mv3 for production with Vite 8.3.8\n` +
  `${ESC}[?25l\r⠋ Preparing...${ESC}[K\r⠋ [1/4] analyzer${ESC}[K\r⠙ [1/4] analyzer${ESC}[K` +
  `\r⠹ [2/4] background, options, popup${ESC}[K\r${ESC}[K${ESC}[?25h\r${ESC}[K${ESC}[?25h` +
  `✔ Built extension in 3.467 s\n` +
  `  └─ .output/chrome-mv3/icon/48.png    418 B  \n`;

describe('plain WXT logs', () => {
  it('keeps what a terminal finally shows, line by line, without escape codes', () => {
    const out: string[] = [];
    const feed = plainLines((s: string) => out.push(s));
    // In small chunks, as a pipe delivers it.
    for (let i = 0; i < SPINNER.length; i += 7) feed(SPINNER.slice(i, i + 7));
    feed(null);
    expect(out.join('')).toBe(
      'WXT 0.21.4\nℹ Building chrome-mv3 for production with Vite 8.3.8\n✔ Built extension in 3.467 s\n  └─ .output/chrome-mv3/icon/48.png    418 B\n',
    );
    expect(out.join('')).not.toContain('\r');
    expect(out.join('')).not.toContain(ESC);
  });

  it.each([
    [`\r⠋ x${ESC}[K\r${ESC}[K`, null],
    ['', ''],
    ['plain', 'plain'],
    [`${ESC}[32m✔${ESC}[39m done`, '✔ done'],
  ])('plainLine(%j) = %j', (line, expected) => {
    expect(plainLine(line)).toBe(expected);
  });

  it('passes the exit code of a failing WXT command through, output plain', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/wxt.mjs'), 'no-such-command'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toContain('\r');
    expect(`${r.stdout}${r.stderr}`).not.toContain(ESC);
  }, 60_000);
});
