/** A JSON-LD node as found in the page; only the fields we read are typed. */
export type JsonLdNode = Record<string, unknown>;

/**
 * Every JSON-LD object of the page, with @graph arrays and top-level arrays
 * flattened. Broken JSON (common: trailing commas, raw newlines) is skipped.
 */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const node = v as JsonLdNode;
    out.push(node);
    if (Array.isArray(node['@graph'])) visit(node['@graph'], depth + 1);
  };
  // script[type*="ld+json" i], without a selector engine (linkedom's is slow on big pages).
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (!(s.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) continue;
    const raw = (s.textContent ?? '').trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      try {
        visit(JSON.parse(raw.replace(/[\n\r\t]/g, ' ').replace(/,\s*([}\]])/g, '$1')), 0);
      } catch {
        /* unreadable JSON-LD is ignored */
      }
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage|BlogPosting|LiveBlog/i;

/** JSON-LD nodes that describe an article, best first (NewsArticle before WebPage). */
export function articleNodes(nodes: JsonLdNode[]): JsonLdNode[] {
  const typeOf = (n: JsonLdNode): string => {
    const t = n['@type'];
    return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
  };
  const rank = (n: JsonLdNode): number => {
    const t = typeOf(n);
    if (/NewsArticle|ReportageNewsArticle|Article|BlogPosting|LiveBlogPosting/i.test(t)) return 0;
    if (ARTICLE_TYPES.test(t)) return 1;
    return 2;
  };
  return nodes.filter((n) => rank(n) < 2).sort((a, b) => rank(a) - rank(b));
}

/** A string field of a JSON-LD node (first one when it is an array, `name` when it is an object). */
export function ldString(node: JsonLdNode | undefined, key: string): string | null {
  if (!node) return null;
  let v = node[key];
  if (Array.isArray(v)) v = v[0];
  if (v && typeof v === 'object') v = (v as JsonLdNode)['name'];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}
