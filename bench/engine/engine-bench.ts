import { loadCorpus } from './corpus';
import { runQuality } from './quality';
import { runSpeed } from './speed';

/** The echo engine's quality evaluation and speed benchmark; corpus-based parts skip without ../shared. */
export async function runEngineBench(): Promise<void> {
  const corpus = loadCorpus();
  if (typeof corpus === 'string') {
    console.log(`echo engine quality, diff and archive scans: skipped — ${corpus}`);
    runSpeed(undefined);
    return;
  }
  runQuality(corpus);
  runSpeed(corpus);
}
