import { createContext, useContext } from 'react';
import type { Host } from '../host/host';

/** The host chosen at start-up, for any component that needs files, URLs or menu commands. */
export const HostContext = createContext<Host | null>(null);

/** The current host; throws when a component renders outside the provider (a wiring bug). */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost needs a HostContext provider');
  return host;
}
