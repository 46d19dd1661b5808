import { describe, expect, it } from 'vitest';
import { argGuards, isSafeFileName } from './arg-guards';
import { maxSavePieceChars } from '../../src/shared/ipc';

describe('argGuards', () => {
  it('pickFiles takes exactly one { folders: boolean }', () => {
    expect(argGuards.pickFiles([{ folders: true }])).toBe(true);
    expect(argGuards.pickFiles([{ folders: 'yes' }])).toBe(false);
    expect(argGuards.pickFiles([{ folders: false, path: '/etc' }])).toBe(false);
    expect(argGuards.pickFiles([])).toBe(false);
    expect(argGuards.pickFiles([null])).toBe(false);
  });

  it('pickFiles takes an optional accept of articles or backup, and nothing else', () => {
    expect(argGuards.pickFiles([{ folders: false, accept: 'backup' }])).toBe(true);
    expect(argGuards.pickFiles([{ folders: false, accept: 'articles' }])).toBe(true);
    expect(argGuards.pickFiles([{ folders: false, accept: 'exe' }])).toBe(false);
    expect(argGuards.pickFiles([{ folders: false, accept: ['backup'] }])).toBe(false);
    expect(argGuards.pickFiles([{ folders: false, accept: 'backup', filters: [] }])).toBe(false);
  });

  it('saveFile takes a plain file name and string contents', () => {
    expect(argGuards.saveFile(['report.html', '<p>hi</p>'])).toBe(true);
    expect(argGuards.saveFile(['../../.bashrc', 'x'])).toBe(false);
    expect(argGuards.saveFile(['a.txt', new Uint8Array(2)])).toBe(false);
    expect(argGuards.saveFile(['a.txt'])).toBe(false);
  });

  it('the chunked save takes a plain file name, then handles main issued and bounded pieces', () => {
    expect(argGuards.saveOpen(['verso-archive-2026-12-01.json'])).toBe(true);
    expect(argGuards.saveOpen(['../backup.json'])).toBe(false);
    expect(argGuards.saveOpen([])).toBe(false);
    expect(argGuards.saveAppend([1, '{"format":'])).toBe(true);
    expect(argGuards.saveAppend([1, 'x'.repeat(maxSavePieceChars + 1)])).toBe(false);
    expect(argGuards.saveAppend([0, 'x'])).toBe(false);
    expect(argGuards.saveAppend([1.5, 'x'])).toBe(false);
    expect(argGuards.saveAppend(['1', 'x'])).toBe(false);
    expect(argGuards.saveAppend([1, new Uint8Array(1)])).toBe(false);
    expect(argGuards.saveFinish([3])).toBe(true);
    expect(argGuards.saveFinish([-3])).toBe(false);
    expect(argGuards.saveFinish([3, 'x'])).toBe(false);
    expect(argGuards.saveAbort([3])).toBe(true);
    expect(argGuards.saveAbort([null])).toBe(false);
  });

  it('a backup is chosen with no arguments, then read by the id and handles main issued', () => {
    expect(argGuards.pickBackup([])).toBe(true);
    expect(argGuards.pickBackup(['/etc/passwd'])).toBe(false);
    for (const name of ['readOpen', 'readChunk', 'readClose'] as const) {
      expect(argGuards[name]([2])).toBe(true);
      expect(argGuards[name]([0])).toBe(false);
      expect(argGuards[name](['/home/a/backup.json'])).toBe(false);
      expect(argGuards[name]([2, 1024])).toBe(false);
      expect(argGuards[name]([])).toBe(false);
    }
  });

  it('fetchUrl and openExternal take one http(s) URL', () => {
    expect(argGuards.fetchUrl(['https://example.com/'])).toBe(true);
    expect(argGuards.fetchUrl(['file:///etc/passwd'])).toBe(false);
    expect(argGuards.openExternal(['javascript:alert(1)'])).toBe(false);
    expect(argGuards.openExternal(['https://a.example', 'extra'])).toBe(false);
  });

  it('watchFetch takes one request: http(s) address, string validators without line breaks, a bounded cap', () => {
    const ok = {
      url: 'https://a.example/rss',
      validators: { etag: '"v1"', lastModified: '' },
      maxBytes: 1024,
    };
    expect(argGuards.watchFetch([ok])).toBe(true);
    expect(argGuards.watchFetch([{ ...ok, url: 'file:///etc/passwd' }])).toBe(false);
    expect(
      argGuards.watchFetch([
        { ...ok, validators: { etag: '"v1"\r\nCookie: x', lastModified: '' } },
      ]),
    ).toBe(false);
    expect(argGuards.watchFetch([{ ...ok, validators: { etag: 1, lastModified: '' } }])).toBe(
      false,
    );
    expect(
      argGuards.watchFetch([{ ...ok, validators: { etag: '', lastModified: '', extra: '' } }]),
    ).toBe(false);
    expect(argGuards.watchFetch([{ ...ok, maxBytes: 1e12 }])).toBe(false);
    expect(argGuards.watchFetch([{ ...ok, maxBytes: 0.5 }])).toBe(false);
    expect(argGuards.watchFetch([{ ...ok, headers: { Cookie: 'x' } }])).toBe(false);
    expect(argGuards.watchFetch([ok, ok])).toBe(false);
  });

  it('appInfo and pendingFiles take nothing', () => {
    expect(argGuards.appInfo([])).toBe(true);
    expect(argGuards.appInfo([1])).toBe(false);
    expect(argGuards.pendingFiles([])).toBe(true);
    expect(argGuards.pendingFiles(['/etc/passwd'])).toBe(false);
  });

  it('setThemeSource takes exactly one of system, light or dark', () => {
    expect(argGuards.setThemeSource(['dark'])).toBe(true);
    expect(argGuards.setThemeSource(['system'])).toBe(true);
    expect(argGuards.setThemeSource(['Dark'])).toBe(false);
    expect(argGuards.setThemeSource(['light', 'dark'])).toBe(false);
    expect(argGuards.setThemeSource([{ toString: () => 'dark' }])).toBe(false);
    expect(argGuards.setThemeSource([])).toBe(false);
  });
});

describe('isSafeFileName', () => {
  it.each(['a/b', 'a\\b', '..', '.', '', 'x\u0000y', 'x'.repeat(256)])('refuses %j', (name) => {
    expect(isSafeFileName(name)).toBe(false);
  });
  it('accepts ordinary names with spaces and accents', () => {
    expect(isSafeFileName('Échos — Healey.html')).toBe(true);
  });
});
