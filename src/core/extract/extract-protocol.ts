import type { HtmlParser } from './dom-like';
import { extractText } from './extract-bytes';
import { failed, type ExtractOutcome } from './types';

/** One page to read, as it is posted to an extraction worker. */
export interface ExtractRequest {
  readonly id: number;
  readonly html: string;
  readonly url: string;
}

/** The worker's answer to one request. */
export interface ExtractReply {
  readonly id: number;
  readonly outcome: ExtractOutcome;
}

/** True for a request as the page posts it; a worker ignores anything else. */
export function isExtractRequest(value: unknown): value is ExtractRequest {
  const v = value as Partial<ExtractRequest> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'number' &&
    typeof v.html === 'string' &&
    typeof v.url === 'string'
  );
}

/** What a worker does with one request: read the page, never throw. */
export function answerExtract(request: ExtractRequest, parse: HtmlParser): ExtractReply {
  try {
    return { id: request.id, outcome: extractText(request.html, 'html', parse, request.url) };
  } catch {
    return {
      id: request.id,
      outcome: failed('The page could not be read: its HTML is malformed.'),
    };
  }
}
