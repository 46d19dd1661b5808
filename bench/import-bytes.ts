/**
 * What one imported article costs IndexedDB, by store (issue 11 point 4): every request the
 * import makes — rows and the index entries they bring, reads, transactions — counted under the
 * real `importItems` in Node (fake-indexeddb), for the scale bench's synthetic `.txt` files.
 * Run: node --import tsx bench/import-bytes.ts [seeded=1000] [measured=100]
 * Sizes as Chromium's IndexedDB lays them out in LevelDB, before LevelDB's compression: a row is
 * its key (a few bytes of prefix, then the key coded, a string 2 bytes a character) with the value
 * as V8 serialises it, plus an "exists" entry of the same key; an index entry is the index key and
 * the row's key, with the row's key again in its value. Chromium's own reads (each `add` checks
 * its key is free, an auto-incremented key reads its generator) are not requests, so not here.
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { openArchive } from '../src/db/database';
import { warmArchivedKeys } from '../src/db/archived-keys';
import { importItems } from '../src/import/import-items';
import type { ImportItem } from '../src/import/import-types';
import { nodeDom, pickedFile } from '../tests/support/node-dom';
import { syntheticArticle } from './archive-synthetic';

interface Tally {
  writes: number;
  valueBytes: number;
  keyBytes: number;
  indexEntries: number;
  indexBytes: number;
  reads: number;
  readRows: number;
  deletes: number;
}

const tallies = new Map<string, Tally>();
const scopes = new Map<string, number>();
let counting = false;

const tally = (store: string): Tally => {
  let t = tallies.get(store);
  if (!t)
    tallies.set(
      store,
      (t = {
        writes: 0,
        valueBytes: 0,
        keyBytes: 0,
        indexEntries: 0,
        indexBytes: 0,
        reads: 0,
        readRows: 0,
        deletes: 0,
      }),
    );
  return t;
};

// A key's size as Chromium's IndexedDB codes it: a type byte, then a string's UTF-16 code units,
// a number's 8 bytes, an array's members.
function keySize(key: unknown): number {
  if (typeof key === 'string') return 1 + 2 + key.length * 2;
  if (typeof key === 'number') return 9;
  if (Array.isArray(key)) return 2 + key.reduce<number>((n, k) => n + keySize(k), 0);
  if (key instanceof Date) return 9;
  return 9;
}

/** Database, store and index ids before every key Chromium writes. */
const prefix = 4;

const valid = (key: unknown): boolean =>
  typeof key === 'string' ||
  (typeof key === 'number' && !Number.isNaN(key)) ||
  (Array.isArray(key) && key.every(valid));

function extract(value: unknown, path: string | string[]): unknown {
  if (Array.isArray(path)) return path.map((p) => extract(value, p));
  return (value as Record<string, unknown> | undefined)?.[path];
}

type Method = (this: unknown, ...args: unknown[]) => unknown;
function wrap(proto: object, name: string, before: (self: never, args: unknown[]) => void): void {
  const record = proto as Record<string, Method>;
  const original = record[name];
  if (!original) throw new Error(`no ${name}`);
  record[name] = function (this: unknown, ...args: unknown[]) {
    if (counting) before(this as never, args);
    return original.apply(this, args);
  };
}

interface StoreLike {
  name: string;
  keyPath: string | string[] | null;
  indexNames: DOMStringList;
  index: (name: string) => { keyPath: string | string[]; multiEntry: boolean };
}

function countWrite(store: StoreLike, [value, key]: unknown[]): void {
  const t = tally(store.name);
  t.writes++;
  t.valueBytes += serialize(value).length;
  const primary = key ?? (store.keyPath ? extract(value, store.keyPath) : undefined);
  const primarySize = primary === undefined ? 9 : keySize(primary);
  // The row's key and its "exists" entry (key and a version), each behind a 4-byte prefix.
  t.keyBytes += 2 * (prefix + primarySize) + 2;
  for (const name of Array.from(store.indexNames)) {
    const { keyPath, multiEntry } = store.index(name);
    const indexKey = extract(value, keyPath);
    const entries =
      multiEntry && Array.isArray(indexKey)
        ? [...new Set(indexKey.filter(valid))]
        : valid(indexKey)
          ? [indexKey]
          : [];
    t.indexEntries += entries.length;
    for (const entry of entries) t.indexBytes += prefix + keySize(entry) + 2 * primarySize + 2;
  }
}

wrap(IDBObjectStore.prototype, 'add', countWrite);
wrap(IDBObjectStore.prototype, 'put', countWrite);
wrap(IDBObjectStore.prototype, 'delete', (store: StoreLike) => tally(store.name).deletes++);
for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'])
  wrap(IDBObjectStore.prototype, name, (store: StoreLike) => tally(store.name).reads++);
for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'])
  wrap(IDBIndex.prototype, name, (index: { objectStore: StoreLike; name: string }) => {
    tally(`${index.objectStore.name} (index ${index.name})`).reads++;
  });
wrap(IDBCursor.prototype, 'continue', (cursor: { source: { name: string } }) => {
  tally(`cursor on ${cursor.source.name}`).readRows++;
});
wrap(IDBDatabase.prototype, 'transaction', (_db: unknown, [names, mode]: unknown[]) => {
  const scope = `${String(mode ?? 'readonly')}: ${[names].flat().map(String).sort().join(', ')}`;
  scopes.set(scope, (scopes.get(scope) ?? 0) + 1);
});

const fileOf = (i: number): ImportItem => {
  const a = syntheticArticle(i);
  return {
    kind: 'file',
    file: pickedFile(`in/${i}.txt`, `date ${a.publishedAt}\n${a.title}\n\n${a.text}`),
  };
};

const seeded = Number(process.argv[2] ?? 1000);
const measured = Number(process.argv[3] ?? 100);
const db = await openArchive(`bytes-${Date.now()}`);
const range = (from: number, n: number): ImportItem[] =>
  Array.from({ length: n }, (_, i) => fileOf(from + i));
await importItems(db, range(0, seeded), nodeDom);
// As the app does once opened: the duplicate checks' filter of archived keys made current.
await warmArchivedKeys(db);
counting = true;
const results = await importItems(db, range(seeded, measured), nodeDom);
counting = false;
const added = results.filter((r) => r.kind === 'added').length;

const per = (n: number): string => (n / added).toFixed(2).padStart(9);
console.log(`${measured} files imported into ${seeded} (${added} added); per added article:`);
console.log(
  `${'store'.padEnd(34)} ${'rows'.padStart(9)} ${'value B'.padStart(9)} ${'key B'.padStart(9)} ${'idx ent'.padStart(9)} ${'idx B'.padStart(9)} ${'reads'.padStart(9)} ${'cur rows'.padStart(9)} ${'deletes'.padStart(9)}`,
);
let total = 0;
for (const [store, t] of [...tallies].sort()) {
  total += t.valueBytes + t.keyBytes + t.indexBytes;
  console.log(
    `${store.padEnd(34)} ${per(t.writes)} ${per(t.valueBytes)} ${per(t.keyBytes)} ${per(t.indexEntries)} ${per(t.indexBytes)} ${per(t.reads)} ${per(t.readRows)} ${per(t.deletes)}`,
  );
}
console.log(
  `bytes written per article (values + keys + index entries): ${(total / added).toFixed(0)}`,
);
console.log('transactions (count over the measured import):');
for (const [scope, n] of [...scopes].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${scope}`);
db.close();
