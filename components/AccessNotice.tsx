export interface AccessNoticeProps {
  /**
   * `page`: the options page's notice, with the button that asks for access.
   * `line`: one short line for the popup, linking to the options page.
   */
  variant?: 'page' | 'line';
  /** Asks for the news sites' permission; must call `permissions.request` synchronously. */
  onAllow?: () => void;
  /** Where the popup's line sends the reader (the options page). */
  optionsHref?: string;
}

/**
 * Shown when the reader (or the browser) withheld Crosscheck's access to the
 * listed news sites: Firefox lets readers withdraw "Access your data for
 * sites" from the add-ons manager at any time, and Chrome has "Site access".
 * Without it nothing lights up on news pages and feeds cannot be fetched, so
 * the reader is told what stops working and offered the way back.
 *
 * @example
 * <AccessNotice onAllow={() => browser.permissions.request({ origins })} />
 */
export function AccessNotice({ variant = 'page', onAllow, optionsHref }: AccessNoticeProps) {
  if (variant === 'line') {
    return (
      <p class="warning access-notice access-notice--line" data-access="missing">
        Crosscheck has no access to news sites in this browser, so it cannot read their pages.{' '}
        <a href={optionsHref ?? '/options.html'} target="_blank" rel="noopener">
          Allow access in Options
        </a>
      </p>
    );
  }
  return (
    <section
      class="warning access-notice"
      data-access="missing"
      aria-labelledby="access-notice-title"
    >
      <h2 id="access-notice-title" class="access-notice__title">
        Crosscheck cannot read news sites
      </h2>
      <p>
        Access to the news sites in your sources has been turned off for Crosscheck (in the
        browser's add-on or site access settings). Until it is allowed again:
      </p>
      <ul>
        <li>
          the Crosscheck icon will not light up on news pages, and their figures are not read;
        </li>
        <li>feeds cannot be refreshed, so no new reports arrive for comparison.</li>
      </ul>
      <p>
        <button type="button" class="button button--primary" onClick={onAllow}>
          Allow access to news sites
        </button>
      </p>
    </section>
  );
}
