/**
 * A Firefox profile folder with preferences set before launch. Puppeteer
 * rewrites user.js with its own preferences but keeps prefs.js, which
 * Firefox reads first: so test-only preferences go there.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeProfileDir } from './harness';

/**
 * Without a doorhanger to answer, `permissions.request` would wait forever
 * in a headless browser; with prompts off, Firefox grants a request made
 * during a user gesture at once (still refusing one made without).
 */
export const NO_PERMISSION_PROMPTS = Object.freeze({
  'extensions.webextOptionalPermissionPrompts': false,
});

/** A new profile folder (remove it with `removeProfile`) holding `prefs`. */
export function firefoxProfileWith(
  prefs: Readonly<Record<string, string | number | boolean>>,
): string {
  const dir = makeProfileDir();
  const lines = Object.entries(prefs).map(
    ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`,
  );
  writeFileSync(path.join(dir, 'prefs.js'), `${lines.join('\n')}\n`);
  return dir;
}
