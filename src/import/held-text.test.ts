import { describe, expect, it } from 'vitest';
import { HeldTexts, withTextHeld } from './held-text';
import { readFileForImport } from './read-file-off';

describe('HeldTexts', () => {
  it('gives a held text back once, by its ticket only', () => {
    const texts = new HeldTexts();
    const first = texts.hold('The first long text.');
    const second = texts.hold('The second.');
    expect(texts.take({ key: second.key, length: 3 })).toBeUndefined();
    expect(texts.take(first)).toBe('The first long text.');
    expect(texts.take(first)).toBeUndefined();
  });

  it('drops the oldest texts beyond four, so tickets never taken are not kept for good', () => {
    const texts = new HeldTexts();
    const tickets = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff'].map((t) => texts.hold(t));
    expect(tickets.map((t) => texts.take(t))).toEqual([
      undefined,
      undefined,
      'ccc',
      'dddd',
      'eeeee',
      'ffffff',
    ]);
  });
});

describe('withTextHeld', () => {
  it('sends the article without its text, which its ticket takes back whole', () => {
    const text = ['A long hearing', 'The harbour master spoke first.'].join('\n\n');
    const read = readFileForImport({ name: 'h.txt', bytes: new TextEncoder().encode(text) });
    if (read?.outcome.kind !== 'ok') throw new Error('not read');
    const texts = new HeldTexts();
    const sent = withTextHeld(read, texts);
    if (sent.outcome.kind !== 'ok' || !sent.held) throw new Error('not held');
    expect(sent.outcome.article).toEqual({ ...read.outcome.article, text: '' });
    expect(sent.facts).toEqual(read.facts);
    expect(texts.take(sent.held)).toBe(read.outcome.article.text);
  });

  it('leaves a failed read as it is', () => {
    const failed = readFileForImport({ name: 'empty.txt', bytes: new Uint8Array() });
    if (!failed) throw new Error('not read');
    expect(withTextHeld(failed, new HeldTexts())).toEqual(failed);
  });
});
