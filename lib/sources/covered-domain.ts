/** True when `domain` is one of `listed` or a subdomain of one. */
export function isCoveredDomain(domain: string, listed: readonly string[]): boolean {
  const d = domain.toLowerCase().replace(/^www\./, '');
  return listed.some((l) => d === l || d.endsWith(`.${l}`));
}
