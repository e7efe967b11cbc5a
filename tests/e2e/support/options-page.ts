/**
 * The options page as a test sees it, in either browser. Controls are
 * found by their visible labels and button texts, as a reader finds them.
 */
import type { Harness } from './harness';
import type { UiPage } from './ui-page';

export interface SourceRowView {
  domain: string;
  name: string;
  /** The health line's state class (ok, failing, idle …), if any. */
  health: string | null;
  /** The last error shown for this source, or null. */
  error: string | null;
  text: string;
}

export interface NewSource {
  name?: string;
  domain: string;
  feed?: string;
}

export class OptionsPage {
  private constructor(readonly page: UiPage) {}

  static async open(harness: Harness): Promise<OptionsPage> {
    const options = new OptionsPage(await harness.openExtensionPage('options.html'));
    await options.waitForSources();
    return options;
  }

  async waitForSources(): Promise<void> {
    await this.page.waitFor(() => document.querySelectorAll('[data-domain]').length > 0, null, {
      message: 'the options page to list sources',
    });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForSources();
  }

  /** Types into the field labelled `label` the way a reader would (input events). */
  async fill(label: string, value: string): Promise<void> {
    const found = await this.page.evaluate(
      ({ label, value }: { label: string; value: string }) => {
        const byText = [...document.querySelectorAll('label')].find(
          (l) => (l.textContent ?? '').trim() === label,
        );
        const control =
          (byText?.htmlFor
            ? document.getElementById(byText.htmlFor)
            : byText?.querySelector('input, textarea')) ?? null;
        if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement))
          return false;
        control.focus();
        const proto =
          control instanceof HTMLInputElement
            ? HTMLInputElement.prototype
            : HTMLTextAreaElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, value);
        control.dispatchEvent(new Event('input', { bubbles: true }));
        control.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      { label, value },
    );
    if (!found) throw new Error(`no field labelled "${label}"`);
  }

  /** Clicks the (first enabled) button whose text is `text`. */
  async click(text: string): Promise<void> {
    const clicked = await this.page.evaluate((t: string) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim() === t && !b.disabled,
      );
      button?.click();
      return button !== undefined;
    }, text);
    if (!clicked) throw new Error(`no enabled button "${text}"`);
  }

  async addSource(source: NewSource): Promise<void> {
    if (source.name !== undefined) await this.fill('Outlet name', source.name);
    await this.fill('Domain', source.domain);
    if (source.feed !== undefined) await this.fill('Feed URL', source.feed);
    await this.click('Add source');
  }

  /** Texts of everything shown with role="alert". */
  async errors(): Promise<string[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('[role="alert"]')]
          .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      null,
    );
  }

  async rows(): Promise<SourceRowView[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-domain]')].map((row) => {
          const health = row.querySelector('[class*="health--"]');
          const state = health ? (/health--([a-z-]+)/.exec(health.className)?.[1] ?? null) : null;
          const error = row.querySelector('.health__error, [data-error], .error');
          return {
            domain: row.dataset.domain ?? '',
            name: (row.querySelector('h3, h2, [class*="name"]')?.textContent ?? '')
              .replace('★', '')
              .trim(),
            health: state,
            error: error
              ? (error.textContent ?? '').replace(/^\s*Last error:\s*/, '').trim() || null
              : null,
            text: (row.textContent ?? '').replace(/\s+/g, ' ').trim(),
          };
        }),
      null,
    );
  }

  async row(domain: string): Promise<SourceRowView | undefined> {
    return (await this.rows()).find((r) => r.domain === domain);
  }

  /** Presses "Refresh now", first waiting out a refresh already running (install starts one). */
  async refreshNow(timeout = 120_000): Promise<void> {
    await this.page.waitFor(
      () =>
        [...document.querySelectorAll('button')].some(
          (b) => (b.textContent ?? '').trim() === 'Refresh now' && !b.disabled,
        ),
      null,
      { timeout, message: 'an enabled "Refresh now" button' },
    );
    await this.click('Refresh now');
  }

  /** Chooses a file in the "Import settings…" picker (no dialog: the file is set directly). */
  async importFile(name: string, content: string): Promise<void> {
    const done = await this.page.evaluate(
      ({ name, content }: { name: string; content: string }) => {
        const input = document.querySelector<HTMLInputElement>('input[type="file"]');
        if (!input) return false;
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      { name, content },
    );
    if (!done) throw new Error('no file input for importing settings');
  }

  /** The text of the notice shown when the listed news sites' access is withdrawn, or null. */
  async accessNotice(): Promise<string | null> {
    return this.page.evaluate(
      () =>
        (document.querySelector('[data-access="missing"]')?.textContent ?? null)
          ?.replace(/\s+/g, ' ')
          .trim() ?? null,
      null,
    );
  }

  /** Waits until the access notice is shown (`true`) or gone (`false`). */
  async waitForAccessNotice(shown: boolean, timeout = 10_000): Promise<void> {
    await this.page.waitFor(
      (want: boolean) => (document.querySelector('[data-access="missing"]') !== null) === want,
      shown,
      { timeout, message: `the access notice to be ${shown ? 'shown' : 'gone'}` },
    );
  }

  /** Presses "Allow access to news sites" with a real click (a user gesture, which the request needs). */
  async allowAccess(): Promise<void> {
    await this.page.press('[data-access="missing"] button');
  }

  /**
   * Gives back the permissions for `origins` from this extension page, as the
   * reader does from the add-ons manager. Firefox lets an MV3 extension drop
   * its host permissions; Chrome refuses ("You cannot remove required
   * permissions"), which is returned as `error`.
   */
  async withdrawAccess(
    origins: readonly string[],
  ): Promise<{ removed: boolean; error: string | null }> {
    return this.page.evaluate(
      async (list: string[]) => {
        const g = globalThis as unknown as {
          browser?: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } };
          chrome: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } };
        };
        try {
          return {
            removed: await (g.browser ?? g.chrome).permissions.remove({ origins: list }),
            error: null,
          };
        } catch (e) {
          return { removed: false, error: String(e) };
        }
      },
      [...origins],
    );
  }

  /** Whether this extension holds all of `origins` now. */
  async holds(origins: readonly string[]): Promise<boolean> {
    return this.page.evaluate(
      (list: string[]) => {
        const g = globalThis as unknown as {
          browser?: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
          chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
        };
        return (g.browser ?? g.chrome).permissions.contains({ origins: list });
      },
      [...origins],
    );
  }

  screenshot(file: string): Promise<void> {
    return this.page.screenshot(file);
  }
}
