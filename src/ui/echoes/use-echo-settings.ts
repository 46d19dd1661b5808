import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_ECHO_OPTIONS, resolveEchoOptions } from '../../core/echoes/options';
import type { EchoSettings } from '../../workers/echo-protocol';

const storageKey = 'verso.echo-settings';
type Setting = keyof EchoSettings;

// The engine's defaults and range checks, so a stored value the engine would refuse is never used.
function validOr(key: Setting, value: unknown): number {
  try {
    return resolveEchoOptions({ [key]: Number(value) })[key];
  } catch {
    return DEFAULT_ECHO_OPTIONS[key];
  }
}

function load(): EchoSettings {
  let stored: Partial<Record<Setting, unknown>> = {};
  try {
    stored = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as typeof stored;
  } catch {
    // A damaged entry falls back to the defaults below.
  }
  return {
    minWords: validOr('minWords', stored.minWords),
    minSimilarity: validOr('minSimilarity', stored.minSimilarity),
  };
}

// Every user of the settings (the reader's echoes, its reuse line, the clusters) sees one value:
// each once kept its own copy from when it mounted, so a change in the echoes panel left the
// reuse line judging its scan against the old thresholds. The parsed value is kept per stored
// text, so the snapshot is stable until the text changes (here or in another tab).
const listeners = new Set<() => void>();
let lastRaw: string | null | undefined;
let lastSettings: EchoSettings | undefined;

function snapshot(): EchoSettings {
  const raw = localStorage.getItem(storageKey);
  if (raw !== lastRaw || !lastSettings) {
    lastRaw = raw;
    lastSettings = load();
  }
  return lastSettings;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The minimum length and similarity for echoes, remembered between sessions, one for the app. */
export function useEchoSettings(): [EchoSettings, (next: EchoSettings) => void] {
  const settings = useSyncExternalStore(subscribe, snapshot);
  const update = useCallback((next: EchoSettings) => {
    localStorage.setItem(storageKey, JSON.stringify(next));
    for (const listener of listeners) listener();
  }, []);
  return [settings, update];
}
