import { describe, expect, it } from 'vitest';
import { plainTextDoc } from '../../core/layout/reader-doc';
import { versionChanges } from './version-changes';
import { widgetsByRun } from './widget-runs';

const later = [
  'Ferry services will be cut from six sailings a day to four, the operator said on Monday.',
  'The operator blamed a shortage of crew and rising fuel costs.',
].join('\n\n');
// The earlier version ended its first paragraph with a word the later one dropped.
const earlier = later.replace('said on Monday.', 'said on Monday evening.');

describe('where the reader draws words a version deleted', () => {
  it('keeps words deleted at the end of a paragraph in that paragraph, not at the next one', () => {
    const changes = versionChanges(earlier, later);
    const deleted = changes.widgets.find((w) => w.text.includes('evening'));
    expect(deleted).toBeDefined();
    const doc = plainTextDoc(later);
    const byRun = widgetsByRun(doc, changes.widgets);
    const firstRun = 0;
    const secondRun = later.indexOf('The operator');
    expect(byRun.get(firstRun)?.map((w) => w.text)).toContain(deleted?.text);
    expect(byRun.get(secondRun)).toBeUndefined();
  });

  it('still draws a deleted paragraph before the paragraph that now follows it', () => {
    const gone = 'A review of the timetable will follow in the summer, the operator said.';
    const changes = versionChanges(
      `${later}\n\n${gone}\n\nPassengers were angry.`,
      `${later}\n\nPassengers were angry.`,
    );
    const byRun = widgetsByRun(plainTextDoc(`${later}\n\nPassengers were angry.`), changes.widgets);
    const last = `${later}\n\n`.length;
    expect(byRun.get(last)?.map((w) => w.text)).toEqual([gone]);
  });
});
