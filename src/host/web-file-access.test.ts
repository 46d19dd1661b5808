import { describe, expect, it } from 'vitest';
import { readHostFile } from './host';
import { pickWithFileAccess, type FileAccessWindow } from './web-file-access';

type Entry = { kind: 'file'; name: string; getFile(): Promise<File> } | Folder;
interface Folder {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<Entry>;
}

/** A handle-like file whose File is made only when asked (counted). */
function fileHandle(name: string, text: string, opened: string[]): Entry {
  return {
    kind: 'file',
    name,
    getFile: async () => {
      opened.push(name);
      return new File([text], name);
    },
  };
}

function folder(name: string, entries: Entry[], broken = false): Folder {
  return {
    kind: 'directory',
    name,
    values: () => ({
      async *[Symbol.asyncIterator]() {
        if (broken) throw new DOMException('gone', 'NotFoundError');
        yield* entries;
      },
    }),
  };
}

const texts = async (files: Awaited<ReturnType<typeof pickWithFileAccess>>) =>
  Promise.all(
    (files ?? []).map(async (f) => new TextDecoder().decode((await readHostFile(f)).bytes)),
  );

describe('pickWithFileAccess (the File System Access pickers)', () => {
  it('a chosen folder: every file under it by its path from the folder, sorted, opened only when read', async () => {
    const opened: string[] = [];
    const chosen = folder('news', [
      fileHandle('b.txt', 'bee', opened),
      folder('older', [fileHandle('c.html', '<p>sea</p>', opened)]),
      folder('locked', [fileHandle('x.txt', 'never', opened)], true),
      fileHandle('a.txt', 'ay', opened),
    ]);
    const asked: unknown[] = [];
    const page: FileAccessWindow = {
      showOpenFilePicker: async () => [],
      showDirectoryPicker: async (options) => {
        asked.push(options);
        return chosen;
      },
    };
    const files = await pickWithFileAccess({ folders: true }, page);
    expect(asked).toEqual([{ mode: 'read' }]);
    expect(files?.map((f) => [f.name, f.relativePath])).toEqual([
      ['a.txt', 'news/a.txt'],
      ['b.txt', 'news/b.txt'],
      ['c.html', 'news/older/c.html'],
    ]);
    expect(opened).toEqual([]);
    expect(await texts(files)).toEqual(['ay', 'bee', '<p>sea</p>']);
    expect(opened).toEqual(['a.txt', 'b.txt', 'c.html']);
  });

  it('chosen files: several articles (of the article types), or one backup read whatever its size', async () => {
    const opened: string[] = [];
    const asked: { multiple?: boolean; types?: { accept: Record<string, string[]> }[] }[] = [];
    const big = 'x'.repeat(11 * 1024 * 1024);
    const page: FileAccessWindow = {
      showOpenFilePicker: async (options) => {
        asked.push(options);
        return [fileHandle('one.txt', 'one', opened), fileHandle('big.txt', big, opened)] as never;
      },
      showDirectoryPicker: async () => folder('unused', []),
    };
    const articles = await pickWithFileAccess({ folders: false }, page);
    expect(articles?.map((f) => f.relativePath)).toEqual(['one.txt', 'big.txt']);
    // An article over the 10 MB limit is named with its size, its bytes never read.
    const [, oversize] = articles ?? [];
    expect(oversize && (await readHostFile(oversize))).toEqual({
      bytes: new Uint8Array(),
      size: big.length,
      lastModified: expect.any(Number),
    });
    const backup = await pickWithFileAccess({ folders: false, accept: 'backup' }, page);
    const [, whole] = backup ?? [];
    expect(whole && (await readHostFile(whole)).bytes.length).toBe(big.length);
    expect(asked.map((o) => o.multiple)).toEqual([true, false]);
    expect(Object.values(asked[0]?.types?.[0]?.accept ?? {}).flat()).toContain('.html');
    expect(Object.values(asked[1]?.types?.[0]?.accept ?? {}).flat()).toEqual(['.json']);
  });

  it('a closed picker chooses nothing; missing or refusing pickers leave it to the file input', async () => {
    const refusing = (name: string): FileAccessWindow => ({
      showOpenFilePicker: async () => {
        throw new DOMException('no', name);
      },
      showDirectoryPicker: async () => {
        throw new DOMException('no', name);
      },
    });
    expect(await pickWithFileAccess({ folders: false }, refusing('AbortError'))).toEqual([]);
    expect(await pickWithFileAccess({ folders: true }, refusing('AbortError'))).toEqual([]);
    expect(await pickWithFileAccess({ folders: true }, refusing('SecurityError'))).toBeUndefined();
    expect(await pickWithFileAccess({ folders: false }, {})).toBeUndefined();
    // A browser with the folder picker alone: folders through it, files through the input.
    const folderOnly: FileAccessWindow = {
      showDirectoryPicker: async () => folder('f', [fileHandle('a.txt', 'a', [])]),
    };
    expect((await pickWithFileAccess({ folders: true }, folderOnly))?.length).toBe(1);
    expect(await pickWithFileAccess({ folders: false }, folderOnly)).toBeUndefined();
  });
});
