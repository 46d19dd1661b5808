import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/commands';
import { useHost } from '../host-context';

/** Runs menu commands (native menu in Electron, accelerators on the web) through one handler map. */
export function useMenuCommands(handlers: { readonly [K in MenuCommand]: () => void }): void {
  const host = useHost();
  // The latest handlers without resubscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => host.onMenuCommand((command) => latest.current[command]()), [host]);
}
