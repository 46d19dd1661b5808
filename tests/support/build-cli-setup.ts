import { buildCli } from '../../scripts/build-cli';

/** Vitest global setup: build the `verso` command once, so the bin tests run what users run. */
export default async function setup(): Promise<void> {
  await buildCli();
}
