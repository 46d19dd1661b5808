import type { MouseEvent } from 'react';
import type { Route } from './route';

/**
 * Focuses what the first of `selectors` to find anything finds (made focusable by script only,
 * if it is not: a heading is no Tab stop).
 */
function focusFirst(...selectors: string[]): (event: MouseEvent) => void {
  return (event) => {
    // Not followed as a link: the address is the app's route, and "#…" would change the screen.
    event.preventDefault();
    const target = selectors
      .map((selector) => document.querySelector<HTMLElement>(selector))
      .find((found) => found !== null);
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  };
}

/**
 * The app's first Tab stops, shown only while focused: past the top bar to the screen itself
 * (its heading), and in the library straight to its list (its row that is the Tab stop), so a
 * keyboard user need not tab through the bar, the import buttons and every filter first.
 */
export function SkipLinks({ route }: { route: Route }) {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {route.kind === 'library' && (
        <a
          href="#articles"
          onClick={focusFirst('.article-list [role="option"][tabindex="0"]', '.app-main h2')}
        >
          Skip to the articles
        </a>
      )}
      <a href="#content" onClick={focusFirst('.app-main h2')}>
        Skip to the content
      </a>
    </nav>
  );
}
