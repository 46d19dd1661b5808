/**
 * Which addresses may link two articles as versions of one story. Sites send a page they will
 * not show (a consent wall, a sign-in or subscription page) and a page they removed (to their
 * front page) to one address whatever article was asked for: two different articles fetched
 * there end at, or declare, the same address, and matching by it would make them one story.
 * Such an address names no article, so it links nothing; the article is still kept (and its
 * addresses stored), only never joined to another story by them.
 */

// A path segment (or host label) where sites ask for consent, a sign-in or a subscription.
const gateWords = new Set([
  'account',
  'accounts',
  'auth',
  'authorize',
  'authorise',
  'collectconsent',
  'consent',
  'gdpr',
  'guce',
  'log-in',
  'login',
  'logon',
  'myaccount',
  'oauth',
  'oauth2',
  'paywall',
  'register',
  'registration',
  'sign-in',
  'sign_in',
  'signin',
  'sign-up',
  'signup',
  'sso',
  'subscribe',
  'subscription',
  'subscriptions',
]);

// A segment names the gate with or without an extension (login.php, consent.html).
const isGate = (segment: string): boolean =>
  gateWords.has(segment.toLowerCase().replace(/\.[a-z0-9]{1,5}$/, ''));

/**
 * Whether an address once normalised (core's urlKeyOf) can name one article, so two articles
 * sharing it are versions of one story: not a site's front page (without a query: `/?p=12` is a
 * post), and no host label or path segment of a consent, sign-in or subscription page
 * (consent.example, /account/login, /subscribe?return=…). '' names nothing.
 */
export function namesAnArticle(key: string): boolean {
  let url: URL;
  try {
    url = new URL(key);
  } catch {
    return false;
  }
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (segments.length === 0 && url.search === '') return false;
  if (url.hostname.split('.').slice(0, -2).some(isGate)) return false;
  return !segments.some((segment) => isGate(safeDecode(segment)));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
