import { describe, expect, it } from 'vitest';
import { readInput } from './read-input';

describe('readInput (the one input check)', () => {
  it('refuses by the size a host reports for a file it did not read', () => {
    expect(readInput({ name: 'big.txt', bytes: new Uint8Array(), size: 50 * 1024 * 1024 })).toEqual(
      {
        kind: 'failed',
        reason: 'It is 50.0 MB; Verso imports articles up to 10.0 MB.',
      },
    );
  });

  it('reads a text and says which format it is', () => {
    const bytes = new TextEncoder().encode('<p>Hello</p>');
    expect(readInput({ name: 'page.htm', bytes })).toMatchObject({
      kind: 'ok',
      format: 'html',
      text: '<p>Hello</p>',
    });
  });
});
