import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../db/backup/backup-format';
import { backupFileName, describeRestore, formatBytes } from './archive-words';

describe('backupFileName', () => {
  it('names the file after the local date, zero-padded', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('verso-archive-2026-01-05.json');
    expect(backupFileName(new Date(2026, 10, 25))).toBe('verso-archive-2026-11-25.json');
  });
});

describe('formatBytes', () => {
  it('picks a unit and keeps one decimal only below ten', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
    expect(formatBytes(3 * 1024 ** 5)).toBe('3072 TB');
  });
});

describe('describeRestore', () => {
  it('counts what was added and what the archive already had', () => {
    expect(describeRestore({ kind: 'restored', added: 1, skipped: 2 })).toBe(
      'Restored: 1 article added, 2 already archived.',
    );
    expect(describeRestore({ kind: 'restored', added: 3, skipped: 0 })).toBe(
      'Restored: 3 articles added, 0 already archived.',
    );
  });

  it('passes on the reason a restore refused', () => {
    expect(describeRestore({ kind: 'failed', reason: 'This is not a Verso backup.' })).toBe(
      'Nothing was restored: This is not a Verso backup.',
    );
  });

  it('says once that nothing was restored from a backup that breaks off', () => {
    const parsed = parseBackup(
      '{"format":"verso-archive","formatVersion":4,"articles":[{"id":"a1"',
    );
    if (parsed.kind !== 'failed') throw new Error('a cut backup parsed');
    const words = describeRestore({ kind: 'failed', reason: parsed.reason });
    expect(words.match(/nothing was restored/gi)).toHaveLength(1);
    expect(words).toBe(
      'Nothing was restored: This Verso backup is cut short or damaged (its JSON breaks off). Use a complete copy of it.',
    );
  });

  it('says once that nothing was restored from a backup with a broken article', () => {
    const backup = { format: 'verso-archive', formatVersion: 3, stories: [], tags: [] };
    const parsed = parseBackup(JSON.stringify({ ...backup, articles: [{ id: 'a1' }] }));
    if (parsed.kind !== 'failed') throw new Error('a broken article passed the check');
    const words = describeRestore({ kind: 'failed', reason: parsed.reason });
    expect(words).toMatch(/^Article 1 in the backup .+; nothing was restored\.$/);
    expect(words.match(/nothing was restored/gi)).toHaveLength(1);
  });
});
