import { describe, expect, it } from 'vitest';
import { holdQuit } from './quit-hold';

/** A quit event that records whether it was held. */
const event = () => {
  const e = { held: false, preventDefault: () => void (e.held = true) };
  return e;
};

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('holdQuit', () => {
  it('holds the quit until the aborts finish, then quits once, and lets that quit through', async () => {
    let finished: () => void = () => undefined;
    const quits: number[] = [];
    const listener = holdQuit({
      pending: () => true,
      finish: () => new Promise<void>((done) => (finished = done)),
      quit: () => quits.push(1),
      timer: () => undefined, // never times out here
    });
    const first = event();
    listener(first);
    expect(first.held).toBe(true);
    // Asked again meanwhile (a second Cmd-Q): still held, no second wait.
    const again = event();
    listener(again);
    expect(again.held).toBe(true);
    await tick();
    expect(quits).toEqual([]);
    finished();
    await tick();
    expect(quits).toEqual([1]);
    const last = event();
    listener(last);
    expect(last.held).toBe(false);
  });

  it('does not hold a quit with nothing to finish', () => {
    const e = event();
    holdQuit({ pending: () => false, finish: async () => undefined, quit: () => undefined })(e);
    expect(e.held).toBe(false);
  });

  it('quits when the wait is over even if the aborts never finish (a disk that hangs)', async () => {
    let timeUp: () => void = () => undefined;
    let limit = 0;
    const quits: number[] = [];
    holdQuit({
      pending: () => true,
      finish: () => new Promise<void>(() => undefined),
      quit: () => quits.push(1),
      limitMs: 3000,
      timer: (done, ms) => {
        limit = ms;
        timeUp = done;
      },
    })(event());
    await tick();
    expect(quits).toEqual([]);
    expect(limit).toBe(3000);
    timeUp();
    await tick();
    expect(quits).toEqual([1]);
  });

  it('quits when an abort fails, too', async () => {
    const quits: number[] = [];
    holdQuit({
      pending: () => true,
      finish: () => Promise.reject(new Error('EIO')),
      quit: () => quits.push(1),
      timer: () => undefined,
    })(event());
    await tick();
    expect(quits).toEqual([1]);
  });
});
