import { createContext } from 'react';
import type { Notify } from './notice';

/** The app's notice bar, for components deep in a screen (a failed write says so there). */
export const NotifyContext = createContext<Notify>((notice) => {
  // Outside the app (a component rendered alone) a notice still reaches whoever debugs it.
  console.warn('Verso:', notice.message);
});
