/**
 * Chromium with the built extension loaded, news hosts pointed at the local
 * fixture server (see fixture-server.ts), and nothing else reachable.
 * Used by the e2e suite, `npm start` and the benchmark.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export interface ChromiumOptions {
  /** Unpacked extension folder (`.output/chrome-mv3`). */
  extensionPath: string;
  /** Hosts to send to the fixture server. */
  hosts: readonly string[];
  /** The fixture server's port on 127.0.0.1. */
  port: number;
  /** Profile folder to reuse (a restart); a fresh temporary one when absent. */
  userDataDir?: string;
  /** Default: headless unless `headed` is asked for. */
  headless?: boolean;
  executablePath?: string;
  /** Extra Chromium flags. */
  args?: readonly string[];
  /**
   * More unpacked extensions loaded beside it (the benchmark's build of an
   * earlier commit); their workers are in `alsoLoaded`, in the same order.
   */
  alsoLoad?: readonly string[];
}

/** One more loaded extension of a session. */
export interface LoadedExtension {
  worker: Worker;
  extensionId: string;
  extensionOrigin: string;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's service worker. */
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
  /** The extensions of ChromiumOptions.alsoLoad. */
  alsoLoaded: LoadedExtension[];
  userDataDir: string;
  /** Closes the browser; removes the profile only if this session made it. */
  close(): Promise<void>;
}

/** Where Debian and most Linux distributions install Chromium. */
export const CHROMIUM_CANDIDATES = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]);

/** How long to wait for the extension's service worker to appear. */
const WORKER_TIMEOUT_MS = 20_000;

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `Chromium not found (tried ${CHROMIUM_CANDIDATES.join(', ')}); set CHROMIUM_PATH`,
    );
  return found;
}

/**
 * Chromium's id for an unpacked extension: the SHA-256 of its absolute path,
 * first 32 hex digits spelled with the letters a–p.
 */
export function unpackedExtensionId(extensionPath: string): string {
  const hex = createHash('sha256').update(path.resolve(extensionPath)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * `MAP host 127.0.0.1:port` for each host (every port of that host goes to
 * the server, so http and https both land there), then every other name
 * fails at once: the test network is closed and real DNS would only wait.
 */
export function hostResolverRules(hosts: readonly string[], port: number): string {
  return [
    ...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
  ].join(', ');
}

/**
 * @example
 * const s = await launchChromium({ extensionPath: '.output/chrome-mv3', hosts: server.hosts, port: server.port });
 * const page = await s.context.newPage(); await page.goto('http://www.dawn.com/news/1');
 */
export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const extensionPath = path.resolve(options.extensionPath);
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath} (run npm run build)`);
  }
  const ownProfile = options.userDataDir === undefined;
  const userDataDir =
    options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'crosscheck-chromium-'));
  const others = (options.alsoLoad ?? []).map((p) => path.resolve(p));
  const loaded = [extensionPath, ...others].join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath ?? findChromium(),
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${loaded}`,
      `--load-extension=${loaded}`,
      `--host-resolver-rules=${hostResolverRules(options.hosts, options.port)}`,
      // The fixture server's certificate is self-signed.
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      // Without these Chromium floods the closed network with refused connections.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...(options.args ?? []),
    ],
  });
  try {
    const extensionId = unpackedExtensionId(extensionPath);
    // With one extension any extension worker is ours; with more, each by its id.
    const worker = await extensionWorker(context, extensionId, others.length === 0);
    const alsoLoaded: LoadedExtension[] = [];
    for (const other of others) {
      const id = unpackedExtensionId(other);
      alsoLoaded.push({
        worker: await extensionWorker(context, id, false),
        extensionId: id,
        extensionOrigin: `chrome-extension://${id}`,
      });
    }
    // Node's URL gives non-special schemes a null origin: read the host by hand.
    const realId = /^chrome-extension:\/\/([a-p]{32})\//.exec(worker.url())?.[1] ?? extensionId;
    return {
      context,
      worker,
      extensionId: realId,
      extensionOrigin: `chrome-extension://${realId}`,
      alsoLoaded,
      userDataDir,
      async close() {
        await context.close().catch(() => undefined);
        if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The extension's service worker. On a relaunched profile the worker may
 * sleep until something wakes it: opening one of its pages does.
 */
async function extensionWorker(
  context: BrowserContext,
  extensionId: string,
  anyExtension: boolean,
): Promise<Worker> {
  // Any extension worker when only ours is loaded (--disable-extensions-except).
  const ours = (w: Worker) =>
    w.url().startsWith(anyExtension ? 'chrome-extension://' : `chrome-extension://${extensionId}/`);
  const existing = context.serviceWorkers().find(ours);
  if (existing) return existing;
  const waiting = context.waitForEvent('serviceworker', {
    predicate: ours,
    timeout: WORKER_TIMEOUT_MS,
  });
  const nudge = setTimeout(() => {
    void context
      .newPage()
      .then(async (page) => {
        await page.goto(`chrome-extension://${extensionId}/manifest.json`).catch(() => undefined);
        await page.close().catch(() => undefined);
      })
      .catch(() => undefined);
  }, 3_000);
  try {
    return await waiting;
  } finally {
    clearTimeout(nudge);
  }
}
