/**
 * The page side of the marks: finds each disputed figure's phrase in the
 * article and keeps one highlight per kind registered under a `crosscheck-`
 * name (CSS Custom Highlight API). Nothing in the page's DOM changes: a
 * highlight is a list of ranges the browser paints over, so there is no
 * layout shift either.
 *
 * The registry and the Highlight constructor are passed in, so this runs
 * against the extension's own copies (an isolated world, where a page script
 * that overwrites `CSS.highlights` or `Highlight` cannot reach) and against
 * fakes in tests.
 */
import { HIGHLIGHT_NAMES, type MarkKind } from './mark-config';
import { findPhraseRange } from './locate-phrase';

/** What the page side needs of a mark (lib/page/plan-marks.ts PageMark). */
export interface MarkTarget {
  kind: MarkKind;
  phrase: string;
  sentence: string;
}

export interface HighlightLike {
  add(range: Range): unknown;
}

export interface HighlightRegistryLike {
  set(name: string, highlight: never): unknown;
  delete(name: string): unknown;
}

export interface MarkerDeps {
  doc: Document;
  registry: HighlightRegistryLike;
  newHighlight(): HighlightLike;
}

export interface PlacedMark<M extends MarkTarget> {
  mark: M;
  range: Range;
}

export interface Marker<M extends MarkTarget> {
  /** Replaces every mark; returns how many were found in the page. */
  set(marks: readonly M[]): number;
  /** Turns marks on or off (off removes every highlight at once; the marks are kept). */
  setEnabled(on: boolean): void;
  /**
   * Looks for the marks not (or no longer) shown in `nodes`, nodes the page
   * added since: a live page adds paragraphs, or re-renders one. Only these
   * subtrees are searched, never the whole page again.
   * @returns how many marks were found there.
   */
  added(nodes: readonly Node[]): number;
  /** Marks that still wait for their phrase to appear (or reappear). */
  pending(): number;
  /** Marks given, found or not. */
  size(): number;
  /** The shown mark at a point of the page (a caret position), if any. */
  at(node: Node, offset: number): PlacedMark<M> | null;
  /** The shown mark that a range (a selection) falls on, if any. */
  overlapping(range: Range): PlacedMark<M> | null;
  /** The marks found in the page, in the order they were given. */
  shown(): PlacedMark<M>[];
  enabled(): boolean;
}

const KINDS = Object.keys(HIGHLIGHT_NAMES) as MarkKind[];
const TEXT_NODE = 3;

/**
 * @example
 * const marker = createMarker({ doc: document, registry: CSS.highlights, newHighlight: () => new Highlight() });
 * marker.set(marks);
 */
export function createMarker<M extends MarkTarget>(deps: MarkerDeps): Marker<M> {
  const { doc, registry } = deps;
  let marks: M[] = [];
  let ranges: (Range | null)[] = [];
  let on = true;

  /** A range whose text was removed from the page collapses: the mark is then pending again. */
  const live = (r: Range | null): r is Range =>
    r !== null && !r.collapsed && r.startContainer.isConnected;

  function paint() {
    for (const kind of KINDS) {
      const name = HIGHLIGHT_NAMES[kind];
      const mine = on ? ranges.filter((r, i) => live(r) && marks[i]!.kind === kind) : [];
      if (mine.length === 0) {
        registry.delete(name);
        continue;
      }
      const highlight = deps.newHighlight();
      for (const r of mine) highlight.add(r as Range);
      registry.set(name, highlight as never);
    }
  }

  const find = (m: M, root: Node | null): Range | null => {
    try {
      return findPhraseRange(doc, m.sentence, m.phrase, root);
    } catch {
      return null;
    }
  };

  return {
    set(next) {
      marks = [...next];
      ranges = marks.map((m) => find(m, doc.body));
      paint();
      return ranges.filter(live).length;
    },
    setEnabled(value) {
      on = value;
      paint();
    },
    added(nodes) {
      const waiting = marks.map((_, i) => i).filter((i) => !live(ranges[i] ?? null));
      if (waiting.length === 0) return 0;
      // Text added on its own is searched within its parent (a walker never yields its root).
      const roots = new Set<Node>();
      for (const n of nodes) {
        const root = n.nodeType === TEXT_NODE ? n.parentNode : n;
        if (root && root.isConnected) roots.add(root);
      }
      let found = 0;
      for (const i of waiting) {
        for (const root of roots) {
          const r = find(marks[i]!, root);
          if (r) {
            ranges[i] = r;
            found++;
            break;
          }
        }
      }
      if (found > 0) paint();
      return found;
    },
    pending: () => marks.filter((_, i) => !live(ranges[i] ?? null)).length,
    size: () => marks.length,
    at(node, offset) {
      for (let i = 0; i < marks.length; i++) {
        const r = ranges[i] ?? null;
        if (!live(r)) continue;
        try {
          if (r.isPointInRange(node, offset)) return { mark: marks[i]!, range: r };
        } catch {
          // A point in another document or a doctype: not on a mark.
        }
      }
      return null;
    },
    overlapping(range) {
      for (let i = 0; i < marks.length; i++) {
        const r = ranges[i] ?? null;
        if (!live(r)) continue;
        try {
          // Two ranges overlap when one of them starts inside the other.
          if (
            r.isPointInRange(range.startContainer, range.startOffset) ||
            range.isPointInRange(r.startContainer, r.startOffset)
          )
            return { mark: marks[i]!, range: r };
        } catch {
          // Ranges of different documents never overlap.
        }
      }
      return null;
    },
    shown: () =>
      marks.flatMap((mark, i) => {
        const range = ranges[i] ?? null;
        return live(range) ? [{ mark, range }] : [];
      }),
    enabled: () => on,
  };
}
