import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';
import { openArchive } from '../db/database';
import { importItems } from '../import/import-items';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';

const stories = [
  'The harvest of apples in the county came early this year after a warm spring, and orchards near Keynsham reported record yields.',
  'A new cycle path between the station and the university opened on Friday after two years of delays caused by a dispute over land.',
  'Councillors voted to keep the library open on Sundays following a petition signed by more than four thousand residents last month.',
];
const footer =
  'Sign up to the Bath Chronicle morning newsletter to get the top stories from the city delivered straight to your inbox every weekday.';

// A text saved with its address but no Source: line; the third through a mobile door, and in
// Windows-1252 (a curly apostrophe), which the CLI reads by another path than plain UTF-8.
function saved(i: number): { name: string; bytes: Uint8Array } {
  const host = i === 2 ? 'm.bathchronicle.example' : 'www.bathchronicle.example';
  const text = `URL: https://${host}/news/${i}\nDate: 2026-03-0${i + 1}\n\n${stories[i]}\n\n${footer}\n`;
  const bytes = new TextEncoder().encode(text);
  if (i !== 2) return { name: `chronicle-${i}.txt`, bytes };
  const withQuote = new TextEncoder().encode(text.replace('library', 'city\u2019s library'));
  const at = withQuote.indexOf(0xe2);
  const cp1252 = Uint8Array.from([...withQuote.slice(0, at), 0x92, ...withQuote.slice(at + 3)]);
  return { name: `chronicle-${i}.txt`, bytes: cp1252 };
}

describe('a text with a URL: line and no Source: line', () => {
  it('is filed under its address’s host by the CLI and by the app’s import alike', async () => {
    const dir = tempDir('verso-echoes-text-sources-');
    const files = [0, 1, 2].map(saved);
    const paths = files.map(({ name, bytes }) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    });
    const { code, out } = await runCommand(runEchoes, ['--json', ...paths]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out.join('\n')) as {
      documents: { source?: string }[];
      clusters: { boilerplate: boolean }[];
    };
    expect(parsed.documents.map((d) => d.source)).toEqual([
      'bathchronicle.example',
      'bathchronicle.example',
      'bathchronicle.example',
    ]);
    // One paper's footer on all three: boilerplate, as the app would mark it.
    expect(parsed.clusters.map((c) => c.boilerplate)).toEqual([true]);

    const db = await openArchive(`text-sources-${crypto.randomUUID()}`);
    try {
      await importItems(
        db,
        files.map(({ name, bytes }) => ({ kind: 'file', file: pickedFile(name, bytes) })),
        nodeDom,
      );
      const sources = (await db.articles.toArray()).map((a) => a.source);
      expect(sources).toEqual(parsed.documents.map((d) => d.source));
    } finally {
      await db.delete();
    }
  });
});
