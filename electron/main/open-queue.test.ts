import { describe, expect, it } from 'vitest';
import { createOpenQueue } from './open-queue';

describe('createOpenQueue', () => {
  it('keeps files offered before the page listens, and hands them over once', () => {
    const queue = createOpenQueue<string>();
    const sent: string[][] = [];
    queue.offer(['a.html'], (files) => sent.push(files) > 0);
    queue.offer(['b.md'], (files) => sent.push(files) > 0);
    expect(sent).toEqual([]);
    expect(queue.take()).toEqual(['a.html', 'b.md']);
    expect(queue.take()).toEqual([]);
  });

  it('sends straight to a listening page, and queues again while it reloads', () => {
    const queue = createOpenQueue<string>();
    const sent: string[][] = [];
    const send = (files: string[]): boolean => sent.push(files) > 0;
    queue.take();
    queue.offer(['c.txt'], send);
    expect(sent).toEqual([['c.txt']]);
    queue.reset();
    queue.offer(['d.txt'], send);
    expect(sent).toEqual([['c.txt']]);
    expect(queue.take()).toEqual(['d.txt']);
  });

  it('keeps files when there is no window to send them to', () => {
    const queue = createOpenQueue<string>();
    queue.take();
    queue.offer(['e.txt'], () => false);
    expect(queue.take()).toEqual(['e.txt']);
  });
});
