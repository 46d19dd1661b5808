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
