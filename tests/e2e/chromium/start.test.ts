/**
 * `npm start` (scripts/start.mjs) with DISPLAY pointing at a display that
 * does not exist: it must fall back to headless, say so, report the badge
 * it saw and save its screenshots. Needs the built extension (npm test
 * builds it first, as for every e2e test).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

/** A display number with no X server socket on this machine. */
function deadDisplay(): string {
  for (let n = 99; n < 200; n++) if (!existsSync(`/tmp/.X11-unix/X${n}`)) return `:${n}`;
  throw new Error('no free display number');
}

function runStart(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
      cwd: ROOT,
      env: { ...process.env, WAYLAND_DISPLAY: '', ...env },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('npm start without a usable display', () => {
  it('falls back to headless when DISPLAY names no X server, and says what it did', async () => {
    const shots = mkdtempSync(path.join(tmpdir(), 'crosscheck-start-shots-'));
    const display = deadDisplay();
    const r = await runStart({ DISPLAY: display, CROSSCHECK_SCREENSHOTS: shots });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`Could not open a window on display ${display}`);
    expect(r.out).toContain('running headless instead');
    expect(r.out).toMatch(/Chromium: headless \(display :\d+ could not be opened\)/);
    expect(r.out).toMatch(/Badge on www\.dawn\.com: "\d+"/);
    for (const f of ['demo-article.png', 'demo-popup.png']) {
      expect(r.out).toContain(path.join(shots, f));
      expect(statSync(path.join(shots, f)).size).toBeGreaterThan(1000);
    }
  }, 240_000);
});
