/** A fake `fetch` for refresh tests: routes by URL, records every request. */

export interface SeenRequest {
  url: string;
  headers: Record<string, string>;
  init: RequestInit;
}

export type Route = (req: SeenRequest) => Response | Promise<Response>;

export function fakeWeb(routes: Record<string, Route>) {
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const perHost = new Map<string, number>();
  let maxPerHost = 0;
  const fetchFn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    const req = { url, headers, init };
    requests.push(req);
    const host = new URL(url).host;
    inFlight++;
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
    maxInFlight = Math.max(maxInFlight, inFlight);
    maxPerHost = Math.max(maxPerHost, perHost.get(host)!);
    try {
      const route = routes[url];
      if (!route) return new Response('missing', { status: 404, statusText: 'Not Found' });
      return await route(req);
    } finally {
      inFlight--;
      perHost.set(host, perHost.get(host)! - 1);
    }
  }) as typeof globalThis.fetch;
  return {
    fetch: fetchFn,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    get maxPerHost() {
      return maxPerHost;
    },
  };
}

export const xml = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', ...headers },
  });

export const html = (body: string) =>
  new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });

export function rssFeed(items: { title: string; link: string; summary?: string }[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><description>${i.summary ?? ''}</description></item>`,
    )
    .join('')}</channel></rss>`;
}
