/**
 * The CLI bundle rewrites parts of linkedom (and one test of Readability's)
 * for speed (scripts/build/linkedom-speed-rewrites.ts): the per-node
 * listener map is made on first use, upper-case tag names are remembered,
 * selectors that are lists of tag names skip css-select, and elements
 * without a style attribute skip the inline-style object. These tests prove each rule still
 * finds its snippet in the installed linkedom and that the rewritten DOM
 * answers as upstream: listeners added, dispatched, removed, and harmless on
 * nodes that never had one; the same elements, in the same order, for tag,
 * tag-list and other selectors in HTML and XML documents.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LINKEDOM_SPEED_REWRITES } from '../../../scripts/build/linkedom-speed-rewrites';
import { applySinkRewrites } from '../../../scripts/build/rewrite-html-sinks';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MODULE = '/node_modules/linkedom/esm/interface/event-target.js';
const source = readFileSync(path.join(ROOT, MODULE.slice(1)), 'utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-lazy-listeners-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Target {
  addEventListener(type: string, fn: (e: unknown) => void, options?: unknown): void;
  removeEventListener(type: string, fn: (e: unknown) => void): void;
  dispatchEvent(e: unknown): boolean;
}

/** The installed module with the rules applied, loaded on its own (it imports nothing). */
async function rewrittenEventTarget(): Promise<new () => Target> {
  const code = applySinkRewrites(path.join(ROOT, MODULE.slice(1)), source, LINKEDOM_SPEED_REWRITES);
  const file = path.join(dir, 'event-target.mjs');
  writeFileSync(file, code!);
  const mod = (await import(pathToFileURL(file).href)) as { EventTarget: new () => Target };
  return mod.EventTarget;
}

function event(type: string): Record<string, unknown> {
  return { type, _path: [], bubbles: false, CAPTURING_PHASE: 1, AT_TARGET: 2, NONE: 0 };
}

describe('linkedom speed rewrites', () => {
  it('apply cleanly to the installed linkedom, each rule once, and explain themselves', () => {
    expect(/^import /m.test(source)).toBe(false);
    const out = applySinkRewrites(
      path.join(ROOT, MODULE.slice(1)),
      source,
      LINKEDOM_SPEED_REWRITES,
    );
    expect(out).not.toBeNull();
    expect(out).not.toContain('wm.set(this, new Map);');
    for (const rule of LINKEDOM_SPEED_REWRITES) expect(rule.why.length).toBeGreaterThan(40);
  });

  it('keep listeners working: added, called, removed', async () => {
    const EventTarget = await rewrittenEventTarget();
    const t = new EventTarget();
    const seen: unknown[] = [];
    const fn = (e: unknown): void => void seen.push((e as { type: string }).type);
    t.addEventListener('ping', fn);
    t.dispatchEvent(event('ping'));
    t.dispatchEvent(event('other'));
    t.removeEventListener('ping', fn);
    t.dispatchEvent(event('ping'));
    expect(seen).toEqual(['ping']);
  });

  it('leave a node that never had a listener harmless to dispatch on and remove from', async () => {
    const EventTarget = await rewrittenEventTarget();
    const t = new EventTarget();
    expect(() => t.removeEventListener('ping', () => undefined)).not.toThrow();
    expect(t.dispatchEvent(event('ping'))).toBe(true);
  });
});

type Bundled = typeof import('linkedom') & {
  Readability: typeof import('@mozilla/readability').Readability;
};

/** linkedom and Readability bundled with the rules applied (as the CLI bundles them), or untouched. */
async function bundledLinkedom(rewrite: boolean): Promise<Bundled> {
  const { build } = await import('esbuild');
  const file = path.join(dir, rewrite ? 'linkedom-rewritten.mjs' : 'linkedom-stock.mjs');
  await build({
    stdin: {
      contents: "export * from 'linkedom'; export { Readability } from '@mozilla/readability';",
      resolveDir: ROOT,
      loader: 'js',
    },
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    plugins: [
      {
        name: 'rewrite',
        setup(b) {
          b.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, (args) => {
            const code = readFileSync(args.path, 'utf8');
            const out = rewrite
              ? applySinkRewrites(args.path, code, LINKEDOM_SPEED_REWRITES)
              : null;
            return { contents: out ?? code, loader: 'js' };
          });
        },
      },
    ],
  });
  // The rules were applied (else both copies would trivially agree).
  expect(readFileSync(file, 'utf8').includes('tagListMatcher')).toBe(rewrite);
  return (await import(pathToFileURL(file).href)) as Bundled;
}

