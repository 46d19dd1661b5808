import type { Span } from '../model';
import { withQuoteMarks } from './quote-marks';
import { toWordEdges } from './unspaced-words';

/**
 * A passage as the app shows and exports it: the engine's span widened to whole words in scripts
 * written without spaces (Thai, Chinese, Japanese…: the engine cuts at letters there), then to the
 * quote marks that belong to it. The engine's offsets, stored scans and the CLI's are unchanged.
 */
export function shownSpan(text: string, span: Span): Span {
  return withQuoteMarks(text, toWordEdges(text, span));
}
