import { parseHTML } from 'linkedom';
import { stripInertMarkup } from './strip-inert-markup';

/**
 * Parses a whole saved page into a Document in Node (linkedom), the same shape
 * the browser's DOMParser gives, so lib/ code runs unchanged in both.
 *
 * linkedom builds a broken tree when the string has no <html> element (the
 * first element becomes documentElement), so fragments are wrapped first.
 * Scripts, styles and comments are dropped before parsing: they are never
 * article text, and dropping them roughly halves parse and Readability time.
 * JSON-LD scripts are kept because they carry the headline and date.
 *
 * @example parseHtml('<p>Hi</p>').body.textContent // 'Hi'
 */
export function parseHtml(html: string): Document {
  let source = stripInertMarkup(html);
  if (!/<html[\s>]/i.test(source)) {
    source = `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  } else if (!/^\s*<!doctype/i.test(source)) {
    source = `<!DOCTYPE html>${source.replace(/^[\s\S]*?(?=<html[\s>])/i, '')}`;
  }
  const { document } = parseHTML(source) as unknown as { document: Document };
  return document;
}
