import { describe, expect, it } from 'vitest';
import type { BridgeApi, PickedFile, PickSession } from '../shared/ipc';
import { readHostFile } from './host';
import { createElectronHost } from './electron-host';

const file = (name: string): PickedFile => ({ name, relativePath: name, bytes: new Uint8Array() });

/** A bridge whose picks hold two batches each; records which batches were asked for. */
function fakeApi(asked: string[]) {
  let openListener: ((pick: PickSession) => void) | undefined;
  const api = {
    pendingFiles: async () => [
      { id: 1, batches: 2 },
      { id: 2, batches: 1 },
    ],
    pickedBatch: async (id: number, batch: number) => {
      asked.push(`${id}/${batch}`);
      return [file(`${id}-${batch}.txt`)];
    },
    onOpenFiles: (listener: (pick: PickSession) => void) => {
      openListener = listener;
      return () => undefined;
    },
  } as unknown as BridgeApi;
  return { api, open: (pick: PickSession) => openListener?.(pick) };
}

describe('createElectronHost: files the OS opened cross in batches', () => {
  it('fetches every batch of every pending pick, one message each', async () => {
    const asked: string[] = [];
    const host = createElectronHost(fakeApi(asked).api);
    const files = await host.pendingFiles();
    expect(asked).toEqual(['1/0', '1/1', '2/0']);
    expect(files.map((f) => f.name)).toEqual(['1-0.txt', '1-1.txt', '2-0.txt']);
  });

  it('hands a pick opened while running to the listener once all its batches arrived', async () => {
    const asked: string[] = [];
    const fake = fakeApi(asked);
    const host = createElectronHost(fake.api);
    const got = new Promise<PickedFile[]>((done) => host.onOpenFiles(done));
    fake.open({ id: 7, batches: 3 });
    expect((await got).map((f) => f.name)).toEqual(['7-0.txt', '7-1.txt', '7-2.txt']);
  });
});

describe('createElectronHost: picked articles come read by main', () => {
  it('hands over the bytes, size and date main read, used as they are (no reading in the page or a worker)', async () => {
    const story = new TextEncoder().encode('Harbour fees rise');
    const picked: PickedFile[] = [
      { name: 'a.txt', relativePath: 'news/a.txt', bytes: story, lastModified: 1_796_029_200_000 },
      { name: 'huge.txt', relativePath: 'news/huge.txt', bytes: new Uint8Array(), size: 11e6 },
    ];
    const api = {
      pickFiles: async () => ({ id: 3, batches: 1 }),
      pickedBatch: async () => picked,
    } as unknown as BridgeApi;
    const files = await createElectronHost(api).pickFiles({ folders: true });
    expect(files.map((file) => file.read)).toEqual([undefined, undefined]);
    expect(await Promise.all(files.map(readHostFile))).toEqual([
      { bytes: story },
      { bytes: new Uint8Array(), size: 11e6 },
    ]);
    // The date goes to the import on the file itself (ImportFile.lastModified).
    expect(files[0]?.lastModified).toBe(1_796_029_200_000);
  });
});

describe('createElectronHost: a backup crosses from main in chunks', () => {
  /** A bridge serving one chosen backup in chunks of 3 bytes; records the calls. */
  function chunkApi(text: string, calls: string[]) {
    const bytes = new TextEncoder().encode(text);
    const at = new Map<number, number>();
    let next = 10;
    return {
      pickBackup: async () => ({ id: 1, name: 'verso-archive.json', size: bytes.length }),
      readOpen: async (id: number) => {
        calls.push(`open ${id}`);
        at.set(++next, 0);
        return next;
      },
      readChunk: async (handle: number) => {
        const from = at.get(handle) ?? 0;
        at.set(handle, from + 3);
        return bytes.slice(from, from + 3);
      },
      readClose: async (handle: number) => void calls.push(`close ${handle}`),
    } as unknown as BridgeApi;
  }

  it('gives the chosen backup unread, each stream a reading of its own, closed at its end', async () => {
    const calls: string[] = [];
    const host = createElectronHost(chunkApi('{"format":"é"}\n', calls));
    const [file] = await host.pickFiles({ folders: false, accept: 'backup' });
    expect(file?.name).toBe('verso-archive.json');
    expect(file?.bytes).toHaveLength(0);
    const source = await file?.open?.();
    for (let reading = 0; reading < 2; reading++)
      expect(await new Response(source?.stream()).text()).toBe('{"format":"é"}\n');
    expect(calls).toEqual(['open 1', 'close 11', 'open 1', 'close 12']);
  });

  it('closes a reading its reader stops early', async () => {
    const calls: string[] = [];
    const host = createElectronHost(chunkApi('abcdefghij', calls));
    const [file] = await host.pickFiles({ folders: false, accept: 'backup' });
    const reader = (await file?.open?.())?.stream().getReader();
    expect((await reader?.read())?.value).toHaveLength(3);
    await reader?.cancel();
    expect(calls).toEqual(['open 1', 'close 11']);
  });
});
