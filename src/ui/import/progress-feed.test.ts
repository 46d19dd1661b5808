import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressFeed } from './progress-feed';

describe('createProgressFeed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells listeners once per interval however many items are reported, with the latest', () => {
    const feed = createProgressFeed(100);
    const heard: number[] = [];
    const stop = feed.subscribe(() => heard.push(feed.current().done));
    for (let done = 1; done <= 50; done++) feed.report({ done, label: `${done}.txt` });
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(heard).toEqual([50]);
    expect(feed.current()).toEqual({ done: 50, label: '50.txt' });
    feed.report({ done: 51, label: '51.txt' });
    stop();
    vi.advanceTimersByTime(100);
    expect(heard).toEqual([50]);
  });
});
