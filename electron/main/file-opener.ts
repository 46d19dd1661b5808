import { app, type BrowserWindow } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFilesChannel, type PickSession } from '../../src/shared/ipc';
import { createOpenQueue } from './open-queue';
import type { PickStore } from './pick-store';
import { planOpened } from './read-files';
import { addRecent, parseRecent } from './recent-files';

const recentFile = (): string => join(app.getPath('userData'), 'recent-files.json');

/** Open Recent, the OS recent-documents list, and files the OS hands us, in one place. */
export interface FileOpener {
  /** Imports files the OS gave us (Open with, second launch, open-file, Open Recent). */
  open(paths: readonly string[]): void;
  /** Remembers files the person imported through the dialog. */
  remember(paths: readonly string[]): void;
  /** The page asks for what arrived before it listened: picks to fetch batch by batch. */
  takePending(): Promise<PickSession[]>;
  /** The page is (re)loading. */
  pageLoading(): void;
  readonly recent: () => readonly string[];
  clearRecent(): void;
}

/**
 * Creates the opener; `changed` rebuilds the menu when the recent list changes. Opened files
 * become picks in `picks`: the page is told a pick's id and fetches its batches as for a folder.
 */
export function createFileOpener(
  getWindow: () => BrowserWindow | null,
  changed: () => void,
  picks: PickStore,
): FileOpener {
  let recent: string[] = [];
  try {
    recent = parseRecent(JSON.parse(readFileSync(recentFile(), 'utf8')));
  } catch {
    // No list yet.
  }
  const queue = createOpenQueue<PickSession>();
  const send = (sessions: PickSession[]): boolean => {
    const window = getWindow();
    if (!window || window.webContents.isLoading()) return false;
    for (const session of sessions) window.webContents.send(openFilesChannel, session);
    return true;
  };
  const remember = (paths: readonly string[]): void => {
    if (paths.length === 0) return;
    // macOS (Dock, File menu) and Windows (jump list) keep their own list too.
    for (const path of paths) app.addRecentDocument(path);
    recent = addRecent(recent, paths);
    try {
      writeFileSync(recentFile(), JSON.stringify(recent));
    } catch {
      // The menu still shows it for this session.
    }
    changed();
  };
  return {
    open(paths) {
      if (paths.length === 0) return;
      remember(paths);
      void planOpened(paths).then((batches) => {
        if (batches.length > 0) queue.offer([picks.add(batches)], send);
      });
      const window = getWindow();
      if (window?.isMinimized()) window.restore();
      window?.focus();
    },
    remember,
    takePending: async () => queue.take(),
    pageLoading: () => queue.reset(),
    recent: () => recent,
    clearRecent() {
      app.clearRecentDocuments();
      recent = [];
      remember([]);
      try {
        writeFileSync(recentFile(), '[]');
      } catch {
        // Nothing to keep.
      }
      changed();
    },
  };
}
