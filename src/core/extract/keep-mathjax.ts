import type { DocumentLike } from './dom-like';

/**
 * Keeps MathJax formulas through Readability: MathJax marks each formula's container with a class
 * such as "CtxtMenu_Attached_0", whose "menu" makes Readability 0.6.0 drop it as an unlikely
 * candidate (Readability's newer code spares "mathjax"; 0.6.0 is the latest release). The class is
 * MathJax's styling hook only, so it goes; the formula's MathML (its assistive copy) then stays as
 * text. Returns how many containers were changed.
 */
export function keepMathJax(doc: DocumentLike): number {
  const found = doc.querySelectorAll('mjx-container');
  let changed = 0;
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    if (el && el.getAttribute('class') !== null) {
      el.removeAttribute('class');
      changed++;
    }
  }
  return changed;
}
