/** Match patterns for a domain and all its subdomains, any scheme. */
export function hostMatchPatterns(domains: readonly string[]): string[] {
  return domains.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}
