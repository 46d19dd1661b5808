import { useCallback, useState } from 'react';
import type { EchoSettings } from '../../workers/echo-protocol';

const storageKey = 'verso.echo-settings';
const defaults: EchoSettings = { minWords: 8, minSimilarity: 0.5 };

function load(): EchoSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Partial<EchoSettings>;
    const minWords = Number(stored.minWords);
    const minSimilarity = Number(stored.minSimilarity);
    return {
      minWords: Number.isInteger(minWords) && minWords >= 1 ? minWords : defaults.minWords,
      minSimilarity:
        minSimilarity >= 0 && minSimilarity <= 1 ? minSimilarity : defaults.minSimilarity,
    };
  } catch {
    return defaults;
  }
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
