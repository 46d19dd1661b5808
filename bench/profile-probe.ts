/**
 * Long-task attribution for the browser benches: a sampling CPU profile of the page's main thread
 * (DevTools protocol) laid over the long tasks the page observed (page clock), so each task over
 * 50 ms is printed with the frames that took its time.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}

/** The parts of a DevTools CPU profile read here (times in microseconds). */
export interface Profile {
  readonly nodes: ProfileNode[];
  readonly startTime: number;
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** One long task and where its time went (frame → ms). */
export interface AttributedTask {
  readonly startMs: number;
  readonly ms: number;
  readonly top: readonly [string, number][];
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = (url.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '.js');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/**
 * Attributes each task `[start, duration]` (page clock, ms) to the samples inside it: each
 * sample counts for its own frame and the nearest named frame of the app's code below it.
 * `offsetMs` maps the profile's clock to the page's (page = profile/1000 − offset).
 */
export function attributeTasks(
  profile: Profile,
  tasks: readonly (readonly [number, number])[],
  offsetMs: number,
): AttributedTask[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const ours = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = byId.get(at);
      if (node?.callFrame.functionName && /\/assets\//.test(node.callFrame.url))
        return frameName(node);
    }
    return '';
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (const dt of profile.timeDeltas) times.push((t += dt) / 1000 - offsetMs);
  return tasks.map(([start, ms]) => {
    const counts = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = times[i] ?? -1;
      if (at < start || at > start + ms) return;
      const node = byId.get(id);
      if (!node) return;
      const key = `${frameName(node)} ← ${ours(id)}`;
      counts.set(key, (counts.get(key) ?? 0) + ((times[i + 1] ?? at) - at));
    });
    return { startMs: start, ms, top: [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6) };
  });
}

/**
 * Runs `work` with the page's main thread profiled, then prints its longest tasks (as recorded
 * by installTaskWatch) with their heaviest frames, and saves the profile to /tmp.
 */
export async function profileDuring<T>(
  page: Page,
  label: string,
  work: () => Promise<T>,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const before = await page.evaluate(() => performance.now());
  await cdp.send('Profiler.start');
  const after = await page.evaluate(() => performance.now());
  try {
    return await work();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.detach();
    const file = `/tmp/verso-profile-${label}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    // The profile starts between the two page clock readings (a few ms apart).
    const offsetMs = profile.startTime / 1000 - (before + after) / 2;
    const tasks = await page.evaluate(
      (from) =>
        (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(
          ([start]) => start >= from,
        ),
      before,
    );
    const attributed = attributeTasks(profile, tasks, offsetMs).sort((a, b) => b.ms - a.ms);
    console.log(`  [profile ${label}] ${tasks.length} tasks over 50 ms (profile: ${file})`);
    for (const task of attributed.slice(0, 10)) {
      console.log(`    ${task.ms.toFixed(0)} ms at ${task.startMs.toFixed(0)}:`);
      for (const [name, ms] of task.top)
        console.log(`      ${ms.toFixed(0).padStart(5)} ms  ${name}`);
    }
  }
}
