/**
 * The renderer's Content-Security-Policy, the same text as the <meta> in src/index.html (a test
 * keeps them equal). Sent as a header by the app:// handler too: a header also covers the
 * workers, applies before the first byte of HTML is parsed, and allows frame-ancestors.
 */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' http: https:; worker-src 'self' blob:; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

/** The header form: the page's policy plus what only a header can say. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
