/**
 * Wiring for the popup's "mark disputed figures" setting: reads the
 * reader's preference and saves changes (the page follows storage, so
 * saving is enough). The setting's state lives here, not in the popup's
 * App, so that its answer, which often arrives after the page's view,
 * re-renders this one checkbox instead of the whole comparison.
 */
import { useEffect, useState } from 'preact/hooks';
import { HighlightToggle } from '../../components/HighlightToggle';
import { getPrefs, prefsItem, savePrefs } from '../../lib/store/prefs';

/** The setting as read when the popup opened (null until read), asked for while the page's view is awaited. */
let opened: boolean | null = null;
const reading = getPrefs().then(
  (p) => (opened = p.highlight),
  () => (opened = true),
);

export function HighlightToggleLive() {
  // Usually read already: the checkbox then shows the setting in its first frame.
  const [highlight, setHighlight] = useState<boolean | null>(opened);
  useEffect(() => {
    void reading.then((on) => setHighlight((now) => now ?? on));
    return prefsItem.watch(() => void getPrefs().then((p) => setHighlight(p.highlight)));
  }, []);
  const change = (on: boolean) => {
    setHighlight(on);
    void getPrefs()
      .then((p) => savePrefs({ ...p, highlight: on }))
      .catch(() => undefined);
  };
  return <HighlightToggle checked={highlight} onChange={change} />;
}
