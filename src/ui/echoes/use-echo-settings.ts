import { useCallback, useState } from 'react';
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

/** The minimum length and similarity for echoes, remembered between sessions. */
export function useEchoSettings(): [EchoSettings, (next: EchoSettings) => void] {
  const [settings, setSettings] = useState(load);
  const update = useCallback((next: EchoSettings) => {
    localStorage.setItem(storageKey, JSON.stringify(next));
    setSettings(next);
  }, []);
  return [settings, update];
}
