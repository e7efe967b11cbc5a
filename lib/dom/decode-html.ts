/**
 * Decodes a saved page's bytes with the charset the page declares (BOM, then
 * <meta charset> or http-equiv Content-Type in the first few KB), UTF-8 when
 * none is declared or the label is unknown to TextDecoder.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const charset = sniffCharset(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** How far into the page the charset declaration is looked for (the HTML spec prescans 1024 bytes; real pages put it later). */
const PRESCAN_BYTES = 4096;

/** The page's declared charset label, lower-case, or 'utf-8'. */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const label = meta?.[1]?.toLowerCase();
  if (!label) return 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}
