/**
 * Removes markup that never holds article text (scripts other than JSON-LD,
 * styles, comments, inline SVG drawings, templates) from an HTML string.
 * A regex pass is far cheaper than letting the DOM parser build these nodes.
 */
export function stripInertMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (all, attrs: string) =>
      /ld\+json/i.test(attrs) ? all : '',
    )
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/<template\b[^>]*>[\s\S]*?<\/template\s*>/gi, '');
}
