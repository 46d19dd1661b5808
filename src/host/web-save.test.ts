import { describe, expect, it } from 'vitest';
import { saveAsDownload, saveTypeOf, saveWithFileAccess, type SavePickerWindow } from './web-save';

describe('saveAsDownload', () => {
  it('downloads the pieces as one file on finish, and nothing after abort', async () => {
    const downloads: [string, Blob][] = [];
    const save = saveAsDownload('b.json', (name, blob) => downloads.push([name, blob]));
    await save.write('{"a":');
    await save.write('"é"}\n');
    expect(downloads).toEqual([]);
    await save.finish();
    expect(downloads.map(([name]) => name)).toEqual(['b.json']);
    expect(await downloads[0]?.[1].text()).toBe('{"a":"é"}\n');

    const dropped = saveAsDownload('c.json', (name, blob) => downloads.push([name, blob]));
    await dropped.write('half');
    await dropped.abort();
    expect(downloads).toHaveLength(1);
  });
});

/** A save picker handing over a writable that records what happens to it. */
function pickerWindow(log: string[], refuse?: string): SavePickerWindow {
  return {
    async showSaveFilePicker(options) {
      if (refuse) throw new DOMException('no', refuse);
      log.push(`picked ${options.suggestedName ?? ''}`);
      return {
        createWritable: async () => ({
          write: async (text: string) => void log.push(`write ${text}`),
          close: async () => void log.push('close'),
          abort: async () => void log.push('abort'),
        }),
      };
    },
  };
}

describe('saveWithFileAccess', () => {
  it('writes through the picked file: close keeps it, abort drops it', async () => {
    const log: string[] = [];
    const save = await saveWithFileAccess('v.json', pickerWindow(log));
    await save?.write('one');
    await save?.finish();
    const dropped = await saveWithFileAccess('w.json', pickerWindow(log));
    await dropped?.abort();
    expect(log).toEqual(['picked v.json', 'write one', 'close', 'picked w.json', 'abort']);
  });

  it('is null when the person cancels the picker, undefined when there is none or it refuses', async () => {
    expect(await saveWithFileAccess('v.json', pickerWindow([], 'AbortError'))).toBeNull();
    expect(await saveWithFileAccess('v.json', pickerWindow([], 'SecurityError'))).toBeUndefined();
    expect(await saveWithFileAccess('v.json', {})).toBeUndefined();
  });
});

describe('saveTypeOf', () => {
  it('offers the picker the type the file name says', () => {
    expect(saveTypeOf('verso-archive-2026-12-01.json').accept).toEqual({
      'application/json': ['.json'],
    });
    expect(saveTypeOf('verso-clusters-2026-12-03.csv').accept).toEqual({ 'text/csv': ['.csv'] });
    expect(saveTypeOf('verso-cluster-2026-12-03.HTML').accept).toEqual({ 'text/html': ['.html'] });
    expect(saveTypeOf('notes.md').accept).toEqual({ 'text/plain': ['.md'] });
  });
});
