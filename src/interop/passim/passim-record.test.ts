import { describe, expect, it } from 'vitest';
import { passimInputLine } from './passim-input';
import { comparePassages, parsePassimLine, type PassimPassage } from './passim-record';
import { passimPartPaths, parsePassimConf } from './passim-conf';

describe("passim's records", () => {
  it('parses a passage record, taking numeric ids and clusters as strings', () => {
    const line = JSON.stringify({
      id: 7,
      series: 'Post',
      date: '1840-01-02',
      cluster: 17179869184,
      size: 2,
      begin: 3,
      end: 9,
      uid: -5,
      text: 'abcdef',
    });
    expect(parsePassimLine(line)).toEqual({
      kind: 'passage',
      passage: {
        id: '7',
        cluster: '17179869184',
        begin: 3,
        end: 9,
        text: 'abcdef',
        date: '1840-01-02',
        series: 'Post',
      },
    });
  });

  it('says why a line is not a passage record', () => {
    const reason = (line: string) => {
      const parsed = parsePassimLine(line);
      return parsed.kind === 'bad' ? parsed.reason : parsed.kind;
    };
    expect(reason('{"id": "a", "cluster": 1, "begin": 2,')).toBe('not a JSON record');
    expect(reason('[1,2]')).toBe('not a JSON object');
    expect(reason('{"cluster": 1, "begin": 0, "end": 3}')).toBe('no "id"');
    expect(reason('{"id": "a", "begin": 0, "end": 3}')).toBe(
      'no "cluster" (is this passim output?)',
    );
    expect(reason('{"id": "a", "cluster": 1, "begin": -1, "end": 3}')).toMatch(/whole numbers/);
    expect(reason('{"id": "a", "cluster": 1, "begin": 4, "end": 3}')).toMatch(/not after/);
    expect(reason('   ')).toBe('blank');
  });

  it('reads a date that names no real day as undated', () => {
    const dateOf = (date: unknown) => {
      const parsed = parsePassimLine(
        JSON.stringify({ id: 'a', cluster: 1, begin: 0, end: 1, date }),
      );
      return parsed.kind === 'passage' ? parsed.passage.date : parsed.kind;
    };
    for (const kept of ['1840-01-02', '1840-06', '1840', '2024-02-29', '2026-03-06T09:30:00Z'])
      expect(dateOf(kept)).toBe(kept);
    for (const bad of [
      '2026-13-45',
      'not a date',
      '2026-02-29',
      '2026-00-10',
      '2026-3-6',
      18400102,
    ])
      expect(dateOf(bad)).toBe('');
  });

  it('orders passages by date, undated last, then document and offset', () => {
    const p = (id: string, date: string, begin = 0): PassimPassage => ({
      id,
      date,
      begin,
      end: begin + 1,
      cluster: '1',
      text: '',
      series: '',
    });
    const sorted = [
      p('b', ''),
      p('c', '1851-01-01'),
      p('a', '1850-06-01', 9),
      p('a', '1850-06-01', 2),
    ].sort(comparePassages);
    expect(sorted.map((x) => `${x.id}${x.begin}`)).toEqual(['a2', 'a9', 'c0', 'b0']);
  });

  it('writes the input record with the date as YYYY-MM-DD and the text verbatim', () => {
    const line = passimInputLine(
      {
        id: 'x',
        title: 'T',
        source: ' Post ',
        url: '',
        publishedAt: Date.UTC(2026, 0, 5, 23),
        text: 'a < b & c',
      },
      'source',
    );
    expect(JSON.parse(line)).toEqual({
      id: 'x',
      series: 'Post',
      date: '2026-01-05',
      title: 'T',
      url: '',
      text: 'a < b & c',
    });
  });

  it('writes an article whose instant no Date can hold as undated, not throwing', () => {
    const article = { id: 'x', title: '', source: '', url: '', text: 'z' };
    const dateOf = (publishedAt: number) =>
      (JSON.parse(passimInputLine({ ...article, publishedAt }, 'none')) as { date?: string }).date;
    // Past year 9999 too: Date writes `+10000-01-01`, which passim would sort before 1850.
    for (const publishedAt of [1e20, -1e20, 8.64e15, Date.UTC(10000, 0, 1)])
      expect(dateOf(publishedAt)).toBeUndefined();
    expect(dateOf(Date.UTC(9999, 11, 31))).toBe('9999-12-31');
  });

  it("finds the part files and reads passim's conf", () => {
    const files = [
      'conf',
      'out.json/part-00001.json.gz',
      'out.json/part-00000.json',
      'out.json/.part-00000.json.crc',
      'clusters.parquet/part-0.parquet',
      'align.json/part-00000',
    ];
    expect(passimPartPaths(files)).toEqual([
      'out.json/part-00000.json',
      'out.json/part-00001.json.gz',
    ]);
    expect(passimPartPaths(['part-00000', 'conf/part-00000', '_SUCCESS'])).toEqual(['part-00000']);
    expect(parsePassimConf('{"n": 5, "maxDF": 100, "nested": {"a": 1}}\n')).toEqual({
      n: 5,
      maxDF: 100,
    });
    expect(parsePassimConf('Namespace(n=5)')).toBeUndefined();
  });
});
