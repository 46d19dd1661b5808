/*
 * Functions that run inside the page (Playwright sends their source), so each is self-contained:
 * no imports, no helpers from this module. They loop over hundreds of articles in one call,
 * which is what keeps the vector spec fast.
 */

/** An archived article the loops visit, found by its id and known by its title. */
export interface Visit {
  readonly id: string;
  readonly title: string;
  /** The file it was imported from. */
  readonly name: string;
}

/** One exported file, with what it was made from. */
export interface Exported {
  readonly from: string;
  readonly html: string;
}

/**
 * Active content in a DOM the browser built: elements that run or load things, event-handler
 * attributes, script URLs, a refresh. Returns one line per finding (empty when clean). Installed
 * as `window.__activeContent` in every frame by the spec.
 */
export function activeContent(root: ParentNode, where: string): string[] {
  const found: string[] = [];
  const banned = new Set(
    'script iframe frame frameset object embed applet form base portal'.split(' '),
  );
  const urlNames = new Set(
    'href xlink:href src action formaction data poster background codebase values to from'.split(
      ' ',
    ),
  );
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const name = element.localName.toLowerCase();
    if (banned.has(name)) found.push(`${where}: <${name}>`);
    if (name === 'meta') {
      const equiv = (element.getAttribute('http-equiv') ?? '').toLowerCase();
      if (equiv && equiv !== 'content-security-policy')
        found.push(`${where}: <meta http-equiv=${equiv}>`);
    }
    for (const attribute of Array.from(element.attributes)) {
      const attr = attribute.name.toLowerCase();
      // Browsers drop control characters and spaces inside a scheme: compare what they read.
      const value = Array.from(attribute.value)
        .filter((c) => c.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      if (attr.startsWith('on')) found.push(`${where}: <${name} ${attr}>`);
      else if (attr === 'srcdoc') found.push(`${where}: <${name} srcdoc>`);
      else if (
        urlNames.has(attr) &&
        /(?:^|;)(?:javascript:|vbscript:|data:text\/html|data:application\/xhtml)/.test(value)
      )
        found.push(`${where}: <${name} ${attr}=${value.slice(0, 40)}>`);
    }
  }
  return found;
}

type Check = (root: ParentNode, where: string) => string[];
type Saved = { name: string; blob: Blob }[];

/**
 * In the app's page: opens each article in the reader, checks the DOM it rendered, and exports it
 * as HTML through the reader's own form. Returns the findings and the exported files.
 */
export async function readAndExport(
  items: readonly Visit[],
): Promise<{ findings: string[]; exports: Exported[]; shown: number }> {
  const w = window as unknown as { __activeContent: Check; __saved: Saved };
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
  const until = async (ok: () => boolean): Promise<boolean> => {
    const start = performance.now();
    while (!ok()) {
      if (performance.now() - start > 15_000) return false;
      await frame();
    }
    return true;
  };
  const findings: string[] = [];
  const exports: Exported[] = [];
  let shown = 0;
  for (const { id, title, name } of items) {
    // The marker `vectorMark` writes: "Vector 007" for vector-007.html.
    const mark = `Vector ${/\d+/.exec(name)?.[0] ?? ''}`;
    location.hash = `#/article/${encodeURIComponent(id)}`;
    const reader = () => document.querySelector('article.reader');
    const ready = await until(
      () =>
        reader()?.getAttribute('aria-label') === title &&
        (reader()?.textContent ?? '').includes(`${mark} begins.`),
    );
    if (!ready) {
      findings.push(`${title.slice(0, 40)}: the reader did not show it`);
      continue;
    }
    shown++;
    findings.push(...w.__activeContent(reader() as Element, `reader ${title.slice(0, 40)}`));
    const select = document.querySelector<HTMLSelectElement>('select[aria-label="Export format"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
    if (!select || !setValue) throw new Error('no export form');
    if (select.value !== 'html') {
      setValue.call(select, 'html');
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await frame();
    }
    const before = w.__saved.length;
    Array.from(document.querySelectorAll('button'))
      .find((b) => b.textContent === 'Export…')
      ?.click();
    if (!(await until(() => w.__saved.length > before)))
      throw new Error(`no export for ${title.slice(0, 40)}`);
    exports.push({ from: title, html: await (w.__saved[before] as Saved[0]).blob.text() });
  }
  return { findings, exports, shown };
}

/** In the app's page: compares each pair of articles and saves the report the screen offers. */
export async function compareAndExport(
  pairs: readonly (readonly [Visit, Visit])[],
): Promise<Exported[]> {
  const w = window as unknown as { __saved: Saved };
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
  const until = async (ok: () => boolean): Promise<boolean> => {
    const start = performance.now();
    while (!ok()) {
      if (performance.now() - start > 15_000) return false;
      await frame();
    }
    return true;
  };
  const reports: Exported[] = [];
  for (const [a, b] of pairs) {
    location.hash = `#/compare-articles/${encodeURIComponent(a.id)}/${encodeURIComponent(b.id)}`;
    const button = () =>
      Array.from(document.querySelectorAll('section.compare button')).find(
        (e) => e.textContent === 'Export report…',
      ) as HTMLButtonElement | undefined;
    const headings = () =>
      Array.from(document.querySelectorAll('section.compare h3')).map((h) => h.textContent);
    const ready = await until(
      () => headings()[0] === a.title && headings()[1] === b.title && button() !== undefined,
    );
    if (!ready) throw new Error(`no comparison of ${a.title.slice(0, 30)}`);
    const before = w.__saved.length;
    button()?.click();
    if (!(await until(() => w.__saved.length > before)))
      throw new Error(`no report for ${a.title.slice(0, 30)}`);
    reports.push({ from: a.title, html: await (w.__saved[before] as Saved[0]).blob.text() });
  }
  return reports;
}

/**
 * In a blank page of the app's origin: loads each address in an iframe, a batch at a time, and
 * checks the DOM each one built. A frame that navigated away (a refresh) is a finding too.
 */
export async function loadAndCheck(
  addresses: readonly { url: string; from: string }[],
): Promise<string[]> {
  const w = window as unknown as { __activeContent: Check };
  const findings: string[] = [];
  for (let at = 0; at < addresses.length; at += 40) {
    const batch = addresses.slice(at, at + 40);
    const frames = batch.map(({ url }) => {
      const frame = document.createElement('iframe');
      const loaded = new Promise<void>((done) => {
        frame.addEventListener('load', () => done(), { once: true });
        setTimeout(done, 10_000);
      });
      frame.src = url;
      document.body.append(frame);
      return { frame, loaded };
    });
    await Promise.all(frames.map((f) => f.loaded));
    // Handlers that fire after load (a failed image's onerror, a timer) get a moment to run.
    await new Promise((done) => setTimeout(done, 150));
    frames.forEach(({ frame }, i) => {
      const where = `${batch[i]?.from.slice(0, 40)}`;
      const doc = frame.contentDocument;
      if (!doc || !doc.location.href.startsWith(location.origin))
        findings.push(`${where}: the file navigated away`);
      else findings.push(...w.__activeContent(doc, where));
      frame.remove();
    });
  }
  return findings;
}
