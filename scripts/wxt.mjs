#!/usr/bin/env node
/**
 * Runs the project's WXT (`node scripts/wxt.mjs build …`, as the npm scripts
 * do). On a terminal it is WXT untouched. Elsewhere (CI, a log file, a pipe)
 * WXT's build spinner would still redraw itself many times a second with
 * carriage returns and escape codes, and WXT has no setting to turn it off
 * (neither CI, NO_COLOR nor --level stop it): so the output is passed on
 * as a terminal would finally show it, one plain line at a time, without
 * colours or cursor codes.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// eslint-disable-next-line no-control-regex -- matching terminal escape codes is the point
const ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

/**
 * One output line as a terminal leaves it: only what follows the last
 * carriage return, without escape codes; null for a line that was only
 * spinner frames (nothing left on screen).
 */
export function plainLine(line) {
  const shown = line.slice(line.lastIndexOf('\r') + 1).replace(ESCAPES, '');
  if (shown.trim() === '' && (line.includes('\r') || line.includes('\u001b'))) return null;
  return shown.trimEnd();
}

/** A stream filter: call with each chunk, then with null at the end; gets whole plain lines. */
export function plainLines(write) {
  let pending = '';
  return (chunk) => {
    if (chunk === null) {
      if (pending) {
        const p = plainLine(pending);
        if (p !== null) write(`${p}\n`);
      }
      pending = '';
      return;
    }
    pending += chunk;
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const p = plainLine(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
      if (p !== null) write(`${p}\n`);
    }
  };
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const wxtDir = path.join(root, 'node_modules', 'wxt');
  const bin = JSON.parse(readFileSync(path.join(wxtDir, 'package.json'), 'utf8')).bin;
  const entry = path.join(wxtDir, typeof bin === 'string' ? bin : bin.wxt);
  const terminal = process.stdout.isTTY && process.stderr.isTTY;
  const child = spawn(process.execPath, [entry, ...process.argv.slice(2)], {
    stdio: terminal ? 'inherit' : ['inherit', 'pipe', 'pipe'],
    env: terminal ? process.env : { ...process.env, NO_COLOR: '1' },
  });
  if (!terminal) {
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      const filter = plainLines((s) => to.write(s));
      from.setEncoding('utf8');
      from.on('data', filter);
      from.on('end', () => filter(null));
    }
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
