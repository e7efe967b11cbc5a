/**
 * Stand-in for linkedom's CSS parser in the extension build. Article
 * analysis never reads <style> sheets, and the real parser carries a direct
 * `eval` that has no place in an extension bundle. The CLI (Node) keeps the
 * real one.
 */
export function parse(): { cssRules: never[] } {
  return { cssRules: [] };
}
export default { parse };
