import type { HtmlParser } from './dom-like';
import { extractText } from './extract-bytes';
import { failed, type ExtractOutcome } from './types';

/** What an extraction worker reads: pages, and Markdown (its raw HTML is cleaned in the worker's DOM). */
export type ExtractFormat = 'html' | 'md';

/** One page (or Markdown text) to read, as it is posted to an extraction worker. */
export interface ExtractRequest {
  readonly id: number;
  readonly html: string;
  readonly url: string;
  /** 'html' when absent. */
  readonly format?: ExtractFormat;
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
    typeof v.url === 'string' &&
    [undefined, 'html', 'md'].includes(v.format)
  );
}

/** What a worker does with one request: read the page (or Markdown), never throw. */
export function answerExtract(request: ExtractRequest, parse: HtmlParser): ExtractReply {
  try {
    const format = request.format ?? 'html';
    return { id: request.id, outcome: extractText(request.html, format, parse, request.url) };
  } catch {
    return {
      id: request.id,
      outcome: failed('The page could not be read: its HTML is malformed.'),
    };
  }
}
