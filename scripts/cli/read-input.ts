import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../lib/dom/decode-html';

/** A saved page read from disk: HTML source or plain article text. */
export type Input = { kind: 'html'; source: string } | { kind: 'text'; source: string };

/** Why a file cannot be analysed; the message names the file and the problem. */
export class InputError extends Error {}

/** How many leading bytes are checked for binary content and an HTML tag. */
const SNIFF_BYTES = 65_536;

/**
 * Reads one input file: .txt is article text; anything else must look like
 * HTML (gzip-compressed pages are unpacked). Missing, empty, binary and
 * non-HTML files throw an InputError with a one-line reason.
 */
export function readInput(file: string): Input {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot be read (${code ?? (e as Error).message})`,
    );
  }
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError(`${file}: broken gzip data`);
    }
  }
  if (
    bytes.length === 0 ||
    !/\S/.test(Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1'))
  ) {
    throw new InputError(`${file}: file is empty`);
  }
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES)))
    throw new InputError(`${file}: binary file, not HTML or text`);
  const source = decodeHtml(bytes);
  if (/\.txt$/i.test(file)) return { kind: 'text', source };
  if (
    !/<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|h1|section|span|a)[\s>/]/i.test(
      source.slice(0, SNIFF_BYTES),
    )
  ) {
    throw new InputError(
      `${file}: not HTML (no HTML tags found; name it .txt to analyse plain text)`,
    );
  }
  return { kind: 'html', source };
}

/** NUL bytes, or many control characters, mean the file is not text (UTF-16 pages start with a BOM and are allowed). */
function looksBinary(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.02;
}
