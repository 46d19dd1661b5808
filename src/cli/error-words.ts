/**
 * Why a file, folder or stream could not be used, in words: a system error's code (ENOENT,
 * ENOSPC, Z_BUF_ERROR…) as a person would say it, so no raw code or exception text reaches the
 * user. `missing` is what ENOENT means where it is asked: the file itself when reading one, the
 * folder when a file is made in it or a folder is read. An unknown code is given as it is.
 */
export function errorWords(error: unknown, missing: 'file' | 'folder' = 'file'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `no such ${missing}`;
  return (code === undefined ? undefined : WORDS.get(code)) ?? code ?? 'error';
}

const WORDS: ReadonlyMap<string, string> = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['EISDIR', 'it is a folder'],
  ['ENOTDIR', 'a part of the path is not a folder'],
  ['ELOOP', 'a loop of links'],
  ['ENAMETOOLONG', 'the name is too long'],
  ['ENOSPC', 'disk full'],
  ['EDQUOT', 'over the disk quota'],
  ['EFBIG', 'the file is too large'],
  ['EROFS', 'a read-only file system'],
  ['EIO', 'an input/output error on the device'],
  ['EMFILE', 'too many open files'],
  ['ENFILE', 'too many open files'],
  ['EBUSY', 'the file is busy'],
  ['ETXTBSY', 'the file is busy'],
  ['ENXIO', 'no such device'],
  ['ENODEV', 'no such device'],
  ['EEXIST', 'it already exists'],
  // zlib's codes for a .gz part: its data ends early (a copy cut short), or is not gzip at all.
  ['Z_BUF_ERROR', 'cut short: its gzip data ends early'],
  ['Z_DATA_ERROR', 'not valid gzip data'],
]);
