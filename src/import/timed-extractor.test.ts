import { describe, expect, it } from 'vitest';
import { answerExtract, type ExtractRequest } from '../core/extract/extract-protocol';
import { parseHtmlWithLinkedom } from '../core/extract/linkedom-parser';
import { timedHtmlExtractor, type SpawnExtractWorker } from './timed-extractor';

const article = `<html><head><title>A page</title></head><body><article><p>${'Words that make an article long enough to keep. '.repeat(10)}</p></article></body></html>`;

/** Fake workers: each answers on the next tick, except for pages containing "HANG". */
function fakeWorkers(): { spawn: SpawnExtractWorker; spawned: () => number; killed: () => number } {
  let spawned = 0;
  let killed = 0;
  const spawn: SpawnExtractWorker = (onReply) => {
    spawned++;
    let alive = true;
    return {
      post(request: ExtractRequest) {
        if (request.html.includes('HANG')) return;
        setTimeout(() => alive && onReply(answerExtract(request, parseHtmlWithLinkedom)), 1);
      },
      terminate() {
        alive = false;
        killed++;
      },
    };
  };
  return { spawn, spawned: () => spawned, killed: () => killed };
}

describe('timedHtmlExtractor', () => {
  it('reads pages in one worker', async () => {
    const fake = fakeWorkers();
    const { extract } = timedHtmlExtractor(fake.spawn, 1000);
    const [a, b] = await Promise.all([extract(article, ''), extract(article, '')]);
    expect(a.kind === 'ok' && a.article.title).toBe('A page');
    expect(b.kind).toBe('ok');
    expect(fake.spawned()).toBe(1);
  });

  it('stops a page that never finishes, says why, and reads the next in a fresh worker', async () => {
    const fake = fakeWorkers();
    const { extract } = timedHtmlExtractor(fake.spawn, 50);
    const hung = extract('<p>HANG</p>', '');
    const next = extract(article, '');
    expect(await hung).toEqual({
      kind: 'failed',
      reason:
        'Reading this page took longer than 0.05 seconds, so it was stopped (its HTML may be built to trap readers).',
    });
    expect((await next).kind).toBe('ok');
    expect(fake.killed()).toBe(1);
    expect(fake.spawned()).toBe(2);
  });

  it('a cancel stops the page in flight', async () => {
    const fake = fakeWorkers();
    const { extract } = timedHtmlExtractor(fake.spawn, 60_000);
    const controller = new AbortController();
    const hung = extract('<p>HANG</p>', '', controller.signal);
    setTimeout(() => controller.abort(), 5);
    expect(await hung).toEqual({ kind: 'failed', reason: 'Cancelled.' });
    expect(fake.killed()).toBe(1);
  });

  it('a worker that dies fails its page with a reason', async () => {
    let crash: () => void = () => undefined;
    const { extract } = timedHtmlExtractor((_reply, onCrash) => {
      crash = onCrash;
      return { post: () => setTimeout(() => crash(), 1), terminate: () => undefined };
    }, 1000);
    expect(await extract(article, '')).toEqual({
      kind: 'failed',
      reason: 'The page could not be read: the reader stopped on it.',
    });
  });
});
