import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
const registered = new Map<string, Listener>();

// Only ipcMain.handle is used by the gate; record what it registers.
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
}));

const { registerHandlers } = await import('./ipc');
type Handlers = Parameters<typeof registerHandlers>[0];

const appUrl = 'app://verso/index.html';
const calls: unknown[][] = [];
const record =
  <T>(answer: T) =>
  (...args: unknown[]) => {
    calls.push(args);
    return Promise.resolve(answer);
  };
const handlers = {
  pickFiles: record({ id: 1, batches: 0, files: [] }),
  pickedBatch: record([]),
  saveFile: record(true),
  saveOpen: record(1),
  saveAppend: record(undefined),
  saveFinish: record(undefined),
  saveAbort: record(undefined),
  pickBackup: record(undefined),
  readOpen: record(2),
  readChunk: record(new Uint8Array()),
  readClose: record(undefined),
  fetchUrl: record({ ok: false }),
  watchFetch: record({}),
  openExternal: record(true),
  appInfo: record({}),
  setThemeSource: record(undefined),
  pendingFiles: record([]),
} as unknown as Handlers;

/** An invoke event from a frame showing `url`; `parent` set makes it a subframe. */
const eventFrom = (url: string, parent: object | null = null): IpcMainInvokeEvent =>
  ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

const ours = (event: IpcMainInvokeEvent) =>
  (event.senderFrame as unknown as { url: string }).url.startsWith('app://verso/');

describe('registerHandlers (the one IPC gate)', () => {
  beforeEach(() => {
    registered.clear();
    calls.length = 0;
    registerHandlers(handlers, ours, appUrl);
  });

  it('registers every contract call on its channel', () => {
    expect([...registered.keys()].sort()).toEqual(
      Object.keys(handlers)
        .map((n) => `verso:${n}`)
        .sort(),
    );
  });

  it('passes a trusted main frame with valid arguments through to the handler', async () => {
    const invoke = registered.get('verso:openExternal');
    await expect(invoke?.(eventFrom(appUrl), 'https://example.org/a')).resolves.toBe(true);
    expect(calls).toEqual([['https://example.org/a']]);
  });

  it('refuses a subframe, another window, another page and a missing frame', () => {
    const invoke = registered.get('verso:openExternal');
    const url = 'https://example.org/a';
    expect(() => invoke?.(eventFrom(appUrl, {}), url)).toThrow(/untrusted sender/);
    expect(() => invoke?.(eventFrom('https://evil.example/'), url)).toThrow(/untrusted sender/);
    expect(() => invoke?.({ senderFrame: null } as unknown as IpcMainInvokeEvent, url)).toThrow(
      /untrusted sender/,
    );
    expect(calls).toEqual([]);
  });

  it('refuses arguments the channel guard rejects, before the handler runs', () => {
    const invoke = registered.get('verso:openExternal');
    expect(() => invoke?.(eventFrom(appUrl), 'javascript:alert(1)')).toThrow(/invalid arguments/);
    expect(() => invoke?.(eventFrom(appUrl), 'https://example.org/', 'extra')).toThrow(
      /invalid arguments/,
    );
    expect(() => invoke?.(eventFrom(appUrl))).toThrow(/invalid arguments/);
    expect(calls).toEqual([]);
  });
});
