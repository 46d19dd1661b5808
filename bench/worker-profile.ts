/**
 * CPU profiles of a page's main thread and of every dedicated worker it runs (DevTools protocol:
 * the page's session attaches to its workers and profiles each), for where a renderer's time goes
 * off the main thread: each thread's busiest functions by self time are printed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Profile } from './profile-probe';

interface Node {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Attached {
  readonly sessionId: string;
  readonly url: string;
}

/** Self milliseconds by function, heaviest first, and the total of all but idle. */
export function selfTimes(profile: Profile): { busyMs: number; top: [string, number][] } {
  const byId = new Map((profile.nodes as Node[]).map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    busy += ms;
    const file = (url.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '.js');
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  return { busyMs: busy, top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 20) };
}

/** Sends one command to an attached worker through the page's session; its result. */
function sendTo(
  cdp: CDPSession,
  replies: Map<number, (result: unknown) => void>,
  sessionId: string,
  id: number,
  method: string,
  params: Record<string, unknown> = {},
): Promise<unknown> {
  const answered = new Promise<unknown>((resolve) => replies.set(id, resolve));
  void cdp
    .send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    })
    .catch(() => replies.get(id)?.(undefined));
  return answered;
}

/** Runs `work` with the page and each of its workers profiled; prints each thread's heaviest functions. */
export async function workersProfiledDuring<T>(
  page: Page,
  label: string,
  work: () => Promise<T>,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const replies = new Map<number, (result: unknown) => void>();
  const attached: Attached[] = [];
  let next = 1;
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply.result);
  });
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type !== 'worker') return;
    attached.push({ sessionId, url: targetInfo.url });
    void (async () => {
      await sendTo(cdp, replies, sessionId, next++, 'Profiler.enable');
      await sendTo(cdp, replies, sessionId, next++, 'Profiler.setSamplingInterval', {
        interval: 500,
      });
      await sendTo(cdp, replies, sessionId, next++, 'Profiler.start');
      await sendTo(cdp, replies, sessionId, next++, 'Runtime.runIfWaitingForDebugger');
    })();
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: false,
  });
  try {
    return await work();
  } finally {
    const profiles: [string, Profile | undefined][] = [];
    const main = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    profiles.push(['main', main.profile]);
    for (const { sessionId, url } of attached) {
      const stopped = (await Promise.race([
        sendTo(cdp, replies, sessionId, next++, 'Profiler.stop'),
        new Promise((resolve) => setTimeout(resolve, 5000)),
      ])) as { profile?: Profile } | undefined;
      profiles.push([url.split('/').pop() ?? url, stopped?.profile]);
    }
    await cdp.detach();
    // Kept for DevTools after the run (SCALE_PROFILE_DIR, else under the system's temp folder).
    const dir = process.env.SCALE_PROFILE_DIR ?? join(tmpdir(), 'verso-worker-profiles');
    mkdirSync(dir, { recursive: true });
    for (const [i, [name, profile]] of profiles.entries()) {
      if (!profile) {
        console.log(`  [workers ${label}] ${name}: no profile (ended before the stop)`);
        continue;
      }
      const file = join(dir, `profile-${label}-${i}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      const { busyMs, top } = selfTimes(profile);
      console.log(`  [workers ${label}] ${name}: ${busyMs.toFixed(0)} ms busy (${file})`);
      for (const [fn, ms] of top.slice(0, 12))
        console.log(`      ${ms.toFixed(0).padStart(6)} ms  ${fn}`);
    }
  }
}
