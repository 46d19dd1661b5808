/**
 * What the page says when the app's own code could not be loaded (a chunk the network or an
 * update lost): plain DOM, since React itself may be what did not load. Words, not the error.
 */
export function showStartFailure(root: HTMLElement, error: unknown): void {
  // For whoever debugs it; the page says it in words.
  console.error('Verso: the app could not be loaded', error);
  const section = document.createElement('section');
  section.className = 'screen-failed';
  section.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = 'Verso could not start';
  const words = document.createElement('p');
  words.textContent =
    'Part of the app did not load. Nothing in your archive was changed. Reload the page to try again.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'primary';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => window.location.reload());
  section.append(title, words, reload);
  root.replaceChildren(section);
}
