/** Wall and CPU (user + system) milliseconds. */
interface Spent {
  wall: number;
  cpu: number;
}

/**
 * Times the `echoes` command's phases for `--timings`. `lap` closes a phase; `time` runs a piece
 * of work and books it under another phase, taken out of the phase it happens in (fingerprinting
 * happens file by file while reading, but is reported on its own).
 */
export function phaseClock(enabled = true): {
  lap: (name: string) => void;
  time: <T>(name: string, work: () => T) => T;
  report: () => string;
} {
  const laps: [string, Spent][] = [];
  const carved = new Map<string, Spent>();
  let carvedSinceLap: Spent = { wall: 0, cpu: 0 };
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const cpuMs = (since?: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  return {
    lap: (name) => {
      const wall = performance.now() - last - carvedSinceLap.wall;
      const cpu = cpuMs(lastCpu) - carvedSinceLap.cpu;
      laps.push([name, { wall, cpu }]);
      for (const [other, spent] of carved) laps.push([other, spent]);
      carved.clear();
      carvedSinceLap = { wall: 0, cpu: 0 };
      last = performance.now();
      lastCpu = process.cpuUsage();
    },
    time: (name, work) => {
      if (!enabled) return work();
      const wall0 = performance.now();
      const cpu0 = process.cpuUsage();
      try {
        return work();
      } finally {
        const spent = { wall: performance.now() - wall0, cpu: cpuMs(cpu0) };
        const booked = carved.get(name) ?? { wall: 0, cpu: 0 };
        carved.set(name, { wall: booked.wall + spent.wall, cpu: booked.cpu + spent.cpu });
        carvedSinceLap = {
          wall: carvedSinceLap.wall + spent.wall,
          cpu: carvedSinceLap.cpu + spent.cpu,
        };
      }
    },
    report: () =>
      `phases: ${laps.map(([name, s]) => `${name} ${Math.round(s.wall)} ms ${Math.round(s.cpu)} cpu-ms`).join(', ')}`,
  };
}
