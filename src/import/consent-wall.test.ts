import 'fake-indexeddb/auto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { consentWallWarning } from './consent-wall';
import { importItems } from './import-items';

const root = new URL('../../', import.meta.url);
const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`tests/fixtures/consent/${name}`, root));
const corpus = new URL('../shared/corpora/readability-test-pages/', root);

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`consent-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('a page saved behind a cookie banner or a paywall', () => {
  it('is archived as it is, and the import says in words that its text is the notice', async () => {
    const names = ['cookie-wall.html', 'paywall.html', 'cookie-fine-article.html'];
    const results = await importItems(
      db,
      names.map((name) => ({ kind: 'file' as const, file: pickedFile(name, fixture(name)) })),
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'added', 'added']);
    const warnings = results.map((r) => (r.kind === 'added' ? r.warning : undefined));
    // The banner (the IAB consent framework's wording) and the paywall are told apart from a
    // report about a cookie banner, which has their phrases but not their voice.
    expect(warnings[0]).toMatch(/^Its text reads as a cookie or subscription notice/);
    expect(warnings[1]).toMatch(/^Its text reads as a cookie or subscription notice/);
    expect(warnings[2]).toBeUndefined();
    expect(await db.articles.count()).toBe(3);
  });

  it('warns about none of the Readability test pages’ articles', () => {
    if (!existsSync(corpus)) return; // the shared corpora are not on every machine
    const warned = readdirSync(corpus).filter((page) => {
      const expected = new URL(`${page}/expected.html`, corpus);
      if (!existsSync(expected)) return false;
      const text = readFileSync(expected, 'utf8')
        .replace(/<\/(?:p|div|h\d|li|blockquote)>/gi, '\n\n')
        .replace(/<[^>]+>/g, ' ');
      return consentWallWarning(text) !== undefined;
    });
    expect(warned).toEqual([]);
  });
});

// The other warning of what a text turned out to be (short-text.ts).
describe('a file too short to be an article', () => {
  it('is archived, and the summary says how few words it has', async () => {
    // q24's utf16.txt: a byte order mark and "Hi" in UTF-16.
    const hi = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    const brief =
      'The harbour board agreed the dredging budget on Tuesday after a long meeting with the fishermen.';
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('utf16.txt', hi) },
        { kind: 'file', file: pickedFile('two.txt', 'Test note') },
        { kind: 'file', file: pickedFile('brief.txt', brief) },
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'added', 'added']);
    const warnings = results.map((r) => (r.kind === 'added' ? r.warning : undefined));
    expect(warnings[0]).toBe('Only 1 word — kept, but it may not be an article.');
    expect(warnings[1]).toBe('Only 2 words — kept, but it may not be an article.');
    expect(warnings[2]).toBeUndefined();
    expect((await db.articles.toArray()).map((a) => a.text).sort()).toEqual(
      [brief, 'Hi', 'Test note'].sort(),
    );
  });
});
