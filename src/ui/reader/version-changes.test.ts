import { describe, expect, it } from 'vitest';
import { versionChanges } from './version-changes';

const p = [
  'Ministers met on Monday to agree a new package of funding for the coastal towns.',
  'Local councils said the money would arrive too late for the families who had left.',
  'A review of the flood warnings will report in the spring, the minister said.',
];

describe("a version's changes against the previous one", () => {
  it('marks inserted words, shows deleted ones where they were, and marks a moved paragraph', () => {
    const before = p.join('\n\n');
    const after = [
      p[2],
      p[0]?.replace('a new package', 'a package'),
      p[1]?.replace('too late', 'far too late'),
    ].join('\n\n');
    const changes = versionChanges(before, after);
    const marked = changes.overlays.map((o) => [o.className, after.slice(o.start, o.end)]);
    expect(marked).toContainEqual(['change-mark change-inserted', 'far ']);
    expect(marked).toContainEqual(['change-mark change-moved', p[2]]);
    expect(changes.widgets.map((w) => w.text)).toEqual(['new ']);
    expect(changes.count).toBe(3);
  });

  it('marks the words edited inside a paragraph that moved, not only the move', () => {
    // A silent edit: the paragraph went down one place and gained a clause on the way.
    const before = p.join('\n\n');
    const moved = [p[0], p[2], p[1]?.replace('had left.', 'had left, the largest group.')];
    const changes = versionChanges(before, moved.join('\n\n'));
    const text = moved.join('\n\n');
    const marked = changes.overlays.map((o) => [o.className, text.slice(o.start, o.end)]);
    expect(marked).toContainEqual(['change-mark change-moved', moved[2]]);
    expect(marked).toContainEqual(['change-mark change-inserted', 'the largest group.']);
    // The move and the clause it gained are two changes to step through, not one.
    expect(changes.count).toBe(2);
  });

  it('finds nothing between equal texts', () => {
    expect(versionChanges(p.join('\n\n'), p.join('\n\n'))).toEqual({
      overlays: [],
      widgets: [],
      count: 0,
      equivalents: 0,
    });
  });

  it('counts a silent edit of form only apart from the changes, and marks it', () => {
    // A wire story's quote edited in place: "we’re" printed "we are", and a line added.
    const quote =
      'He continued: ‘I am proud of the highest ever level of military support we’re providing this year.’';
    const before = [p[0], quote].join('\n\n');
    const after = [p[0], quote.replace('we’re', 'we are'), 'This story was updated.'].join('\n\n');
    const changes = versionChanges(before, after);
    const marked = changes.overlays.map((o) => [o.className, after.slice(o.start, o.end)]);
    expect(marked).toContainEqual(['change-mark change-equivalent', 'we are']);
    expect(changes.count).toBe(1);
    expect(changes.equivalents).toBe(1);
  });
});
