import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DEFAULT_SOURCES, defaultSources } from '../../../lib/sources/default-sources';
import { FEED_HOSTS, NEWS_DOMAINS } from '../../../lib/sources/news-domains';
import { SourcesSchema } from '../../../lib/sources/schema';
import { validateDomain } from '../../../lib/sources/validate';

const covered = (host: string, domains: readonly string[]) =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));

describe('the shipped sources', () => {
  it('are at least 25 outlets, all on by default, from every region', () => {
    expect(DEFAULT_SOURCES.length).toBeGreaterThanOrEqual(25);
    expect(DEFAULT_SOURCES.every((s) => s.enabled && s.builtin)).toBe(true);
    const regions = new Set(DEFAULT_SOURCES.map((s) => s.region));
    expect([...regions].sort()).toEqual([
      'afghan',
      'indian',
      'international',
      'pakistani',
      'regional',
    ]);
  });

  it('pass the stored-sources schema unchanged (valid, normalised, distinct ids)', () => {
    const r = v.safeParse(SourcesSchema, defaultSources());
    expect(r.success).toBe(true);
    if (r.success) expect(r.output).toEqual(defaultSources());
  });

  it.each(DEFAULT_SOURCES.map((s) => [s.id, s] as const))(
    '%s: its domain is a default news domain',
    (_, s) => {
      expect(validateDomain(s.domain)).toEqual({ ok: true, domain: s.domain });
      expect(NEWS_DOMAINS).toContain(s.domain);
    },
  );

  it.each(DEFAULT_SOURCES.flatMap((s) => s.feeds.map((f) => [s.id, f] as const)))(
    '%s: feed %s is on a host the manifest grants',
    (_, feed) => {
      const host = new URL(feed).hostname;
      expect(covered(host, NEWS_DOMAINS) || (FEED_HOSTS as readonly string[]).includes(host)).toBe(
        true,
      );
    },
  );

  it('cover every default news domain, so each has a source to trust or disable', () => {
    const domains = new Set(DEFAULT_SOURCES.map((s) => s.domain));
    expect(NEWS_DOMAINS.filter((d) => !domains.has(d))).toEqual([]);
  });

  it('hand out copies that do not change the shipped list', () => {
    const copy = defaultSources();
    copy[0]!.trusted = true;
    copy[0]!.feeds.push('https://example.com/x');
    expect(DEFAULT_SOURCES[0]!.trusted).toBe(false);
    expect(DEFAULT_SOURCES[0]!.feeds).not.toContain('https://example.com/x');
  });
});
