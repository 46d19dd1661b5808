import { describe, expect, it } from 'vitest';
import { isPickSession } from './ipc';

describe('isPickSession', () => {
  it('accepts a pick as main names it', () => {
    expect(isPickSession({ id: 3, batches: 2 })).toBe(true);
    expect(isPickSession({ id: 1, batches: 0 })).toBe(true);
  });

  it.each([
    ['a list of files', [{ name: 'a.html', relativePath: 'a.html', bytes: new Uint8Array([60]) }]],
    ['a zero id', { id: 0, batches: 1 }],
    ['a fractional batch count', { id: 1, batches: 1.5 }],
    ['a negative batch count', { id: 1, batches: -1 }],
    ['an id as a string', { id: '1', batches: 1 }],
    ['null', null],
    ['a string', 'a.html'],
  ])('refuses %s', (_label, value) => {
    expect(isPickSession(value)).toBe(false);
  });
});
