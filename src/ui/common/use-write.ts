import { useCallback, useContext } from 'react';
import { NotifyContext } from '../shell/notify-context';
import { reportWrite } from './report-write';

/** A write the UI starts, reported in the notice bar when it fails; resolves true when it landed. */
export type Write = (doing: string, write: () => Promise<unknown>) => Promise<boolean>;

/** The UI's one way to write to the archive: every failure is said, none dropped silently. */
export function useWrite(): Write {
  const notify = useContext(NotifyContext);
  return useCallback((doing, write) => reportWrite(doing, write, notify), [notify]);
}
