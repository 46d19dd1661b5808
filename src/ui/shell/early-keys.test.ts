// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { holdEarlyKeys, replayEarlyKeys, takeEarlyKeys } from './early-keys';

afterEach(() => {
  takeEarlyKeys();
  document.body.innerHTML = '';
});

const press = (key: string, init: KeyboardEventInit = {}): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
};

describe('keys pressed before the shell listens', () => {
  it('are held in order, with the browser default stopped only for keys the app will act on', () => {
    holdEarlyKeys();
    const slash = press('/');
    const open = press('o', { ctrlKey: true });
    const reload = press('F5');
    expect(takeEarlyKeys().map((e) => e.key)).toEqual(['/', 'o', 'F5']);
    expect([slash.defaultPrevented, open.defaultPrevented, reload.defaultPrevented]).toEqual([
      true,
      true,
      false,
    ]);
    // Once taken, nothing more is held.
    press('?');
    expect(takeEarlyKeys()).toEqual([]);
  });

  it('leave a field being typed in alone', () => {
    const field = document.createElement('input');
    document.body.append(field);
    holdEarlyKeys();
    field.dispatchEvent(
      new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }),
    );
    expect(takeEarlyKeys()).toEqual([]);
  });

  it('are played back to the listeners that arrive later, with their modifiers', () => {
    holdEarlyKeys();
    press('?');
    const heard: string[] = [];
    window.addEventListener('keydown', (e) => heard.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`));
    replayEarlyKeys();
    expect(heard).toEqual(['?']);
  });
});
