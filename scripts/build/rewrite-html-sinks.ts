/**
 * A Vite plugin that applies HTML_SINK_REWRITES to bundled third-party
 * modules, failing the build when an expected snippet is missing.
 */
import type { Plugin } from 'vite';
import { HTML_SINK_REWRITES, type SinkRewrite } from './html-sink-rewrites';

/** Module ids use the platform's separators and may carry a `?query`. */
function normaliseId(id: string): string {
  return id.split('?')[0]!.replaceAll('\\', '/');
}

function countMatches(code: string, find: string | RegExp): number {
  if (typeof find === 'string') return code.split(find).length - 1;
  return [...code.matchAll(find)].length;
}

/**
 * Applies every rule whose module is `id`. Returns null when no rule is for
 * this module; throws when a rule's snippet does not occur exactly once.
 *
 * @example
 * applySinkRewrites('/x/node_modules/linkedom/esm/interface/element.js', source)
 */
export function applySinkRewrites(
  id: string,
  code: string,
  rules: readonly SinkRewrite[] = HTML_SINK_REWRITES,
): string | null {
  const path = normaliseId(id);
  const mine = rules.filter((r) => path.endsWith(r.module));
  if (mine.length === 0) return null;
  let out = code;
  for (const rule of mine) {
    if (rule.find instanceof RegExp && !rule.find.global) {
      throw new Error(`html sink rule for ${rule.module}: a RegExp needs the g flag`);
    }
    const found = countMatches(out, rule.find);
    if (found !== 1) {
      throw new Error(
        `html sink rewrite: expected exactly one ${String(rule.find)} in ${rule.module}, found ${found}. ` +
          'The dependency changed: review the new code and update scripts/build/html-sink-rewrites.ts.',
      );
    }
    out =
      typeof rule.find === 'string'
        ? out.replace(rule.find, () => rule.replace)
        : out.replace(rule.find, rule.replace);
  }
  return out;
}

/** Vite plugin: `vite: () => ({ plugins: [rewriteHtmlSinks()] })` in wxt.config.ts. */
export function rewriteHtmlSinks(rules: readonly SinkRewrite[] = HTML_SINK_REWRITES): Plugin {
  return {
    name: 'crosscheck:rewrite-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const rewritten = applySinkRewrites(id, code, rules);
      // No source map: the rewrites are one-line and the modules are minified or
      // third-party; line numbers are kept (only the import rule adds a line).
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
