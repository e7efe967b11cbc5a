/**
 * The popup as a test sees it, in either browser: `popup.html?tab=N`
 * opened in a page. Reads only the contract's hooks (`data-status`,
 * `data-contested` on compared rows, outlets by name) plus the visible
 * sections; a `data-phase` attribute is used when the popup provides one.
 */
import type { TabPhase } from '../../../lib/types';
import type { Harness } from './harness';
import type { UiPage } from './ui-page';

export interface PopupRow {
  status: string;
  contested: boolean;
  update: boolean;
  /** The row's heading ("Pakistani soldiers killed, per the Taliban"), as shown. */
  title: string;
  /** Outlet names shown in the row. */
  outlets: string[];
  text: string;
}

/** Headline texts of the popup's empty states, to tell phases apart without a data-phase hook. */
const PHASE_TITLES: readonly [RegExp, TabPhase][] = [
  [/does not seem to cover/i, 'not-coverage'],
  [/reading the article/i, 'analysing'],
  [/waiting for the page/i, 'waiting'],
  [/does not read this page/i, 'unsupported'],
  [/could not (read|show)/i, 'error'],
];

export class PopupPage {
  private constructor(readonly page: UiPage) {}

  static async open(harness: Harness, tabId: number): Promise<PopupPage> {
    const popup = new PopupPage(await harness.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.page.setViewport(520, 700);
    return popup;
  }

  /** The phase the popup shows, or null while it is still opening. */
  async phase(): Promise<TabPhase | null> {
    const seen = await this.page.evaluate(
      () => ({
        hook: document.querySelector<HTMLElement>('[data-phase]')?.dataset.phase ?? null,
        // The first screen of a ready popup is painted before its other tables (aria-busy until then).
        busy: document.querySelector('main[aria-busy="true"]') !== null,
        ready: document.querySelector('#figures') !== null,
        title: document.querySelector('.empty__title')?.textContent ?? '',
      }),
      null,
    );
    if (seen.busy) return null;
    if (seen.hook) return seen.hook as TabPhase;
    if (seen.ready) return 'ready';
    return PHASE_TITLES.find(([re]) => re.test(seen.title))?.[1] ?? null;
  }

  /** Waits for one of `phases`; the popup re-asks the background, but a reload makes sure. */
  async waitForPhase(phases: readonly TabPhase[], timeout = 30_000): Promise<TabPhase> {
    const deadline = Date.now() + timeout;
    let last: TabPhase | null = null;
    while (Date.now() < deadline) {
      last = await this.phase().catch(() => null);
      if (last && phases.includes(last)) return last;
      await new Promise((r) => setTimeout(r, 400));
      if (last && last !== 'ready' && Date.now() + 1_000 < deadline)
        await this.page.reload().catch(() => undefined);
    }
    throw new Error(`popup never showed ${phases.join('|')} (last: ${last})`);
  }

  /** Figures listed for this page: in its disputed and confirmed rows, and those only it gives. */
  async figureCount(): Promise<number> {
    return this.page.evaluate(
      () =>
        document.querySelectorAll(
          '#figures li.figure, #disputed [data-status], #confirmed [data-status]',
        ).length,
      null,
    );
  }

  async rows(): Promise<PopupRow[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-status]')].map((el) => ({
          status: el.dataset.status ?? '',
          contested: el.dataset.contested === 'true',
          update: el.dataset.update === 'true',
          title: (el.querySelector('h3, h4, [class*="title"]')?.textContent ?? '').trim(),
          outlets: [...el.querySelectorAll('.report-name__outlet')].map((o) =>
            (o.textContent ?? '').trim(),
          ),
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      null,
    );
  }

  /** Whether an outlet's name appears anywhere in the popup. */
  async showsOutlet(name: string): Promise<boolean> {
    return this.page.evaluate((n: string) => (document.body.textContent ?? '').includes(n), name);
  }

  /** Whether the popup links to this address (a source it compares with). */
  async linksTo(url: string): Promise<boolean> {
    return this.page.evaluate(
      (u: string) =>
        [...document.querySelectorAll('a[href]')].some(
          (a) => (a as HTMLAnchorElement).href.split('#')[0] === u,
        ),
      url,
    );
  }

  async text(): Promise<string> {
    return this.page.evaluate(() => (document.body.innerText ?? '').replace(/\s+/g, ' '), null);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
