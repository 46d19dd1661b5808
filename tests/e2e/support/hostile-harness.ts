import type { BrowserContext } from '@playwright/test';

/** What one surface showed: items tried, payloads that ran, requests that left the machine. */
export interface Tally {
  tried: number;
  executions: number;
  remote: number;
  /** Active content found in the DOM the browser built (element or attribute, with the item). */
  findings: string[];
}

/** The console line the probe writes when a payload calls one of the functions it replaces. */
export const executedMark = 'verso-probe: executed';

/**
 * Runs in every frame before its own scripts. Payloads prove they ran by calling alert, confirm,
 * prompt or print; each call is written to the console (which Playwright hears from every frame)
 * instead of opening a dialog. The host's Blob downloads are kept in `__saved` rather than
 * downloaded, so a loop in the page can export hundreds of files without a download each.
 */
export function probe(): void {
  const w = window as unknown as Record<string, unknown>;
  for (const name of ['alert', 'confirm', 'prompt', 'print'])
    w[name] = () => console.log(`verso-probe: executed ${name} in ${location.href.slice(0, 80)}`);
  const blobs = new Map<string, Blob>();
  const saved: { name: string; blob: Blob }[] = [];
  w.__saved = saved;
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = create(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (blob) saved.push({ name: this.download, blob });
    else click.call(this);
  };
}

const loopback = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//;

/**
 * Counts every request to anywhere but this machine (into the tally `current()` names) and aborts
 * it, so nothing leaves even when a payload gets through.
 */
export async function countRemote(context: BrowserContext, current: () => Tally): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (loopback.test(url)) return route.fallback();
    current().remote++;
    return route.abort();
  });
}

/**
 * Serves the app with its Content-Security-Policy `<meta>` removed, so the figures measure the
 * sanitiser and the reader alone, not the CSP standing behind them.
 */
export async function withoutAppCsp(context: BrowserContext, origin: string): Promise<void> {
  await context.route(new RegExp(`^${origin}/(?:index\\.html)?(?:[?#].*)?$`), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i,
      '',
    );
    await route.fulfill({ response, body });
  });
}

/** The same file with its Content-Security-Policy `<meta>` removed (see `withoutAppCsp`). */
export const withoutCsp = (html: string): string =>
  html.replace(/<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i, '');

const vocabulary = `council budget library offices residents harbour bridge railway school teacher
hospital nurse river flood storm winter summer market farmer harvest museum painting orchestra
festival mayor minister election ballot court judge witness police station fire engine garden
park tree forest mountain valley village town city street road traffic cyclist runner stadium
football cricket tennis weather sunshine rain snow factory worker union strike wage price
bakery bread coffee tea kitchen recipe author novel poem chapter theatre actor camera film
island ferry harbour lighthouse sailor fisherman net boat engine pilot airport runway cloud`.split(
  /\s+/,
);

/** Words no other vector's page shares, so the articles are not near copies of each other. */
function wordsFor(n: number, paragraph: number): string {
  let seed = n * 7919 + paragraph * 104729 + 1;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const words = Array.from({ length: 45 }, () => vocabulary[next() % vocabulary.length]);
  return `${words.join(' ')}.`;
}

/** The marker a vector's article carries in its text: "Vector 007" (not a prefix of another). */
export const vectorMark = (n: number): string => `Vector ${String(n).padStart(3, '0')}`;

/**
 * A page holding one vector inside an ordinary article (so the reader keeps it), with the raw
 * payload in the body and, as text, in the title (a title is text, but exports and reports
 * write it into HTML).
 */
export function vectorPage(n: number, payload: string): string {
  const title = `Vector ${n}: ${payload.replace(/<\/title/gi, '</ title').slice(0, 80)}`;
  const p = (i: number) => `<p>${i === 0 ? `${vectorMark(n)} begins. ` : ''}${wordsFor(n, i)}</p>`;
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>Vector ${n}</h1>${p(0)}${p(1)}<div>${payload}</div>${p(2)}</article></body></html>`;
}
