/**
 * Entity decoding and HTML-to-text for feed fields, without a DOM (Chrome's
 * service worker has no DOMParser).
 */

/** Named entities seen in news feeds (HTML's full list is 2,000+; these cover real feeds). */
const NAMED: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  hellip: '…',
  bull: '•',
  middot: '·',
  prime: '′',
  Prime: '″',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sect: '§',
  para: '¶',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
  shy: '\u00ad',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  micro: 'µ',
  aacute: 'á',
  Aacute: 'Á',
  agrave: 'à',
  Agrave: 'À',
  acirc: 'â',
  Acirc: 'Â',
  auml: 'ä',
  Auml: 'Ä',
  atilde: 'ã',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  euml: 'ë',
  iacute: 'í',
  Iacute: 'Í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  oacute: 'ó',
  Oacute: 'Ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  Ouml: 'Ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  Uacute: 'Ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  Uuml: 'Ü',
  yacute: 'ý',
  yuml: 'ÿ',
  szlig: 'ß',
});

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

const fromCodePoint = (cp: number, original: string): string =>
  cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : original;

/**
 * Decodes numeric and common named entities; unknown ones stay as written.
 *
 * @example
 * decodeEntities('Kabul &amp; Khost &#8212; &#x2019;') // 'Kabul & Khost — ’'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (m, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10), m);
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16), m);
    return (name !== undefined && NAMED[name]) || m;
  });
}

/**
 * The raw text of an XML element as the parser left it (entities encoded,
 * CDATA sections marked): CDATA is taken literally, the rest is decoded once.
 *
 * @example
 * unwrapXmlText('<![CDATA[<b>x</b>]]> &amp; y') // '<b>x</b> & y'
 */
export function unwrapXmlText(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start === -1) {
      out += decodeEntities(raw.slice(i));
      break;
    }
    out += decodeEntities(raw.slice(i, start));
    const end = raw.indexOf(']]>', start + 9);
    if (end === -1) {
      out += raw.slice(start + 9);
      break;
    }
    out += raw.slice(start + 9, end);
    i = end + 3;
  }
  return out;
}

const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|figure|figcaption|section|article|hr)\b[^>]*>/gi;
const TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->|<![a-zA-Z][^<>]*>/g;

/**
 * Plain text of an HTML fragment: scripts, styles and tags removed,
 * entities decoded, white space collapsed.
 *
 * @example
 * htmlToText('<p>At least <b>12</b> killed&nbsp;&mdash; officials</p>') // 'At least 12 killed — officials'
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|iframe|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(BLOCK, ' ')
      .replace(TAG, ''),
  )
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
