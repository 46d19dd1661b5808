import { useEffect, useState } from 'react';
import { afterFirstScreen } from '../data/first-screen';
import { useHost } from '../host-context';

/** What the service worker has to tell the person: nothing yet, or a new build waiting. */
export interface ServiceWorkerState {
  readonly updateReady: boolean;
  /** Activates the waiting build and reloads the page onto it. */
  readonly update: () => void;
}

/**
 * Registers the web build's service worker (precached app shell for offline use) and reports a
 * new build waiting. The web host only: Electron loads the app from its own app:// files.
 */
export function useServiceWorker(): ServiceWorkerState {
  const host = useHost();
  const [updateReady, setUpdateReady] = useState(false);
  const [update, setUpdate] = useState<() => void>(() => () => undefined);
  useEffect(() => {
    if (host.kind !== 'web' || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
    let cancelled = false;
    // After the first screen: compiling and running workbox's client is not what the first rows
    // should wait for (the service worker only matters for the next visit and offline use).
    void afterFirstScreen()
      .then(() => import('virtual:pwa-register'))
      .then(({ registerSW }) => {
        if (cancelled) return;
        const updateSW = registerSW({
          immediate: true,
          onNeedRefresh: () => setUpdateReady(true),
        });
        setUpdate(() => () => void updateSW(true));
      });
    return () => {
      cancelled = true;
    };
  }, [host]);
  return { updateReady, update };
}
