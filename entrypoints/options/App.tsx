import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import type { RefreshProgress } from '../../lib/types';
import type { Prefs, Source, SourceHealth } from '../../lib/sources/types';
import { sourceForDomain } from '../../lib/sources/repair-sources';
import { serializeSettings } from '../../lib/sources/settings-file';
import {
  getHealth,
  getSources,
  healthItem,
  importSettings,
  saveSources,
  sourcesItem,
} from '../../lib/store/settings';
import { getPrefs, prefsItem, savePrefs } from '../../lib/store/prefs';
import { FORMAT_CONFIG } from '../../lib/format/config';
import { SourceList } from '../../components/SourceList';
import { SourceForm, type SourceDraft } from '../../components/SourceForm';
import type { SiteAccess } from '../../components/SourceRow';
import { RefreshPanel } from '../../components/RefreshPanel';
import { DiscoveryPanel } from '../../components/DiscoveryPanel';
import { DISCOVERY_SOURCE } from '../../lib/sources/discovery-source';
import { HighlightToggle } from '../../components/HighlightToggle';
import { ImportExport } from '../../components/ImportExport';
import { PrivacyNote } from '../../components/PrivacyNote';
import { AccessNotice } from '../../components/AccessNotice';
import { listedOrigins, originsNeeded, siteOrigins } from './site-access';

export interface AppProps {
  /** A domain to pre-fill in the add form (from the popup's "Add this site"). */
  addDomain: string | null;
}

const ALL_SITES = ['*://*/*'];

/**
 * Permission calls that never throw: a browser may throw synchronously (no
 * user gesture, unknown pattern) or reject; either way the answer is "no".
 * `request` must be called synchronously from a click or change handler.
 */
