/**
 * scripts/ensure-browsers.sh, run for real with bash against a fake file
 * system (CROSSCHECK_FS_ROOT) and a PATH holding only fake apt-get/sudo that
 * record their calls: nothing is installed and the machine's own browsers
 * are not seen.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../../scripts/ensure-browsers.sh');
const BASH = ['/bin/bash', '/usr/bin/bash'].find((p) => existsSync(p)) ?? 'bash';

interface Setup {
  files?: string[];
  apt?: boolean;
  env?: Record<string, string>;
  osRelease?: string;
  args?: string[];
}

function runScript({ files = [], apt = false, env = {}, osRelease, args = [] }: Setup) {
  const root = mkdtempSync(path.join(tmpdir(), 'ensure-browsers-'));
  const bin = path.join(root, 'fakebin');
  const log = path.join(root, 'calls.log');
  mkdirSync(bin);
  const exe = (p: string, body: string) => {
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, `#!${BASH}\n${body}\n`);
    chmodSync(p, 0o755);
  };
  for (const f of files) exe(path.join(root, f), 'exit 0');
  if (apt) {
    exe(path.join(bin, 'apt-get'), `echo "apt-get $*" >> "${log}"`);
    exe(path.join(bin, 'sudo'), 'exec "$@"');
  }
  if (osRelease) {
    mkdirSync(path.join(root, 'etc'), { recursive: true });
    writeFileSync(path.join(root, 'etc/os-release'), osRelease);
  }
  const r = spawnSync(BASH, [SCRIPT, ...args], {
    encoding: 'utf8',
    env: { PATH: bin, CROSSCHECK_FS_ROOT: root, OSTYPE: 'linux-gnu', ...env },
    timeout: 20_000,
  });
  return {
    code: r.status,
    stderr: r.stderr,
    calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [],
    root,
  };
}

const BOTH = ['usr/bin/chromium', 'usr/bin/firefox-esr'];

describe('ensure-browsers.sh', () => {
  it('does nothing when both browsers are where the launchers look', () => {
    const r = runScript({ files: BOTH, apt: true });
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
  });

  it('accepts the other launcher paths (chromium-browser, firefox)', () => {
    const r = runScript({ files: ['usr/bin/chromium-browser', 'usr/bin/firefox'], apt: true });
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
  });

  it('honours CHROMIUM_PATH and FIREFOX_PATH before anything else', () => {
    const r = runScript({ files: ['opt/c/chrome', 'opt/f/ff'], apt: true });
    const env = {
      CHROMIUM_PATH: path.join(r.root, 'opt/c/chrome'),
      FIREFOX_PATH: path.join(r.root, 'opt/f/ff'),
    };
    const again = runScript({ files: [], apt: true, env });
    expect(again.code).toBe(0);
    expect(again.calls).toEqual([]);
    expect(again.stderr).toMatch(/from CHROMIUM_PATH/);
    expect(again.stderr).toMatch(/from FIREFOX_PATH/);
  });

  it('refuses a CHROMIUM_PATH that is not an executable, without installing', () => {
    const r = runScript({ apt: true, env: { CHROMIUM_PATH: '/nowhere/chromium' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /CHROMIUM_PATH is set to \/nowhere\/chromium, which is not an executable/,
    );
    expect(r.calls).toEqual([]);
  });

  it('with "chromium", a missing Firefox is not installed', () => {
    const r = runScript({ files: ['usr/bin/chromium'], apt: true, args: ['chromium'] });
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
  });

  it('names the variable to set when a browser is installed elsewhere (snap, macOS app)', () => {
    const snap = runScript({ files: ['snap/bin/chromium', 'usr/bin/firefox-esr'], apt: true });
    expect(snap.code).toBe(1);
    expect(snap.stderr).toContain('CHROMIUM_PATH="/snap/bin/chromium"');
    expect(snap.calls).toEqual([]);
    const mac = runScript({
      files: ['usr/bin/chromium', 'Applications/Firefox.app/Contents/MacOS/firefox'],
      env: { OSTYPE: 'darwin23' },
    });
    expect(mac.code).toBe(1);
    expect(mac.stderr).toContain('FIREFOX_PATH="/Applications/Firefox.app/Contents/MacOS/firefox"');
  });

  it('installs only what is missing with apt-get when it exists', () => {
    const r = runScript({ files: ['usr/bin/chromium'], apt: true });
    expect(r.code).toBe(0);
    expect(r.calls).toEqual(['apt-get update -qq', 'apt-get install -y -qq firefox-esr']);
  });

  it('on macOS without apt-get: says what to install and exits 1', () => {
    const r = runScript({ env: { OSTYPE: 'darwin23' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Missing: chromium firefox/);
    expect(r.stderr).toMatch(/brew install --cask chromium firefox/);
    expect(r.stderr).toMatch(/CHROMIUM_PATH=\/Applications\/Chromium\.app/);
  });

  it('on Fedora without apt-get: points at dnf and exits 1', () => {
    const r = runScript({ osRelease: 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=41\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sudo dnf install chromium firefox/);
    expect(r.calls).toEqual([]);
  });

  it('on an unknown system without apt-get: names both browsers and the variables', () => {
    const r = runScript({ osRelease: 'ID=somethingelse\n', args: ['chromium'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Missing: chromium,/);
    expect(r.stderr).toMatch(/CHROMIUM_PATH and FIREFOX_PATH/);
  });
});
