import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../tests/support/run-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCompare } from './compare-command';
import { runExtract } from './extract-command';

const path = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const sample = path('seeds/000_7500752fa51d260b.txt');
const page = path('tests/fixtures/archive/saved-page.html');
const dir = tempDir('verso-compare-extracted-');

/** What `verso extract --json` says of a file: its text and its word count. */
async function extracted(file: string): Promise<{ text: string; words: number }> {
  const json = await runCommand(runExtract, ['--json', file]);
  const readable = await runCommand(runExtract, [file]);
  const words = Number(/\nWords {5}(\d+)\n/.exec(readable.out[0] ?? '')?.[1]);
  return { text: (JSON.parse(json.out[0] ?? '{}') as { text: string }).text, words };
}

interface CompareJson {
  a: { text: string };
  b: { text: string };
  summary: Record<string, number>;
}

describe('verso compare reads each file as its article, as extract and the app do', () => {
  it('leaves the sample’s date line out and counts its 604 words as extract does', async () => {
    const { text, words } = await extracted(sample);
    expect(words).toBe(604);
    const edited = join(dir, 'edited.txt');
    writeFileSync(
      edited,
      text.replace('Among the latest supportive measures', 'Among the latest measures'),
    );
    const plain = await runCommand(runCompare, [sample, edited]);
    const lines = plain.out.join('\n').split('\n');
    expect(plain.code).toBe(0);
    // The raw file was compared before: its " date 2026-02-23" line shown and counted (608).
    expect(lines[2]).toBe(`${words} words: ${words - 1} the same, 1 deleted`);
    expect(plain.out.join('\n')).not.toContain('2026-02-23');
    const json = await runCommand(runCompare, ['--json', sample, sample]);
    const result = JSON.parse(json.out[0] ?? '{}') as CompareJson;
    expect(result.a.text).toBe(text);
    expect(result.summary).toMatchObject({ same: words, deleted: 0, inserted: 0 });
  });

  it('compares a saved page with its article saved as text: the same words', async () => {
    const { text } = await extracted(page);
    const saved = join(dir, 'saved-page.txt');
    writeFileSync(saved, text);
    const json = await runCommand(runCompare, ['--json', page, saved]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out[0] ?? '{}') as CompareJson;
    expect(result.a.text).toBe(text);
    expect(result.b.text).toBe(text);
    // Every word the same, and as many as extract counts: one rule now ("£1.2bn" was two words
    // to the reader and extract, one to the compare).
    expect(result.summary).toMatchObject({ equivalent: 0, changed: 0, deleted: 0, inserted: 0 });
    expect(result.summary.same).toBe((await extracted(page)).words);
  });

  it('reads Markdown as its text, without the markup', async () => {
    const md = join(dir, 'note.md');
    const txt = join(dir, 'note.txt');
    writeFileSync(
      md,
      '# Harbour plan\n\nThe council **approved** the [harbour plan](https://x.example) today.\n',
    );
    writeFileSync(txt, 'Harbour plan\n\nThe council approved the harbour plan today.\n');
    const plain = await runCommand(runCompare, [md, txt]);
    expect(plain.code).toBe(0);
    expect(plain.out.join('\n').split('\n')[2]).toMatch(/^\d+ words: \d+ the same$/);
    expect(plain.out.join('\n')).not.toContain('**');
  });
});
