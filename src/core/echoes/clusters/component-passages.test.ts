import { describe, expect, it } from 'vitest';
import { componentPassages } from './component-passages';
import { PassageNodes } from './passage-nodes';

const passagesOf = (ranges: [number, number, number][]) => {
  const nodes = new PassageNodes();
  const members = ranges.map(([doc, start, end]) => nodes.add(doc, start, end));
  return componentPassages(nodes, members, 8).map((p) => [p.doc, p.start, p.end, p.weight]);
};

describe('componentPassages', () => {
  it('merges two alignments of one copy into one passage', () => {
    expect(
      passagesOf([
        [0, 10, 50],
        [0, 12, 52],
        [1, 0, 40],
      ]),
    ).toEqual([
      [0, 10, 52, 2],
      [1, 0, 40, 1],
    ]);
  });

  it('cuts back-to-back copies whose alignments ran into each other where the next starts', () => {
    expect(
      passagesOf([
        [0, 0, 110],
        [0, 100, 210],
        [0, 200, 300],
      ]),
    ).toEqual([
      [0, 0, 100, 1],
      [0, 100, 200, 1],
      [0, 200, 300, 1],
    ]);
  });

  it('drops passages shorter than the minimum', () => {
    expect(
      passagesOf([
        [0, 0, 5],
        [1, 0, 40],
      ]),
    ).toEqual([[1, 0, 40, 1]]);
  });
});
