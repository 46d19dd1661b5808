import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample article (a real 600-word news text). */
export const sampleText = readFileSync(
  // A path, not a URL: under jsdom `URL` is jsdom's, which resolves a file URL to another scheme.
  join(dirname(fileURLToPath(import.meta.url)), '../../seeds/000_7500752fa51d260b.txt'),
  'utf8',
);

/** The sample with one sentence rewritten and another site's footer: a near copy of it. */
export const nearCopyText = `${sampleText
  .replace(
    'Healey also welcomed the ‘deepening integration’ of the Ukrainian armed forces into NATO exercises.',
    'Healey also praised how closely Ukrainian units now train alongside NATO forces.',
  )
  .trim()}\n\nRead more from our defence desk. Subscribe to the Morning Briefing for the day's top stories, free every weekday.`;

/** A text on another subject, sharing only common words with the sample. */
export const unrelatedText = [
  'The county council has approved a plan to reopen the old railway line between the two market towns, closed since 1965.',
  'Engineers will survey the viaduct over the river this spring, and the first trains could run within four years if funding from the regional growth fund is confirmed.',
  'Local businesses welcomed the decision, saying the line would bring visitors back to the high street, while residents near the old station raised concerns about noise and parking.',
  'A public consultation on the timetable and the location of a new halt near the hospital opens next month and will run for twelve weeks.',
].join('\n\n');
