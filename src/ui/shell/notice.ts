/** A short message at the bottom of the window, optionally with one action such as Undo. */
export interface Notice {
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** Shows a notice (replacing any current one). */
export type Notify = (notice: Notice) => void;
