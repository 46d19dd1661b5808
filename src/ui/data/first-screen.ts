/**
 * When the app's first screen has shown what it opened for (the library its first rows), so
 * start-up work that can wait — loading the search index, checking the kept counts — does not
 * compete with it for the database: at 100,000 articles that work reads hundreds of megabytes.
 */
let shown: () => void = () => undefined;
let isShown = false;
const firstScreen = new Promise<void>((resolve) => (shown = resolve)).then(() => {
  isShown = true;
});

/** Most a screen that never says so (a reader opened by its address) holds start-up work back. */
const fallbackMs = 3000;

/** Says the first screen is on show (called once its content is; later calls do nothing). */
export function firstScreenShown(): void {
  shown();
}

/** True once the first screen has shown its content. */
export function firstScreenIsShown(): boolean {
  return isShown;
}

/** Resolves once the first screen has shown its content, or after a few seconds at most. */
export function afterFirstScreen(): Promise<void> {
  return Promise.race([
    firstScreen,
    new Promise<void>((resolve) => setTimeout(resolve, fallbackMs)),
  ]);
}
