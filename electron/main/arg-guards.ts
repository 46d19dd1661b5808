import {
  maxSavePieceChars,
  themeSources,
  type InvokeContract,
  type InvokeName,
  type PickAccept,
  type PickOptions,
  type ThemeSource,
} from '../../src/shared/ipc';
import type { WatchRequest } from '../../src/shared/watch-fetch';
import { maxFetchBytes } from '../../src/shared/capped-body';
import { parseWebUrl } from '../../src/shared/web-url';

type Guard<K extends InvokeName> = (
  args: readonly unknown[],
) => args is Parameters<InvokeContract[K]>;

const pickAccepts: readonly unknown[] = ['articles', 'backup'] satisfies PickAccept[];
const maxSaveBytes = 512 * 1024 * 1024;
const maxFileName = 255;

// A save's or a reading's handle, or a chosen file's id, as main issued it: a whole number from 1 (whether it is open, main decides).
const isHandle = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A file name to suggest in a save dialog: no path separators, no control characters. */
export function isSafeFileName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= maxFileName &&
    // eslint-disable-next-line no-control-regex
    !/[/\\\u0000-\u001f]/.test(value) &&
    value !== '.' &&
    value !== '..'
  );
}

// A validator goes back out as a request header: bounded, and no line breaks to smuggle headers.
const isValidator = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= 1024 &&
  !/[\r\n]/.test(value) &&
  !value.includes('\0');

/** A watch request: an http(s) address, the two validators as strings, a byte cap within the host's. */
export function isWatchRequest(value: unknown): value is WatchRequest {
  if (!isPlainObject(value)) return false;
  const { url, validators, maxBytes } = value;
  return (
    Object.keys(value).length === 3 &&
    parseWebUrl(url) !== null &&
    isPlainObject(validators) &&
    Object.keys(validators).length === 2 &&
    isValidator(validators.etag) &&
    isValidator(validators.lastModified) &&
    Number.isInteger(maxBytes) &&
    typeof maxBytes === 'number' &&
    maxBytes > 0 &&
    maxBytes <= maxFetchBytes
  );
}

/** One guard per contract entry: payloads from the renderer are untrusted until they pass. */
export const argGuards: { readonly [K in InvokeName]: Guard<K> } = {
  pickFiles: (args): args is [PickOptions] =>
    args.length === 1 &&
    isPlainObject(args[0]) &&
    Object.keys(args[0]).every((key) => key === 'folders' || key === 'accept') &&
    typeof args[0].folders === 'boolean' &&
    (args[0].accept === undefined || pickAccepts.includes(args[0].accept)),
  pickedBatch: (args): args is [number, number] =>
    args.length === 2 && args.every((n) => Number.isSafeInteger(n) && (n as number) >= 0),
  saveFile: (args): args is [string, string] =>
    args.length === 2 &&
    isSafeFileName(args[0]) &&
    typeof args[1] === 'string' &&
    args[1].length <= maxSaveBytes,
  saveOpen: (args): args is [string] => args.length === 1 && isSafeFileName(args[0]),
  saveAppend: (args): args is [number, string] =>
    args.length === 2 &&
    isHandle(args[0]) &&
    typeof args[1] === 'string' &&
    args[1].length <= maxSavePieceChars,
  saveFinish: (args): args is [number] => args.length === 1 && isHandle(args[0]),
  saveAbort: (args): args is [number] => args.length === 1 && isHandle(args[0]),
  pickBackup: (args): args is [] => args.length === 0,
  readOpen: (args): args is [number] => args.length === 1 && isHandle(args[0]),
  readChunk: (args): args is [number] => args.length === 1 && isHandle(args[0]),
  readClose: (args): args is [number] => args.length === 1 && isHandle(args[0]),
  fetchUrl: (args): args is [string] => args.length === 1 && parseWebUrl(args[0]) !== null,
  watchFetch: (args): args is [WatchRequest] => args.length === 1 && isWatchRequest(args[0]),
  openExternal: (args): args is [string] => args.length === 1 && parseWebUrl(args[0]) !== null,
  appInfo: (args): args is [] => args.length === 0,
  setThemeSource: (args): args is [ThemeSource] =>
    args.length === 1 && (themeSources as readonly unknown[]).includes(args[0]),
  pendingFiles: (args): args is [] => args.length === 0,
};
