import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isatty } from 'node:tty';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../lib/dom/decode-html';
import { CLI_CONFIG } from './config';

/** A saved page read from disk: HTML source or plain article text. */
export type Input = { kind: 'html'; source: string } | { kind: 'text'; source: string };

/** Why a file cannot be analysed; the message names the file and the problem. */
export class InputError extends Error {}

/** The file name that means "read standard input". */
export const STDIN = '-';

/** How many leading bytes are checked for binary content and an HTML tag. */
const SNIFF_BYTES = 65_536;

const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|h1|section|span|a)[\s>/]/i;

/**
 * Reads one input: `.txt` is article text; `-` is standard input, HTML when
 * it has HTML tags and article text otherwise; anything else must look like
 * HTML (gzip-compressed pages are unpacked). Missing, empty, binary,
 * non-HTML and oversized inputs throw an InputError with a one-line reason.
 */
export function readInput(file: string, maxBytes = CLI_CONFIG.maxInputBytes): Input {
  const name = file === STDIN ? 'stdin' : file;
  let bytes: Uint8Array = readBounded(file, name, maxBytes);
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw tooLarge(name, maxBytes);
      throw new InputError(`${name}: broken gzip data`);
    }
    if (bytes.length > maxBytes) throw tooLarge(name, maxBytes);
  }
  if (
    bytes.length === 0 ||
    !/\S/.test(Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1'))
  ) {
    throw new InputError(`${name}: ${file === STDIN ? 'nothing on stdin' : 'file is empty'}`);
  }
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES)))
    throw new InputError(`${name}: binary ${file === STDIN ? 'data' : 'file'}, not HTML or text`);
  const source = decodeHtml(bytes);
  const head = source.slice(0, SNIFF_BYTES);
  if (/\.txt$/i.test(file)) return { kind: 'text', source };
  if (file === STDIN)
    return HTML_TAG.test(head) ? { kind: 'html', source } : { kind: 'text', source };
  if (!HTML_TAG.test(head)) {
    throw new InputError(
      `${file}: not HTML (no HTML tags found; name it .txt to analyse plain text)`,
    );
  }
  return { kind: 'html', source };
}

function tooLarge(name: string, maxBytes: number): InputError {
  return new InputError(
    `${name}: larger than the ${formatBytes(maxBytes)} input limit (see docs/cli.md, "Size limits")`,
  );
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Reads a file or stdin whole, but never more than maxBytes + 1 bytes. */
function readBounded(file: string, name: string, maxBytes: number): Uint8Array {
  let fd: number;
  if (file === STDIN) {
    if (isatty(0))
      throw new InputError(
        'stdin is a terminal; pipe a page in (cat page.html | crosscheck analyze -)',
      );
    fd = 0;
  } else {
    try {
      fd = openSync(file, 'r');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(
        code === 'ENOENT'
          ? `${file}: no such file`
          : code === 'EISDIR'
            ? `${file}: is a directory, not a file`
            : `${file}: cannot be read (${code ?? (e as Error).message})`,
      );
    }
  }
  try {
    if (fd !== 0) {
      const st = fstatSync(fd);
      if (st.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
      if (st.isFile() && st.size > maxBytes) throw tooLarge(name, maxBytes);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A non-blocking pipe with nothing yet: wait for the writer.
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        if (code === 'EOF') break;
        if (code === 'EISDIR') throw new InputError(`${file}: is a directory, not a file`);
        throw new InputError(`${name}: cannot be read (${code ?? (e as Error).message})`);
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge(name, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** NUL bytes, or many control characters, mean the file is not text (UTF-16 pages start with a BOM and are allowed). */
function looksBinary(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return false;
  let control = 0;
  // An indexed loop: it runs over 64 KB of every page of a batch.
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.02;
}