const PAGE = `<!DOCTYPE html><html><head><title>T</title><meta name="a" content="1"><link rel="canonical" href="https://x.test/1"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Head</h1><P class="lead">One <b>two</b></P><section><p>Three</p><pre>code</pre>
<my-widget data-x="1"><p>inside</p></my-widget><svg viewBox="0 0 1 1"><rect width="1"/><foreignObject><p>f</p></foreignObject></svg>
<template><p>not a child</p></template><table><tr><td>cell</td><th>head</th></tr></table>
<ul><li>a</li><li>b <span>c</span></li></ul><DIV id="up">Upper</DIV><h6>six</h6><noscript><img src="a.png"></noscript>
</section></article></main><footer><p>foot</p></footer></body></html>`;

/** Each element as its position among all the document's elements, so two documents compare. */
function positions(doc: Document, found: Iterable<Element>): number[] {
  const order = new Map<Element, number>();
  let i = 0;
  const walk = (el: Element): void => {
    order.set(el, i++);
    for (const c of Array.from(el.children)) walk(c);
  };
  walk(doc.documentElement);
  return Array.from(found, (el) => order.get(el) ?? -1);
}

describe('linkedom speed rewrites for element lookups', () => {
  const SELECTORS = [
    'p',
    'P',
    'p,pre',
    ' div , section,header,h1,h2,h3,h4,h5,h6,p,td,pre ',
    'DIV',
    'my-widget',
    'MY-WIDGET',
    'rect',
    'foreignObject',
    'foreignobject',
    'li,span',
    'template',
    'noscript,img',
    'p.lead',
    'main p',
    '#up',
    'meta[name="a"]',
    'link[rel="canonical" i]',
    '*',
    'td, th, b',
  ];
  const TAGS = [
    'p',
    'P',
    'div',
    'DIV',
    'my-widget',
    'MY-WIDGET',
    'svg',
    'rect',
    'foreignObject',
    'li',
    '*',
  ];

  it('give the same elements, in the same order, as stock linkedom', async () => {
    const [stock, fast] = await Promise.all([bundledLinkedom(false), bundledLinkedom(true)]);
    const a = stock.parseHTML(PAGE).document as unknown as Document;
    const b = fast.parseHTML(PAGE).document as unknown as Document;
    for (const root of ['documentElement', 'body'] as const) {
      for (const s of SELECTORS) {
        const want = positions(a, a[root].querySelectorAll(s));
        expect(positions(b, b[root].querySelectorAll(s)), s).toEqual(want);
        expect(positions(b, [b[root].querySelector(s)].filter(Boolean) as Element[]), s).toEqual(
          positions(a, [a[root].querySelector(s)].filter(Boolean) as Element[]),
        );
      }
      for (const t of TAGS) {
        expect(positions(b, b[root].getElementsByTagName(t)), t).toEqual(
          positions(a, a[root].getElementsByTagName(t)),
        );
      }
    }
    // The same selectors again after the documents change: nothing found before is remembered.
    for (const d of [a, b]) {
      d.querySelector('section p')!.setAttribute('class', 'lead');
      d.getElementById('up')!.remove();
      d.body.appendChild(d.createElement('pre')).setAttribute('id', 'up');
    }
    for (const s of SELECTORS) {
      expect(positions(b, b.querySelectorAll(s)), `${s} after changes`).toEqual(
        positions(a, a.querySelectorAll(s)),
      );
    }
    expect(b.querySelectorAll('p.lead').length).toBe(2);
    // At least the common cases find something, so the comparison is not between empty lists.
    expect(b.querySelectorAll('p,pre').length).toBeGreaterThan(4);
    expect(b.getElementsByTagName('li').length).toBe(2);
    const names = (d: Document): string[] =>
      Array.from(d.querySelectorAll('*'), (el) => `${el.tagName}/${el.nodeName}/${el.localName}`);
    expect(names(b)).toEqual(names(a));
    expect(names(b)).toContain('MY-WIDGET/MY-WIDGET/my-widget');
  });

  it('give parsed class attributes the same value, className and classList as stock linkedom', async () => {
    const [stock, fast] = await Promise.all([bundledLinkedom(false), bundledLinkedom(true)]);
    const html =
      '<!DOCTYPE html><html><body><p class="  a  b a\tc\n">1</p><p class="">2</p><p class="   ">3</p>' +
      '<div class="x"><span class="y y">4</span></div><p>5</p></body></html>';
    const a = stock.parseHTML(html).document as unknown as Document;
    const b = fast.parseHTML(html).document as unknown as Document;
    const state = (d: Document): unknown[] =>
      Array.from(d.body.querySelectorAll('*'), (el) => [
        el.getAttributeNode('class')?.value ?? null,
        el.getAttribute('class'),
        el.className,
        [...el.classList],
        el.classList.contains('a'),
        el.outerHTML,
      ]);
    expect(state(b)).toEqual(state(a));
    expect((b.body.firstElementChild as Element).getAttribute('class')).toBe('a b c');
    for (const d of [a, b]) {
      const p = d.body.firstElementChild as Element;
      p.classList.add('d');
      p.classList.remove('a');
      d.body.lastElementChild!.setAttribute('class', 'q  q r');
      d.querySelector('span')!.removeAttribute('class');
    }
    expect(state(b)).toEqual(state(a));
    expect(b.body.innerHTML).toBe(a.body.innerHTML);
  });

  it("give Readability's visibility test the same answers (inline styles that hide or not)", async () => {
    const [stock, fast] = await Promise.all([bundledLinkedom(false), bundledLinkedom(true)]);
    const para = (n: number): string =>
      `<p>Paragraph ${n} of the story runs on with enough words, commas, and length to count as prose for the extractor, again and again.</p>`;
    const html =
      '<!DOCTYPE html><html><head><title>A story</title></head><body><div id="story">' +
      [1, 2, 3].map(para).join('') +
      `<div style="display:none">${para(4)}</div>` +
      `<div style="color: red; visibility : hidden">${para(5)}</div>` +
      `<div style="DISPLAY: none">${para(6)}</div>` +
      `<div style="">${para(7)}</div>` +
      `<div style="display: block; display: none">${para(8)}</div>` +
      `<div hidden>${para(9)}</div>` +
      `<div aria-hidden="true">${para(10)}</div>` +
      [11, 12].map(para).join('') +
      '</div></body></html>';
    const read = (lib: Bundled): string | null | undefined =>
      new lib.Readability(lib.parseHTML(html).document as unknown as Document).parse()?.textContent;
    const want = read(stock);
    expect(want).toContain('Paragraph 12');
    expect(want).not.toContain('Paragraph 4 ');
    expect(read(fast)).toBe(want);
  });

  it('leave XML documents case-sensitive, as stock linkedom', async () => {
    const [stock, fast] = await Promise.all([bundledLinkedom(false), bundledLinkedom(true)]);
    const xml = '<root><Item>a</Item><item>b</item><ITEM>c</ITEM></root>';
    const a = new stock.DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
    const b = new fast.DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
    for (const s of ['item', 'Item', 'ITEM', 'item,Item']) {
      expect(
        Array.from(b.querySelectorAll(s), (e) => e.textContent),
        s,
      ).toEqual(Array.from(a.querySelectorAll(s), (e) => e.textContent));
      expect(
        Array.from(b.getElementsByTagName(s), (e) => e.tagName),
        s,
      ).toEqual(Array.from(a.getElementsByTagName(s), (e) => e.tagName));
    }
    expect(b.querySelectorAll('item').length).toBe(1);
  });
});
