/**
 * One careful HTTP GET: a timeout that covers headers and body, a size cap
 * read through the body stream, content-type checks, no cookies, and errors
 * in plain words. Works with any `fetch` (browser, Node, a test's fake).
 */
import { FEEDS_CONFIG } from './config';
import {
  ACCEPT,
  acceptsContentType,
  FETCH_ERRORS,
  reasonPhrase,
  type FetchKind,
} from './fetch-policy';

export interface FetchTextOptions {
  kind: FetchKind;
  headers?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
  /** Stops the request when the whole refresh is stopped. */
  signal?: AbortSignal;
}

export type FetchTextResult =
  | {
      ok: true;
      status: 200;
      text: string;
      url: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: true; status: 304 }
  | { ok: false; error: string };

class FetchFailure extends Error {}

/** Charset from the Content-Type header, else from the document's own declaration. */
function sniffCharset(contentType: string | null, head: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  if (fromHeader) return fromHeader[1]!;
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  const declared =
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(ascii) ??
    /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii);
  return declared ? declared[1]! : 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
  kind: FetchKind,
): Promise<Uint8Array> {
  const tooLarge = () => new FetchFailure(FETCH_ERRORS.tooLarge(kind, maxBytes));
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (buffer.byteLength > maxBytes) throw tooLarge();
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

const messageOf = (e: unknown): string => {
  const own = e instanceof Error ? e.message : String(e);
  const cause = e instanceof Error && e.cause instanceof Error ? ` ${e.cause.message}` : '';
  return own + cause;
};

/**
 * GETs a feed or an article page as text.
 *
 * @example
 * const r = await fetchText(fetch, 'https://www.dawn.com/feeds/home', { kind: 'feed', headers: conditionalHeaders(state) });
 * if (r.ok && r.status === 200) parseFeed(r.text, r.url);
 */
export async function fetchText(
  fetchFn: typeof fetch,
  url: string,
  opts: FetchTextOptions,
): Promise<FetchTextResult> {
  const timeoutMs = opts.timeoutMs ?? FEEDS_CONFIG.requestTimeoutMs;
  const maxBytes = opts.maxBytes ?? FEEDS_CONFIG.maxResponseBytes;
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Rejects at the deadline even if the fetch implementation ignores the abort.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      reject(new FetchFailure(FETCH_ERRORS.timeout));
    }, timeoutMs);
  });
  deadline.catch(() => undefined);
  // Likewise, a stopped refresh ends the request at once.
  let onStop = () => controller.abort();
  const stopped = new Promise<never>((_, reject) => {
    onStop = () => {
      controller.abort();
      reject(new FetchFailure(FETCH_ERRORS.stopped));
    };
  });
  stopped.catch(() => undefined);
  opts.signal?.addEventListener('abort', onStop, { once: true });
  try {
    if (opts.signal?.aborted) throw new FetchFailure(FETCH_ERRORS.stopped);
    const work = (async (): Promise<FetchTextResult> => {
      const response = await fetchFn(url, {
        method: 'GET',
        headers: { Accept: ACCEPT[opts.kind], ...opts.headers },
        credentials: 'omit',
        redirect: 'follow',
        signal: controller.signal,
      });
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: true, status: 304 };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchFailure(
          FETCH_ERRORS.http(
            opts.kind,
            response.status,
            reasonPhrase(response.status, response.statusText),
          ),
        );
      }
      const contentType = response.headers.get('content-type');
      if (!acceptsContentType(opts.kind, contentType)) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchFailure(
          FETCH_ERRORS.wrongType(opts.kind, (contentType ?? '').split(';')[0]!.trim()),
        );
      }
      const bytes = await readCapped(response, maxBytes, opts.kind);
      return {
        ok: true,
        status: 200,
        text: decode(bytes, sniffCharset(contentType, bytes)),
        url: response.url || url,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    })();
    return await Promise.race([work, deadline, stopped]);
  } catch (e) {
    if (timedOut) return { ok: false, error: FETCH_ERRORS.timeout };
    if (opts.signal?.aborted) return { ok: false, error: FETCH_ERRORS.stopped };
    if (e instanceof FetchFailure) return { ok: false, error: e.message };
    const message = messageOf(e);
    if (/redirect/i.test(message)) return { ok: false, error: FETCH_ERRORS.redirectLoop };
    if (e instanceof TypeError) return { ok: false, error: FETCH_ERRORS.network };
    return { ok: false, error: FETCH_ERRORS.unexpected(message) };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onStop);
  }
}
