import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { runExtract } from './extract-command';
import { cliHtmlExtractor } from './html-extractor';
import type { Command } from './command-io';
import { tempDir } from '../../tests/support/temp-dir';
import { capturedIo, runCommand } from '../../tests/support/run-command';

const fixtures = new URL('../../tests/fixtures/archive/', import.meta.url).pathname;
const sample = new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url).pathname;

async function run(command: Command, ...args: string[]) {
  const { code, out, err } = await runCommand(command, args);
  return { code, out: out.join('\n'), err };
}

/** Files that every way in must refuse, each with its reason. */
function badFiles(): Record<string, string> {
  const dir = tempDir('verso-input-');
  const files: Record<string, Uint8Array> = {
    'photo.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    'paper.txt': new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
    'bundle.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]),
    'wide.txt': Buffer.from('Hello there, this is text.', 'utf16le'),
    'wider.txt': Uint8Array.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]),
    'nul.txt': new TextEncoder().encode('text\u0000with a NUL byte'),
    'huge.txt': new Uint8Array(50 * 1024 * 1024).fill(0x41),
  };
  const paths: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], bytes);
  }
  return paths;
}

describe('one input check for every CLI path', () => {
  it('echoes and extract refuse the same files with the same message per file', async () => {
    const paths = badFiles();
    const echoes = await run(runEchoes, sample, ...Object.values(paths));
    const extract = await run(runExtract, ...Object.values(paths));
    expect(echoes.code).toBe(1);
    expect(extract.code).toBe(1);
    const expected = [
      'photo.txt: This is a PNG image, not text.',
      'paper.txt: This is a PDF document, not text.',
      'bundle.txt: This is a ZIP archive (or a Word/ODF document), not text.',
      'wide.txt: Unknown encoding: the file contains NUL bytes (binary data, or UTF-16 without a byte-order mark). Save it as UTF-8.',
      'wider.txt: The text is in UTF-32, which Verso cannot read; save it as UTF-8.',
      'nul.txt: Unknown encoding: the file contains NUL bytes (binary data, or UTF-16 without a byte-order mark). Save it as UTF-8.',
      'huge.txt: It is 50.0 MB; Verso imports articles up to 10.0 MB.',
    ];
    const strip = (lines: string[]) =>
      lines.map((l) => l.slice(l.lastIndexOf('/', l.indexOf(':')) + 1));
    expect(strip(echoes.err)).toEqual(expected);
    expect(strip(extract.err)).toEqual(expected);
  });

  it('reads a page that clobbers form.parentNode without hanging', async () => {
    const page = join(fixtures, 'clobbering.html');
    const extract = await run(runExtract, '--json', page);
    expect(extract.code).toBe(0);
    expect(JSON.parse(extract.out)).toMatchObject({ title: 'A page that clobbers the DOM' });
    const echoes = await run(runEchoes, '--json', page, sample);
    expect(echoes.code).toBe(0);
  });

  it('stops a page that takes longer than the limit, says so, and goes on', async () => {
    // A limit no page can meet stands in for a page that never ends: the thread is stopped.
    const timed = cliHtmlExtractor(1);
    const { io, out, err } = capturedIo();
    const code = await runExtract(
      ['--json', join(fixtures, 'saved-page.html'), sample],
      io,
      timed.extract,
    );
    timed.close();
    expect(code).toBe(1);
    expect(err).toEqual([
      `${join(fixtures, 'saved-page.html')}: Reading this page took longer than 0 seconds, so it was stopped (its HTML may be built to trap readers).`,
    ]);
    expect(out).toHaveLength(1);
  });

  it('says in words why malformed HTML cannot be read, and reads 20,000 nested divs', async () => {
    const dir = tempDir('verso-html-');
    const bare = join(dir, 'bare.html');
    writeFileSync(bare, '<p>Too short to be <b>news</td></table>');
    const deep = join(dir, 'deep.html');
    const depth = 20_000;
    const para = 'Residents said the decision had been taken without any public consultation. ';
    writeFileSync(
      deep,
      `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${para.repeat(8)}</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    const extract = await run(runExtract, '--json', bare, deep);
    expect(extract.code).toBe(1);
    expect(extract.err).toHaveLength(1);
    expect(extract.err[0]).toMatch(/^.*bare\.html: No article found in this page/);
    expect(extract.err[0]).not.toMatch(/Readability|constructor|argument|stack/i);
    expect(JSON.parse(extract.out)).toMatchObject({ title: 'Deep' });
    const echoes = await run(runEchoes, '--json', deep, sample);
    expect(echoes.code).toBe(0);
  });
});