function request(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
function holds(origins: string[]): Promise<boolean> {
  try {
    return browser.permissions.contains({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
function release(origins: string[]): void {
  try {
    void browser.permissions.remove({ origins }).catch(() => false);
  } catch {
    // Nothing to give back.
  }
}

/** Wiring: storage ↔ components, permission requests inside the click handlers, background messages. */
export function App({ addDomain }: AppProps) {
  const [sources, setSources] = useState<Source[] | null>(null);
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [health, setHealth] = useState<Record<string, SourceHealth>>({});
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [progress, setProgress] = useState<RefreshProgress | null>(null);
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [discoveryMessage, setDiscoveryMessage] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  /** Whether the manifest's news sites are still granted; null until known. */
  const [listedAccess, setListedAccess] = useState<boolean | null>(null);
  const pollTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Which reader-added sites Crosscheck may read (the manifest covers the rest). */
  const checkAccess = useCallback(async (list: readonly Source[]) => {
    const entries = await Promise.all(
      list
        .filter((s) => siteOrigins(s.domain).length > 0)
        .map(async (s) => [s.domain, await holds(siteOrigins(s.domain))] as const),
    );
    setGranted(Object.fromEntries(entries));
  }, []);

  /** The listed news sites' access, which the reader may withdraw outside Crosscheck at any time. */
  const checkListedAccess = useCallback(async () => {
    setListedAccess(await holds(listedOrigins()));
  }, []);

  useEffect(() => {
    void checkListedAccess();
    // Granted or withdrawn from the browser's settings while this page is open.
    const onChange = () => void checkListedAccess();
    const events = [browser.permissions.onAdded, browser.permissions.onRemoved];
    for (const e of events) {
      try {
        e.addListener(onChange);
      } catch {
        // Test doubles without these events: the check on load still runs.
      }
    }
    return () => {
      for (const e of events) {
        try {
          e.removeListener(onChange);
        } catch {
          // Nothing was added.
        }
      }
    };
  }, [checkListedAccess]);

  /** Synchronous up to the request: browsers only prompt inside the reader's click. */
  const allowListed = () => {
    void request(listedOrigins()).then(async (allowed) => {
      await checkListedAccess();
      if (allowed) {
        say('Crosscheck may read the news sites in your sources again.');
        // Content scripts and the refresh alarm pick the sites up again.
        await sendMessage('sources-changed', {}).catch(() => undefined);
      } else say('Access to the news sites was not granted.');
    });
  };

  const reload = useCallback(async () => {
    const [s, p, h] = await Promise.all([getSources(), getPrefs(), getHealth()]);
    setSources(s);
    setPrefs(p);
    setHealth(h);
    void checkAccess(s);
  }, [checkAccess]);

  useEffect(() => {
    void reload();
    // Another options tab, an import or the background may change settings; health changes during refreshes.
    const unwatch = [
      sourcesItem.watch(
        () =>
          void getSources().then((s) => {
            setSources(s);
            void checkAccess(s);
          }),
      ),
      prefsItem.watch(() => void getPrefs().then(setPrefs)),
      healthItem.watch(() => void getHealth().then(setHealth)),
    ];
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      unwatch.forEach((u) => u());
      clearInterval(tick);
      clearTimeout(pollTimer.current);
    };
  }, [reload, checkAccess]);

  const pollProgress = useCallback(async () => {
    clearTimeout(pollTimer.current);
    try {
      const p = await sendMessage('get-refresh-progress', {});
      // The polyfill answers `undefined` when the background dropped the message.
      if (!p || typeof p.running !== 'boolean') throw new Error('no answer');
      setProgress(p);
      setNow(Date.now());
      setRefreshError(null);
      if (p.running)
        pollTimer.current = setTimeout(() => void pollProgress(), FORMAT_CONFIG.refreshPollMs);
    } catch (e) {
      setRefreshError(`Could not reach Crosscheck's background: ${(e as Error).message}`);
    }
  }, []);
  useEffect(() => void pollProgress(), [pollProgress]);

  const say = (message: string) => {
    setNotice(message);
    setProblems([]);
  };

  const persist = async (next: Source[], message: string): Promise<boolean> => {
    const r = await saveSources(next);
    if (!r.ok) {
      setProblems(r.errors);
      return false;
    }
    setSources(await getSources());
    say(message);
    await sendMessage('sources-changed', {}).catch(() => undefined);
    return true;
  };

  /** Synchronous up to the permission request: it must run inside the reader's click. */
  const add = (draft: SourceDraft) => {
    if (!sources) return;
    const asked = request(originsNeeded(draft));
    const source: Source = {
      ...sourceForDomain(draft.domain),
      name: draft.name,
      feeds: draft.feeds,
      region: draft.region,
      enabled: true,
    };
    // Saved whatever the answer: a source waiting for access shows an "Allow" button instead of vanishing.
    void persist([...sources, source], `Added ${source.name}.`).then(async (ok) => {
      if (!ok) return;
      const allowed = await asked;
      if (allowed) await sendMessage('sources-changed', {}).catch(() => undefined);
      else
        say(
          `Added ${source.name}, but Crosscheck may not read ${source.domain} until you allow it.`,
        );
      void checkAccess(await getSources());
    });
    history.replaceState(null, '', location.pathname);
  };

  const grant = (source: Source) => {
    void request(originsNeeded(source)).then(async (allowed) => {
      if (allowed) await sendMessage('sources-changed', {}).catch(() => undefined);
      say(
        allowed
          ? `Crosscheck may now read ${source.domain}.`
          : `Access to ${source.domain} was not granted.`,
      );
      if (sources) void checkAccess(sources);
    });
  };

  const change = (next: Source) => {
    if (!sources) return;
    const old = sources.find((s) => s.id === next.id);
    const asked =
      old && next.feeds.join() !== old.feeds.join() ? request(originsNeeded(next)) : null;
    void persist(
      sources.map((s) => (s.id === next.id ? next : s)),
      `Saved ${next.name}.`,
    ).then(() => {
      if (asked) void asked.then(() => checkAccess(sources));
    });
  };

  const remove = (source: Source) => {
    if (!sources) return;
    const rest = sources.filter((s) => s.id !== source.id);
    void persist(rest, `Removed ${source.name}.`).then((ok) => {
      const origins = siteOrigins(source.domain);
      if (ok && origins.length > 0 && !rest.some((s) => s.domain === source.domain)) {
        release(origins);
      }
    });
  };

  const savePrefsAnd = async (next: Prefs, message: string) => {
    const r = await savePrefs(next);
    if (!r.ok) return setProblems(r.errors);
    setPrefs(next);
    say(message);
    // The background reschedules its refresh alarm on this message.
    await sendMessage('sources-changed', {}).catch(() => undefined);
  };

  const toggleDiscovery = (on: boolean) => {
    if (!prefs) return;
    if (!on) {
      setDiscoveryMessage(null);
      void savePrefsAnd({ ...prefs, discovery: false }, 'Discovery is off.');
      release(ALL_SITES);
      return;
    }
    // Requested right here, inside the change event: browsers only prompt during a user gesture.
    void request(ALL_SITES).then((allowed) => {
      if (allowed) {
        setDiscoveryMessage('Discovery is on: the next refresh also asks GDELT for coverage.');
        void savePrefsAnd({ ...prefs, discovery: true }, 'Discovery is on.');
      } else {
        setDiscoveryMessage(
          'Discovery stays off: it needs permission to read articles on any news site.',
        );
        setPrefs({ ...prefs });
      }
    });
  };

  const refreshNow = () => {
    void sendMessage('refresh-now', {})
      .then((p) => {
        if (!p || typeof p.running !== 'boolean') throw new Error('no answer');
        setProgress(p);
        void pollProgress();
      })
      .catch((e: Error) => setRefreshError(`Could not start a refresh: ${e.message}`));
  };

  const exportSettings = () => {
    if (!sources || !prefs) return;
    const blob = new Blob([serializeSettings(sources, prefs)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `crosscheck-settings-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const importFile = async (file: File): Promise<string[]> => {
    const r = await importSettings(await file.text());
    if (!r.ok) return r.errors;
    await reload();
    await sendMessage('sources-changed', {}).catch(() => undefined);
    say(
      `Imported settings from ${file.name}. Sites that need your permission show an "Allow" button.`,
    );
    return [];
  };

  const clearReports = async (): Promise<number> => {
    const r = await sendMessage('clear-reports', {}).catch(() => undefined);
    if (!r || typeof r.removed !== 'number')
      throw new Error('Crosscheck’s background did not answer.');
    return r.removed;
  };

  const access = (s: Source): SiteAccess =>
    siteOrigins(s.domain).length === 0 ? 'listed' : granted[s.domain] ? 'granted' : 'missing';

  return (
    <div class="options-page">
      <header class="options-header">
        <h1>Crosscheck</h1>
        <p class="muted">Sources and settings</p>
        <nav aria-label="Sections">
          <ul>
            <li>
              <a href="#sources">Sources</a>
            </li>
            <li>
              <a href="#refresh">Refresh</a>
            </li>
            <li>
              <a href="#marks">Marks in the article</a>
            </li>
            <li>
              <a href="#discovery">Discovery</a>
            </li>
            <li>
              <a href="#data">Data</a>
            </li>
            <li>
              <a href="#privacy">Privacy</a>
            </li>
          </ul>
        </nav>
      </header>
      {listedAccess === false ? <AccessNotice onAllow={allowListed} /> : null}
      <div class="live" role="status" aria-live="polite">
        {notice ? <p class="notice">{notice}</p> : null}
      </div>
      {problems.length > 0 ? (
        <div class="error-box" role="alert">
          <p>Nothing was saved:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <main>
        <section id="sources" class="section" aria-labelledby="sources-title">
          <h2 id="sources-title">Sources</h2>
          <p class="hint">
            The outlets Crosscheck reads: their pages when you open them, their feeds in the
            background. Mark the ones you trust; they are starred in comparisons.
          </p>
          {sources ? (
            <SourceList
              sources={sources}
              health={health}
              access={access}
              now={now}
              onChange={change}
              onRemove={remove}
              onGrant={grant}
            />
          ) : (
            <p class="muted" role="status">
              Loading sources…
            </p>
          )}
          <h3 id="add-title">Add a source</h3>
          <SourceForm
            key={addDomain ?? 'add'}
            mode="add"
            initial={addDomain ? { domain: addDomain } : undefined}
            existingDomains={sources?.map((s) => s.domain) ?? []}
            onSubmit={add}
          />
        </section>
        <section id="refresh" class="section" aria-labelledby="refresh-title">
          <h2 id="refresh-title">Refresh</h2>
          <RefreshPanel
            progress={progress}
            refreshMinutes={prefs?.refreshMinutes ?? 30}
            now={now}
            error={refreshError}
            onRefresh={refreshNow}
            onIntervalChange={(m) =>
              prefs &&
              void savePrefsAnd(
                { ...prefs, refreshMinutes: m },
                `Feeds will refresh every ${m} minutes.`,
              )
            }
          />
        </section>
        <section id="marks" class="section" aria-labelledby="marks-title">
          <h2 id="marks-title">Marks in the article</h2>
          <HighlightToggle
            checked={prefs ? prefs.highlight : null}
            help
            onChange={(on) =>
              prefs &&
              void savePrefsAnd(
                { ...prefs, highlight: on },
                on ? 'Disputed figures are marked in articles.' : 'Marks in articles are off.',
              )
            }
          />
        </section>
        <section id="discovery" class="section" aria-labelledby="discovery-title">
          <h2 id="discovery-title">Discovery</h2>
          <DiscoveryPanel
            enabled={prefs?.discovery ?? false}
            health={health[DISCOVERY_SOURCE.id] ?? null}
            onToggle={toggleDiscovery}
            message={discoveryMessage}
          />
        </section>
        <section id="data" class="section" aria-labelledby="data-title">
          <h2 id="data-title">Data</h2>
          <ImportExport onExport={exportSettings} onImport={importFile} onClear={clearReports} />
        </section>
        <section id="privacy" class="section" aria-labelledby="privacy-title">
          <h2 id="privacy-title">Privacy</h2>
          <PrivacyNote />
        </section>
      </main>
    </div>
  );
}
