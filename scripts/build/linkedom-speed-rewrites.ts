/**
 * Rewrites of linkedom (and of one Readability test that is slow on it)
 * applied where the CLI bundles them (scripts/run-crosscheck.mjs): each
 * removes work the analysis never needs and leaves every DOM result the
 * same. Same shape and the same exactly-once check as html-sink-rewrites.ts,
 * so an upgrade that moves a snippet fails the build for review. Reviewed
 * against linkedom 0.18.14 and @mozilla/readability 0.6.0.
 */
import type { SinkRewrite } from './html-sink-rewrites';

export const LINKEDOM_SPEED_REWRITES: readonly SinkRewrite[] = Object.freeze([
  {
    module: '/node_modules/linkedom/esm/interface/event-target.js',
    why:
      'Every node (each element, text and attribute of a parsed page) registered an empty ' +
      'listener map in a WeakMap when constructed: about a sixth of the CLI time went to it and ' +
      'its garbage. The map is now made on the first addEventListener; nodes without listeners ' +
      'have none, which dispatch already allows for.',
    find: 'constructor() {\n    wm.set(this, new Map);\n  }',
    replace: 'constructor() {}',
  },
  {
    module: '/node_modules/linkedom/esm/interface/event-target.js',
    why: 'addEventListener creates the map it used to find ready.',
    find: '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    replace:
      '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map()));\n',
  },
  {
    module: '/node_modules/linkedom/esm/interface/event-target.js',
    why: 'removeEventListener on a node that never had a listener does nothing.',
    find: '    const map = wm.get(this);\n    if (map.has(type)) {',
    replace: '    const map = wm.get(this);\n    if (map && map.has(type)) {',
  },
  {
    module: '/node_modules/linkedom/esm/shared/utils.js',
    why:
      'tagName and nodeName upper-case the local name on every read, and getElementsByTagName ' +
      'does it for every element it passes: Readability reads tagName at almost every node. ' +
      'The upper-case form of each local name is now made once and remembered (a few dozen ' +
      'distinct names per page; the table stops growing at 2,000).',
    find: '  return ownerDocument[MIME].ignoreCase ? localName.toUpperCase() : localName;',
    replace:
      '  if (!ownerDocument[MIME].ignoreCase) return localName;\n' +
      '  let upper = UPPER_NAMES.get(localName);\n' +
      '  if (upper === undefined) {\n' +
      '    upper = localName.toUpperCase();\n' +
      '    if (UPPER_NAMES.size < 2000) UPPER_NAMES.set(localName, upper);\n' +
      '  }\n' +
      '  return upper;',
  },
  {
    module: '/node_modules/linkedom/esm/shared/utils.js',
    why: 'The table of upper-case names for the rule above, one per loaded bundle.',
    find: 'export const localCase = ',
    replace: 'const UPPER_NAMES = new Map;\nexport const localCase = ',
  },
  {
    module: '/node_modules/linkedom/esm/shared/matches.js',
    why:
      'querySelector(All) compiled its selector with css-select on every call, and a list of ' +
      'tag names ("p,pre,div,…", what Readability asks for dozens of times per page) became ' +
      'one name comparison per listed tag per element. In an HTML document such a selector ' +
      'matches exactly the elements whose lower-cased local name is in the list (css-select ' +
      'lower-cases both sides there), so it is now one set lookup. Other selectors without ' +
      'pseudo-classes (tags, classes, ids, attributes, combinators) are compiled once per ' +
      'selector string and document kind: css-select keeps no per-element state in those (its ' +
      'result caches serve only :has, :contains and the like). Selectors with a pseudo-class ' +
      'are compiled on every call, as before.',
    find:
      'export const prepareMatch = (element, selectors) => CSSselect.compile(\n' +
      '  selectors,\n' +
      '  {\n' +
      "    context: selectors.includes(':scope') ? element : void 0,\n" +
      '    xmlMode: !ignoreCase(element),\n' +
      '    adapter\n' +
      '  }\n' +
      ');\n',
    replace:
      'const compileNow = (element, selectors) => CSSselect.compile(\n' +
      '  selectors,\n' +
      '  {\n' +
      "    context: selectors.includes(':scope') ? element : void 0,\n" +
      '    xmlMode: !ignoreCase(element),\n' +
      '    adapter\n' +
      '  }\n' +
      ');\n' +
      'const TAG_LIST = /^\\s*[a-zA-Z][a-zA-Z0-9-]*(?:\\s*,\\s*[a-zA-Z][a-zA-Z0-9-]*)*\\s*$/;\n' +
      'const MAX_REMEMBERED = 500;\n' +
      'const remembered = new Map;\n' +
      'const tagListMatcher = selectors => {\n' +
      "  const names = new Set(selectors.split(',').map(name => name.trim().toLowerCase()));\n" +
      '  return element => isTag(element) && names.has(getName(element));\n' +
      '};\n' +
      'export const prepareMatch = (element, selectors) => {\n' +
      "  if (selectors.includes(':')) return compileNow(element, selectors);\n" +
      '  const html = ignoreCase(element);\n' +
      "  const key = (html ? 'h' : 'x') + selectors;\n" +
      '  let match = remembered.get(key);\n' +
      '  if (match === undefined) {\n' +
      '    match = html && TAG_LIST.test(selectors) ? tagListMatcher(selectors) : compileNow(element, selectors);\n' +
      '    if (remembered.size < MAX_REMEMBERED) remembered.set(key, match);\n' +
      '  }\n' +
      '  return match;\n' +
      '};\n',
  },
  {
    module: '/node_modules/linkedom/esm/shared/parse-from-string.js',
    why:
      'Parsing a class attribute set className, which built a classList (a Set of the tokens) ' +
      'for every element with a class, only to write the tokens back into the attribute, ' +
      'space-joined and without repeats. The attribute now gets that same value through the same ' +
      'setter, and the classList is made when first asked for, from the attribute, as it already ' +
      'is for cloned elements.',
    find: "  if (attribute.name === 'class')\n    element.className = value;",
    replace:
      "  if (attribute.name === 'class') {\n" +
      '    const tokens = new Set;\n' +
      '    for (const token of String(value).split(/\\s+/))\n' +
      '      if (token) tokens.add(token);\n' +
      "    attribute.value = [...tokens].join(' ');\n" +
      '  }',
  },
  {
    module: '/node_modules/@mozilla/readability/Readability.js',
    why:
      "Readability asks every element's inline style whether it hides the element, and on " +
      'linkedom each first .style read builds a style object (a Map behind a Proxy) and each ' +
      'property read re-parses the attribute. An element without a style attribute has no ' +
      'inline display or visibility (setting one through .style writes the attribute), so the ' +
      'answer for it is known without the object; elements with the attribute are asked as before.',
    find:
      '      (!node.style || node.style.display != "none") &&\n' +
      '      (!node.style || node.style.visibility != "hidden") &&\n',
    replace:
      '      (!node.hasAttribute("style") ||\n' +
      '        ((!node.style || node.style.display != "none") &&\n' +
      '          (!node.style || node.style.visibility != "hidden"))) &&\n',
  },
]);
