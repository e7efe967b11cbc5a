import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { PopupBody } from '../../../components/PopupBody';

const html = readFileSync(
  new URL('../../../entrypoints/popup/index.html', import.meta.url),
  'utf8',
);

/** What the popup's page holds in #app before any script runs. */
function staticApp(page: string): string {
  const match = /<div id="app">([\s\S]*?)<\/div>\s*<script/.exec(page);
  if (!match) throw new Error('popup index.html has no #app before its script');
  // Formatting whitespace between tags is not content (the page is laid out by Prettier).
  return match[1]!.trim().replace(/>\s+</g, '><').replace(/\s+>/g, '>');
}

describe("the popup page's static loading state", () => {
  it('is exactly what the popup renders while it waits, so nothing moves when the script takes over', () => {
    const rendered = renderToString(
      <PopupBody view={null} onOpenOptions={() => undefined} onReadOnce={() => undefined} />,
    );
    expect(staticApp(html)).toBe(rendered);
  });

  it('says it is opening, to screen readers too', () => {
    expect(staticApp(html)).toContain('role="status"');
    expect(staticApp(html)).toContain('Opening…');
  });
});
