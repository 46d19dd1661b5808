import { describe, expect, it } from 'vitest';
import { dueSubscriptions, maxBackoffMs, needsRecheck, scheduleAfter } from './schedule';
import { HostPacer, hostKey } from './host-pacer';
import { sameCapture } from './capture-change';

const hour = 3_600_000;
const day = 24 * hour;

describe('scheduleAfter', () => {
  it('waits the interval after a success and resets the failures', () => {
    expect(scheduleAfter({ intervalMs: hour, failures: 3 }, { ok: true }, 1000)).toEqual({
      nextCheckAt: 1000 + hour,
      failures: 0,
    });
  });

  it('doubles the wait with each failure in a row, capped at a day, never before Retry-After', () => {
    const waits = [0, 1, 2, 3, 4, 5, 6].map(
      (failures) => scheduleAfter({ intervalMs: hour, failures }, { ok: false }, 0).nextCheckAt,
    );
    expect(waits).toEqual([
      hour,
      2 * hour,
      4 * hour,
      8 * hour,
      16 * hour,
      maxBackoffMs,
      maxBackoffMs,
    ]);
    expect(
      scheduleAfter({ intervalMs: hour, failures: 0 }, { ok: false, retryAfterMs: 5 * hour }, 0)
        .nextCheckAt,
    ).toBe(5 * hour);
    // A weekly subscription is not checked more often because it failed.
    expect(scheduleAfter({ intervalMs: 7 * day, failures: 4 }, { ok: false }, 0).nextCheckAt).toBe(
      7 * day,
    );
  });
});

describe('dueSubscriptions', () => {
  it('takes the due ones, most overdue first, up to the cap', () => {
    const subs = [
      { nextCheckAt: 50 },
      { nextCheckAt: 10 },
      { nextCheckAt: 200 },
      { nextCheckAt: 30 },
    ];
    expect(dueSubscriptions(subs, 100, 2)).toEqual([{ nextCheckAt: 10 }, { nextCheckAt: 30 }]);
  });
});

describe('needsRecheck', () => {
  const rules = { recheckDays: 7, intervalMs: hour, force: false };
  const now = 30 * day;
  it('fetches again within the window once the interval has passed', () => {
    expect(
      needsRecheck(
        { firstSeenAt: now - day, lastCheckedAt: now - 2 * hour, gone: false },
        now,
        rules,
      ),
    ).toBe(true);
    expect(
      needsRecheck(
        { firstSeenAt: now - day, lastCheckedAt: now - hour / 2, gone: false },
        now,
        rules,
      ),
    ).toBe(false);
    expect(
      needsRecheck({ firstSeenAt: now - day, lastCheckedAt: now - hour / 2, gone: false }, now, {
        ...rules,
        force: true,
      }),
    ).toBe(true);
  });
  it('stops after the window and for a page that is gone', () => {
    expect(
      needsRecheck({ firstSeenAt: now - 8 * day, lastCheckedAt: 0, gone: false }, now, rules),
    ).toBe(false);
    expect(
      needsRecheck({ firstSeenAt: now - day, lastCheckedAt: 0, gone: true }, now, {
        ...rules,
        force: true,
      }),
    ).toBe(false);
  });
});

describe('HostPacer', () => {
  it('spaces requests to one host by the delay and leaves other hosts alone', () => {
    const pacer = new HostPacer(1000);
    expect(pacer.reserve('https://a.example/1', 0)).toBe(0);
    expect(pacer.reserve('https://a.example/2', 0)).toBe(1000);
    expect(pacer.reserve('https://A.example/3', 500)).toBe(1500);
    expect(pacer.reserve('https://b.example/1', 500)).toBe(0);
    expect(pacer.reserve('https://a.example/4', 10_000)).toBe(0);
    expect(hostKey('http://127.0.0.1:8080/x')).toBe('127.0.0.1:8080');
  });
});

describe('sameCapture', () => {
  it('is the same only with the same text and the same headline', () => {
    expect(sameCapture({ contentHash: 'h', title: 'T' }, { contentHash: 'h', title: 'T' })).toBe(
      true,
    );
    expect(sameCapture({ contentHash: 'h', title: 'T' }, { contentHash: 'h', title: 'T2' })).toBe(
      false,
    );
    expect(sameCapture({ contentHash: 'h', title: 'T' }, { contentHash: 'g', title: 'T' })).toBe(
      false,
    );
  });
});
