/**
 * The CLI bundle rewrites linkedom's per-node listener map to be made on
 * first use (scripts/build/linkedom-speed-rewrites.ts). These tests prove
 * each rule still finds its snippet in the installed linkedom and that
 * listeners behave as upstream: added, dispatched, removed, and harmless on
 * nodes that never had one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LINKEDOM_SPEED_REWRITES } from '../../../scripts/build/linkedom-speed-rewrites';
import { applySinkRewrites } from '../../../scripts/build/rewrite-html-sinks';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MODULE = '/node_modules/linkedom/esm/interface/event-target.js';
const source = readFileSync(path.join(ROOT, MODULE.slice(1)), 'utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-lazy-listeners-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Target {
  addEventListener(type: string, fn: (e: unknown) => void, options?: unknown): void;
  removeEventListener(type: string, fn: (e: unknown) => void): void;
  dispatchEvent(e: unknown): boolean;
}

/** The installed module with the rules applied, loaded on its own (it imports nothing). */
async function rewrittenEventTarget(): Promise<new () => Target> {
  const code = applySinkRewrites(path.join(ROOT, MODULE.slice(1)), source, LINKEDOM_SPEED_REWRITES);
  const file = path.join(dir, 'event-target.mjs');
  writeFileSync(file, code!);
  const mod = (await import(pathToFileURL(file).href)) as { EventTarget: new () => Target };
  return mod.EventTarget;
}

function event(type: string): Record<string, unknown> {
  return { type, _path: [], bubbles: false, CAPTURING_PHASE: 1, AT_TARGET: 2, NONE: 0 };
}

describe('linkedom speed rewrites', () => {
  it('apply cleanly to the installed linkedom, each rule once, and explain themselves', () => {
    expect(/^import /m.test(source)).toBe(false);
    const out = applySinkRewrites(
      path.join(ROOT, MODULE.slice(1)),
      source,
      LINKEDOM_SPEED_REWRITES,
    );
    expect(out).not.toBeNull();
    expect(out).not.toContain('wm.set(this, new Map);');
    for (const rule of LINKEDOM_SPEED_REWRITES) expect(rule.why.length).toBeGreaterThan(40);
  });

  it('keep listeners working: added, called, removed', async () => {
    const EventTarget = await rewrittenEventTarget();
    const t = new EventTarget();
    const seen: unknown[] = [];
    const fn = (e: unknown): void => void seen.push((e as { type: string }).type);
    t.addEventListener('ping', fn);
    t.dispatchEvent(event('ping'));
    t.dispatchEvent(event('other'));
    t.removeEventListener('ping', fn);
    t.dispatchEvent(event('ping'));
    expect(seen).toEqual(['ping']);
  });

  it('leave a node that never had a listener harmless to dispatch on and remove from', async () => {
    const EventTarget = await rewrittenEventTarget();
    const t = new EventTarget();
    expect(() => t.removeEventListener('ping', () => undefined)).not.toThrow();
    expect(t.dispatchEvent(event('ping'))).toBe(true);
  });
});
