import { describe, expect, it } from 'vitest';
import { listKeyAction } from './list-keys';

const plain = { shift: false, other: false };

describe('listKeyAction', () => {
  it('steps a row with the arrows and stops at the ends', () => {
    expect(listKeyAction('ArrowDown', plain, 3, 10, 8)).toEqual({ kind: 'move', to: 4 });
    expect(listKeyAction('ArrowUp', plain, 3, 10, 8)).toEqual({ kind: 'move', to: 2 });
    expect(listKeyAction('ArrowUp', plain, 0, 10, 8)).toEqual({ kind: 'move', to: 0 });
    expect(listKeyAction('ArrowDown', plain, 9, 10, 8)).toEqual({ kind: 'move', to: 9 });
  });

  it('pages by a screen less one row, and goes to the ends of 100,000 rows', () => {
    expect(listKeyAction('PageDown', plain, 0, 100_000, 8)).toEqual({ kind: 'move', to: 7 });
    expect(listKeyAction('PageUp', plain, 7, 100_000, 8)).toEqual({ kind: 'move', to: 0 });
    expect(listKeyAction('PageDown', plain, 99_995, 100_000, 8)).toEqual({
      kind: 'move',
      to: 99_999,
    });
    // A screen too short for two rows still moves.
    expect(listKeyAction('PageDown', plain, 0, 100_000, 1)).toEqual({ kind: 'move', to: 1 });
    expect(listKeyAction('End', plain, 5, 100_000, 8)).toEqual({ kind: 'move', to: 99_999 });
    expect(listKeyAction('Home', plain, 5, 100_000, 8)).toEqual({ kind: 'move', to: 0 });
  });

  it('opens with Enter and selects with Space, a range with Shift+Space', () => {
    expect(listKeyAction('Enter', plain, 2, 10, 8)).toEqual({ kind: 'open' });
    expect(listKeyAction(' ', plain, 2, 10, 8)).toEqual({ kind: 'toggle', range: false });
    expect(listKeyAction(' ', { shift: true, other: false }, 2, 10, 8)).toEqual({
      kind: 'toggle',
      range: true,
    });
  });

  it('leaves other keys, and keys held with Ctrl, Alt or Meta, to the page', () => {
    expect(listKeyAction('a', plain, 2, 10, 8)).toBeUndefined();
    expect(listKeyAction('Tab', plain, 2, 10, 8)).toBeUndefined();
    expect(listKeyAction('ArrowDown', { shift: false, other: true }, 2, 10, 8)).toBeUndefined();
    expect(listKeyAction('ArrowDown', plain, 0, 0, 8)).toBeUndefined();
  });
});
