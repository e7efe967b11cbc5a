#!/usr/bin/env node
/* global chrome -- used only inside the extension's service worker (worker.evaluate) */
/**
 * `npm start`: build the Chrome extension if needed, serve two demo articles
 * of the same event under their real news domains, and open Chromium with
 * Crosscheck loaded.
 *  - With a display ($DISPLAY or $WAYLAND_DISPLAY): a normal window on the
 *    second article; stays open until Ctrl-C.
 *  - Without one, when the display cannot be opened (DISPLAY set but no X
 *    server), or with CROSSCHECK_HEADLESS=1: headless; opens both articles,
 *    then the popup of the second, saves screenshots (./screenshots/, or
 *    $CROSSCHECK_SCREENSHOTS) and says so.
 * Either way it prints which mode it ran in and the badge it saw.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, '.output/chrome-mv3');
const SITES = path.join(ROOT, 'tests/e2e/fixtures/sites');
const SHOTS = path.resolve(process.env.CROSSCHECK_SCREENSHOTS || path.join(ROOT, 'screenshots'));
/** The demo: the same day of fighting as told by two outlets (the second is compared with the first). */
const DEMO = [
  'https://www.aljazeera.com/news/2026/2/27/pakistan-afghanistan-border-fighting',
  'https://www.dawn.com/news/1980041',
];
/** What the build is made from: a newer file here means the build is stale. */
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'assets', 'public'];
/**
 * A bound on the wait for the background to finish reading the demo article.
 * The wait itself follows the background's own answer (the tab's phase), so
 * a slow, loaded machine only takes longer; this only stops a hung run.
 */
const READ_TIMEOUT_MS = 120_000;
/** The phases after which the tab's state no longer changes by itself (lib/types.ts TabPhase). */
const SETTLED = ['ready', 'not-coverage', 'unsupported', 'error'];

function newestSource() {
  let newest = statSync(path.join(ROOT, 'wxt.config.ts')).mtimeMs;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  SOURCE_DIRS.forEach((d) => walk(path.join(ROOT, d)));
  return newest;
}

function buildIfStale() {
  const manifest = path.join(BUILD, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestSource()) return;
  console.log('Building the extension (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

async function main() {
  buildIfStale();
  // The launch and serve helpers are TypeScript shared with the e2e tests.
  register();
  const { startFixtureServer } = await import('./lib/fixture-server.ts');
  const { launchChromium } = await import('./lib/launch-chromium.ts');

  const server = await startFixtureServer({ root: SITES });
  const { session, headed, why } = await launch(launchChromium, server);
  const stop = async () => {
    await session.close();
    await server.close();
    rmSync(session.userDataDir, { recursive: true, force: true });
  };
  console.log(`Chromium: ${headed ? 'in a window' : 'headless'} (${why})`);
  console.log(
    `Serving the demo articles on 127.0.0.1:${server.port} as ${DEMO.map((u) => new URL(u).host).join(', ')}`,
  );

  const pages = [];
  for (const url of DEMO) {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    pages.push(page);
  }
  const tabId = await session.worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? -1;
  }, DEMO[1]);
  // Ask the background, as the popup does, until it has read the article; the badge is set then.
  const control = await session.context.newPage();
  await control.goto(`${session.extensionOrigin}/popup.html?tab=2147483646`, { waitUntil: 'load' });
  const deadline = Date.now() + READ_TIMEOUT_MS;
  let phase = '';
  while (Date.now() < deadline && !SETTLED.includes(phase)) {
    const view = await control
      .evaluate(
        (id) => chrome.runtime.sendMessage({ type: 'get-tab-view', data: { tabId: id } }),
        tabId,
      )
      .catch(() => null);
    phase = view?.phase ?? '';
    if (!SETTLED.includes(phase)) await new Promise((r) => setTimeout(r, 300));
  }
  await control.close();
  let badge = '';
  // The badge follows the answer within a moment (the background sets it as it answers).
  for (let i = 0; i < 20 && (!badge || badge === '…'); i++) {
    badge = await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (!badge || badge === '…') await new Promise((r) => setTimeout(r, 100));
  }
  // The badge's colour says what its number counts (lib/badge): amber, figures other outlets report differently.
  const colour = badge
    ? await session.worker.evaluate(
        (id) => chrome.action.getBadgeBackgroundColor({ tabId: id }),
        tabId,
      )
    : null;
  const amber = colour ? colour[0] > colour[2] : false;
  console.log(
    badge
      ? `Badge on ${new URL(DEMO[1]).host}: "${badge}" (${amber ? 'figures other outlets report differently' : 'figures the page reports'})`
      : `Badge on ${new URL(DEMO[1]).host}: none (the background's state of the tab: ${phase || 'no answer'} after up to ${READ_TIMEOUT_MS / 1000} s; see the extension's service worker console)`,
  );

  if (headed) {
    await pages[1].bringToFront();
    console.log(
      'Chromium is open with Crosscheck: click its toolbar icon on the article. Ctrl-C here quits.',
    );
    await new Promise((resolve) => process.once('SIGINT', resolve));
    await stop();
    return;
  }

  mkdirSync(SHOTS, { recursive: true });
  const articleShot = path.join(SHOTS, 'demo-article.png');
  const popupShot = path.join(SHOTS, 'demo-popup.png');
  await pages[1].screenshot({ path: articleShot });
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 520, height: 760 });
  await popup.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
  await popup
    .waitForSelector('#figures, .empty__title', { timeout: 15_000 })
    .catch(() => undefined);
  await popup.screenshot({ path: popupShot, fullPage: true });
  await stop();
  console.log(`Screenshots saved (headless run):\n  ${articleShot}\n  ${popupShot}`);
}

/**
 * Opens Chromium in a window when a display is announced, falling back to
 * headless when that display cannot be opened; says which and why.
 */
async function launch(launchChromium, server) {
  const base = { extensionPath: BUILD, hosts: server.hosts, port: server.port };
  const profile = () => mkdtempSync(path.join(os.tmpdir(), 'crosscheck-start-'));
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (process.env.CROSSCHECK_HEADLESS === '1' || !display) {
    const why = display ? 'CROSSCHECK_HEADLESS=1' : 'no DISPLAY or WAYLAND_DISPLAY set';
    return {
      session: await launchChromium({ ...base, userDataDir: profile(), headless: true }),
      headed: false,
      why,
    };
  }
  const dir = profile();
  try {
    const session = await launchChromium({ ...base, userDataDir: dir, headless: false });
    return { session, headed: true, why: `display ${display}` };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const reason = firstLine(error);
    console.log(
      `Could not open a window on display ${display} (${reason}); running headless instead.`,
    );
    const session = await launchChromium({ ...base, userDataDir: profile(), headless: true });
    return { session, headed: false, why: `display ${display} could not be opened` };
  }
}

/** The useful line of a launch error (Playwright's are long logs). */
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  const x =
    /Missing X server or \$DISPLAY|cannot open display[^\n]*|Failed to connect to[^\n]*/i.exec(
      text,
    );
  return (x ? x[0] : text.split('\n')[0]).slice(0, 160);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
