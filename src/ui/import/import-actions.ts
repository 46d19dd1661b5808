/** The ways to start an import, wired to buttons, menu commands and shortcuts alike. */
export interface ImportActions {
  readonly importFiles: () => void;
  readonly importFolder: () => void;
  readonly importUrl: () => void;
  readonly openSample: () => void;
}
