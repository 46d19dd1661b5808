import { describe, expect, it } from 'vitest';
import type { BridgeApi, PickedFile, PickSession } from '../shared/ipc';
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
