import { describe, expect, it } from 'vitest';
import {
  noReuseSentence,
  otherSettingsNote,
  ownSourceOnly,
  partnerNote,
  reuseBadge,
} from './reuse-line';

const scan = { scanned: true, current: true, addedSince: false };
const stale = { ...scan, current: false };

describe('noReuseSentence: the reuse line where the scan found no reuse', () => {
  it('says the scan is out of date, not "in no other article", when echoes name other articles', () => {
    expect(noReuseSentence(stale, 7)).toBe(
      'Reuse share out of date: the last scan found no passage of this article in another article, but the archive has changed since, and its echoes now name 7 other articles.',
    );
    expect(noReuseSentence(stale, 1)).toContain('its echoes now name another article.');
  });

  it('with a current scan and echoes only with its own source, gives boilerplate as the reason', () => {
    const line = noReuseSentence(scan, 2, undefined, true);
    expect(line).toBe(
      'None of its words count as reuse (a passage repeated only by one source is boilerplate, never reuse), though its echoes name 2 other articles.',
    );
  });

  it('with echoes naming another source, does not claim boilerplate (r17)', () => {
    expect(noReuseSentence(scan, 2, undefined, false)).toBe(
      'The last scan counted none of its words as reuse, though its echoes name 2 other articles.',
    );
    expect(noReuseSentence(scan, 1)).not.toContain('boilerplate');
  });

  it('says "in no other article" only when no echo names one, in the past tense when stale', () => {
    expect(noReuseSentence(scan, 0)).toBe('No passage of this article appears in another article.');
    expect(noReuseSentence(scan, undefined)).toBe(
      'No passage of this article appears in another article.',
    );
    expect(noReuseSentence(stale, 0)).toBe(
      'At the last scan no passage of this article appeared in another article; the archive has changed since.',
    );
  });

  it('says when no scan has seen the article yet, echoes or not', () => {
    expect(noReuseSentence({ scanned: false, current: false, addedSince: false }, 3)).toBe(
      'Reuse share not worked out yet: it needs a scan of the whole archive.',
    );
    expect(noReuseSentence({ ...stale, addedSince: true }, 3)).toContain(
      'this article was added after the last scan',
    );
  });
});

describe('otherSettingsNote: a scan at other thresholds than the echoes beside it', () => {
  const settings = { minWords: 12, minSimilarity: 0.8 };

  it("says nothing when the scan used the echoes' settings", () => {
    expect(otherSettingsNote('12:0.8', settings)).toBeUndefined();
    expect(otherSettingsNote(undefined, settings)).toBeUndefined();
  });

  it('names both when the minimum passage length was changed after the scan', () => {
    const note = otherSettingsNote('12:0.8', { ...settings, minWords: 20 });
    expect(note).toBe(
      'worked out with passages of at least 12 words at 80% similarity; the echoes use 20 words at 80%',
    );
    // The line no longer says "no passage appears in another article" as if the scan were
    // current: the share it knows counts other passages than the list shows.
    expect(noReuseSentence(scan, 3, note)).toBe(
      'Reuse share not known at these settings: the last scan (worked out with passages of at least 12 words at 80% similarity; the echoes use 20 words at 80%) found no passage of this article in another article.',
    );
  });
});

describe('ownSourceOnly: whether boilerplate explains the echoes', () => {
  it('holds only when every named article is from the same named source', () => {
    expect(ownSourceOnly('Gazette', ['Gazette', 'Gazette'])).toBe(true);
    expect(ownSourceOnly('Gazette', ['Gazette', 'Herald'])).toBe(false);
    // An article no longer there, or a source not named, proves nothing.
    expect(ownSourceOnly('Gazette', ['Gazette', undefined])).toBe(false);
    expect(ownSourceOnly('', ['', ''])).toBe(false);
    expect(ownSourceOnly('Gazette', [])).toBe(false);
    // One paper named by its site name and by its address is its own source.
    expect(ownSourceOnly('Gazette', ['gazette.example', 'www.gazette.example'])).toBe(true);
  });
});

describe('partnerNote: what follows a partner title in the reuse line', () => {
  it('says the words are shared ones, not the partner article’s length', () => {
    expect(partnerNote('Metro Dispatch', 163)).toBe('Metro Dispatch, 163 words shared');
    expect(partnerNote('  Daily Ledger ', 1)).toBe('Daily Ledger, 1 word shared');
    expect(partnerNote(undefined, 1500)).toBe('1,500 words shared');
    expect(partnerNote('', 12)).toBe('12 words shared');
  });
});

describe('reuseBadge: the first printer is not "100% reused"', () => {
  it('says printed first here when it printed every shared word first', () => {
    expect(reuseBadge({ share: 1, reusedWords: 163, firstWords: 163 }, '100%')).toEqual({
      badge: 'printed first here',
      firstNote: '',
    });
  });

  it('says both when some passages were first here and some copied', () => {
    expect(reuseBadge({ share: 0.5, reusedWords: 100, firstWords: 40 }, '50%')).toEqual({
      badge: '50% reused',
      firstNote: '; 40 of those words were printed first here',
    });
  });

  it('says reused alone when none was first here, or the scan did not count it', () => {
    expect(reuseBadge({ share: 0.5, reusedWords: 100, firstWords: 0 }, '50%').badge).toBe(
      '50% reused',
    );
    expect(reuseBadge({ share: 0.5, reusedWords: 100 }, '50%')).toEqual({
      badge: '50% reused',
      firstNote: '',
    });
  });
});
