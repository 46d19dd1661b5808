/** What a browser says about itself: Client Hints where it has them, the user-agent string otherwise. */
export interface BrowserFacts {
  readonly userAgent: string;
  readonly userAgentData?: { readonly brands: readonly { brand: string; version: string }[] };
}

/**
 * The browser the web build runs in, for About, as the browser itself reports it ("Chromium 142"
 * from Client Hints, else the user-agent string): never a guess dressed up as a version.
 */
export function describeBrowser(facts: BrowserFacts): string {
  const brands = (facts.userAgentData?.brands ?? []).filter(
    // "Not A;Brand"-style entries are deliberate noise (GREASE).
    ({ brand }) => !/not.?a.?brand/i.test(brand),
  );
  if (brands.length > 0)
    return brands.map(({ brand, version }) => `${brand} ${version}`).join(', ');
  return facts.userAgent;
}
