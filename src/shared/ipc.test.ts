import { describe, expect, it } from 'vitest';
import { isPickedFileList } from './ipc';

describe('isPickedFileList', () => {
  const file = { name: 'a.html', relativePath: 'a.html', bytes: new Uint8Array([60]) };

  it('accepts files as main sends them, and an empty list', () => {
    expect(isPickedFileList([file, { ...file, name: 'b.md' }])).toBe(true);
    expect(isPickedFileList([])).toBe(true);
  });

  it.each([
    ['not a list', file],
    ['bytes as a plain array', [{ ...file, bytes: [60] }]],
    ['a missing name', [{ relativePath: 'a', bytes: new Uint8Array() }]],
    ['a null entry', [null]],
    ['a string', 'a.html'],
  ])('refuses %s', (_label, value) => {
    expect(isPickedFileList(value)).toBe(false);
  });
});
