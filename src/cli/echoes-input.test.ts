import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENTENCES } from '../core/echoes/test-texts';
import { runEchoes } from './echoes-command';
import { readMarkdownDocument, readTextFile } from './read-document';
import { titleOf, titleOfUtf8 } from './text-title';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const paragraph = SENTENCES.slice(0, 4).join(' ');

interface Line {
  type: string;
  id: string;
  path: string;
  title: string;
  text: string;
  passages?: { doc: string; start: number; end: number; text: string }[];
}

/** Files of every kind `echoes` reads differently, in one folder, in the order given. */
function files(): string[] {
  const dir = tempDir('verso-echoes-input-');
  const write = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return [
    // Plain UTF-8 with an astral character and a contraction before the shared paragraph, so its
    // offsets are UTF-16 units, not bytes.
    write('astral.txt', `Café 😀 news\n\nWe’re told £200m. ${paragraph}\n\n${SENTENCES[5]}`),
    join(dir, 'missing.txt'),
    // A control character: decoded as the archive decodes any file.
    write('control.txt', `Control\u0001 title\n\n${paragraph} ${SENTENCES[6]}`),
    // Windows-1252 (not UTF-8): decoded.
    write('latin.txt', Buffer.from(`Caf\u00e9 in Windows-1252\n\n${paragraph}`, 'latin1')),
    write('nowords.txt', '… — !!! ***\n'),
    write('heading.md', `Intro line\n\n## The *real* title\n\n${paragraph}`),
    write('long-first-line.txt', `${'word '.repeat(400)}\n\n${paragraph}`),
  ];
}

describe('echoes reads text files from their bytes', () => {
  it('gives each document the text, title and number the decoded text gives, in file order', async () => {
    const paths = files();
    const { code, out, err } = await runCommand(runEchoes, ['--jsonl', ...paths]);
    expect(code).toBe(1);
    const lines = out.map((l) => JSON.parse(l) as Line);
    const docs = lines.filter((l) => l.type === 'document');
    const readable = paths.filter((p) => !p.endsWith('missing.txt'));
    expect(docs.map((d) => d.path)).toEqual(readable);
    expect(docs.map((d) => d.id)).toEqual(readable.map((_, i) => `doc${i + 1}`));
    for (const doc of docs) {
      // Markdown is read as its article (as `extract` reads it), text files as they are.
      const expected = doc.path.endsWith('.md')
        ? await readMarkdownDocument(doc.path)
        : readTextFile(doc.path);
      expect({ title: doc.title, text: doc.text }).toEqual({
        title: expected.title,
        text: expected.text,
      });
    }
    expect(err).toEqual([
      expect.stringContaining('missing.txt: cannot read the file (no such file)'),
      expect.stringContaining('nowords.txt: no words in it'),
    ]);
    // Every passage's offsets cut its own text out of its document: UTF-16 offsets.
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    const passages = lines.filter((l) => l.type === 'cluster').flatMap((c) => c.passages ?? []);
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) expect(texts.get(p.doc)?.slice(p.start, p.end)).toBe(p.text);
    expect(passages.some((p) => p.doc === 'doc1')).toBe(true);
  });

  it('gives the same title from the bytes as from the decoded text', () => {
    const line = fc.oneof(
      fc.constant(''),
      fc.constant('   '),
      fc.constantFrom('A title', 'Ends like a sentence.', '# Heading', '## Sub ##', 'Ünïcödé 😀'),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ maxLength: 1500 }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('.txt', '.md'),
        (lines, ext) => {
          const text = lines.join('\n');
          const bytes = new TextEncoder().encode(text);
          // Only texts that are their bytes' UTF-8 (no lone surrogates) are read from bytes.
          fc.pre(new TextDecoder().decode(bytes) === text);
          const path = `/x/file${ext}`;
          expect(titleOfUtf8(path, bytes, ext)).toBe(titleOf(path, text, ext));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
