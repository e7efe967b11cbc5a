/** What Crosscheck keeps, and what never leaves the browser. */
export function PrivacyNote() {
  return (
    <ul class="privacy">
      <li>
        Nothing you browse leaves your browser. Pages are read on your computer, and Crosscheck has
        no server.
      </li>
      <li>
        Feeds are fetched directly from the outlets you list, without cookies, like a feed reader
        would.
      </li>
      <li>
        Reports are stored locally in your browser (IndexedDB) and can be cleared above at any time.
      </li>
      <li>
        Discovery, if you turn it on, sends only fixed conflict keywords to GDELT, never your pages
        or history.
      </li>
    </ul>
  );
}
