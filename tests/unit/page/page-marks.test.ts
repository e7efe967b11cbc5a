// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMarker, type HighlightLike } from '../../../lib/page/page-marks';
import { HIGHLIGHT_NAMES } from '../../../lib/page/mark-config';

/** A registry like CSS.highlights, holding plain lists of ranges. */
function fakeRegistry() {
  const entries = new Map<string, Range[]>();
  return {
    entries,
    texts: (name: string) => (entries.get(name) ?? []).map((r) => r.toString()),
    registry: {
      set: (name: string, h: never) => entries.set(name, (h as { ranges: Range[] }).ranges),
      delete: (name: string) => entries.delete(name),
    },
    newHighlight: (): HighlightLike & { ranges: Range[] } => {
      const ranges: Range[] = [];
      return { ranges, add: (r: Range) => ranges.push(r) };
    },
  };
}

/** A fresh document from our own fixture markup (parsed, not assigned as HTML). */
function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
  );
  return document;
}

const MARKS = [
  {
    kind: 'outlets' as const,
    phrase: 'at least 274 Afghan fighters',
    sentence: 'The army said at least 274 Afghan fighters were killed.',
  },
  { kind: 'parties' as const, phrase: '55 soldiers', sentence: 'Kabul said 55 soldiers died.' },
];

describe('createMarker', () => {
  it('registers one crosscheck- highlight per kind over the exact phrases', () => {
    const doc = page(
      '<p>The army said <b>at least 274</b> Afghan fighters were killed.</p><p>Kabul said 55 soldiers died.</p>',
    );
    const before = doc.body.textContent + String(doc.body.childNodes.length);
    const f = fakeRegistry();
    const marker = createMarker({ doc, registry: f.registry, newHighlight: f.newHighlight });
    expect(marker.set(MARKS)).toBe(2);
    expect(f.texts(HIGHLIGHT_NAMES.outlets)).toEqual(['at least 274 Afghan fighters']);
    expect(f.texts(HIGHLIGHT_NAMES.parties)).toEqual(['55 soldiers']);
    expect([...f.entries.keys()].every((n) => n.startsWith('crosscheck-'))).toBe(true);
    // No change to the page.
    expect(doc.body.textContent + String(doc.body.childNodes.length)).toBe(before);
    expect(doc.querySelectorAll('b').length).toBe(1);
  });

  it('removes every highlight at once when turned off, and brings them back', () => {
    const doc = page('<p>The army said at least 274 Afghan fighters were killed.</p>');
    const f = fakeRegistry();
    const marker = createMarker({ doc, registry: f.registry, newHighlight: f.newHighlight });
    marker.set(MARKS);
    marker.setEnabled(false);
    expect(f.entries.size).toBe(0);
    marker.setEnabled(true);
    expect(f.texts(HIGHLIGHT_NAMES.outlets)).toEqual(['at least 274 Afghan fighters']);
  });

  it('finds a pending phrase in a paragraph added later, searching only the added node', () => {
    const doc = page('<p>The army said at least 274 Afghan fighters were killed.</p>');
    const f = fakeRegistry();
    const marker = createMarker({ doc, registry: f.registry, newHighlight: f.newHighlight });
    marker.set(MARKS);
    expect(marker.pending()).toBe(1);
    const p = doc.createElement('p');
    p.textContent = 'Update: Kabul said 55 soldiers died.';
    doc.body.appendChild(p);
    expect(marker.added([p])).toBe(1);
    expect(marker.pending()).toBe(0);
    expect(f.texts(HIGHLIGHT_NAMES.parties)).toEqual(['55 soldiers']);
  });

  it('follows a paragraph the page re-renders (the old text removed, a new one added)', () => {
    const doc = page('<p id="a">The army said at least 274 Afghan fighters were killed.</p>');
    const f = fakeRegistry();
    const marker = createMarker({ doc, registry: f.registry, newHighlight: f.newHighlight });
    marker.set(MARKS.slice(0, 1));
    const old = doc.getElementById('a')!;
    const fresh = old.cloneNode(true) as HTMLElement;
    old.replaceWith(fresh);
    expect(marker.pending()).toBe(1);
    expect(marker.added([fresh])).toBe(1);
    expect(marker.shown()[0]!.range.toString()).toBe('at least 274 Afghan fighters');
  });

  it('marks nothing for an empty list and clears what was there', () => {
    const doc = page('<p>The army said at least 274 Afghan fighters were killed.</p>');
    const f = fakeRegistry();
    const marker = createMarker({ doc, registry: f.registry, newHighlight: f.newHighlight });
    marker.set(MARKS);
    expect(marker.set([])).toBe(0);
    expect(f.entries.size).toBe(0);
  });

  it('tells which mark a point or a selection falls on', () => {
    const doc = page('<p>The army said at least 274 Afghan fighters were killed.</p>');
    const f = fakeRegistry();
    const marker = createMarker({ doc, registry: f.registry, newHighlight: f.newHighlight });
    marker.set(MARKS);
    const text = doc.querySelector('p')!.firstChild!;
    expect(marker.at(text, 16)?.mark.phrase).toBe('at least 274 Afghan fighters');
    expect(marker.at(text, 2)).toBeNull();
    const selection = doc.createRange();
    selection.setStart(text, 20);
    selection.setEnd(text, 25);
    expect(marker.overlapping(selection)?.mark.kind).toBe('outlets');
  });
});
