/**
 * Rewrites of linkedom applied where the CLI bundles it (scripts/run-crosscheck.mjs):
 * each removes work the analysis never needs and leaves every DOM result the
 * same. Same shape and the same exactly-once check as html-sink-rewrites.ts,
 * so a linkedom upgrade that moves a snippet fails the build for review.
 * Reviewed against linkedom 0.18.14.
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
]);
