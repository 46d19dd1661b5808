import { describe, expect, it } from 'vitest';
import { summariseAlignment } from '../diff/summarise-alignment';
import { alignTexts } from '../diff/align-texts';
import { findEchoes } from '../echoes/find-echoes';
import { countWords } from '../extract/count-words';
import type { Doc } from '../model';
import { toWordEdges } from './unspaced-words';

// News-like paragraphs written for this test, each printed twice: the copy edited (a figure, a
// word) and set in other sentences; a word just before or after a copy may share its first or
// last letters with the other's (インターネット, "internet", and ネット, "net").
const thaiStory =
  'กรมอุตุนิยมวิทยาประกาศเตือนว่าพายุโซนร้อนจะเคลื่อนตัวเข้าสู่ภาคตะวันออกเฉียงเหนือในคืนวันพฤหัสบดี ทำให้มีฝนตกหนักถึงหนักมากในหลายจังหวัด ประชาชนที่อาศัยอยู่ริมแม่น้ำควรเตรียมพร้อมอพยพไปยังที่ปลอดภัย';
const thai: Doc[] = [
  { id: 'a', text: `ข่าวภูมิภาค\n\nเมื่อเช้านี้เจ้าหน้าที่รายงาน${thaiStory} ส่วนโรงเรียนหลายแห่งสั่งปิดชั่วคราว` },
  {
    id: 'b',
    text: `สรุปข่าวเช้า\n\nผู้ว่าราชการจังหวัดแถลงการณ์${thaiStory.replace('หลายจังหวัด', 'สิบสองจังหวัด')} ขณะที่ตลาดสดยังเปิดตามปกติ`,
  },
];
const japaneseStory =
  'ネットでは、気象庁によると、大型の台風十号は木曜日の夜に九州の南部に上陸する見込みで、各地で記録的な大雨となるおそれがある。川の近くに住む人は早めに安全な場所へ避難するよう呼びかけている。';
const japanese: Doc[] = [
  {
    id: 'a',
    text: `地域のニュース\n\n今朝の会見で担当者は述べた。インター${japaneseStory}学校の多くは休校を決めた。`,
  },
  {
    id: 'b',
    text: `朝のまとめ\n\n県知事は次のように話した。${japaneseStory.replace('十号', '十一号')}市場は通常どおり開いている。`,
  },
];
const english: Doc[] = [
  {
    id: 'a',
    text: 'Regional news\n\nThe weather office warned that the storm would reach the north-east on Thursday night, bringing very heavy rain to many provinces; people living by rivers should be ready to leave.',
  },
  {
    id: 'b',
    text: 'Morning briefing\n\nOfficials said the weather office warned that the storm would reach the north-east on Thursday night, bringing very heavy rain to twelve provinces; people living by rivers should be ready to leave.',
  },
];

const textOf = (docs: readonly Doc[], id: string): string =>
  docs.find((d) => d.id === id)?.text ?? '';

// Where Intl.Segmenter puts word boundaries in a whole text (the language's own dictionary).
function boundaries(text: string, locale: string): Set<number> {
  const at = new Set<number>([text.length]);
  for (const s of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text))
    at.add(s.index);
  return at;
}

function passagesOf(docs: readonly Doc[]) {
  return findEchoes(docs)
    .flatMap((e) => [e.a, e.b])
    .map((p) => ({ p, text: textOf(docs, p.doc) }));
}

describe('toWordEdges', () => {
  for (const [name, docs, locale] of [
    ['Thai', thai, 'th'],
    ['Japanese', japanese, 'ja'],
  ] as const) {
    it(`widens every ${name} passage the engine reports to whole words`, () => {
      const passages = passagesOf(docs);
      expect(passages.length).toBeGreaterThan(0);
      let cutMidWord = 0;
      for (const { p, text } of passages) {
        const words = boundaries(text, locale);
        if (!words.has(p.start) || !words.has(p.end)) cutMidWord++;
        const snapped = toWordEdges(text, p, locale);
        expect(words.has(snapped.start) && words.has(snapped.end)).toBe(true);
        expect(snapped.start).toBeLessThanOrEqual(p.start);
        expect(snapped.end).toBeGreaterThanOrEqual(p.end);
        // Widened to the word the edge was in, no further.
        expect(p.start - snapped.start).toBeLessThan(15);
        expect(snapped.end - p.end).toBeLessThan(15);
      }
      // The engine cuts at letters: the case is real on these texts.
      expect(cutMidWord).toBeGreaterThan(0);
    });
  }

  it('leaves passages in scripts written with spaces as the engine reported them', () => {
    const passages = passagesOf(english);
    expect(passages.length).toBeGreaterThan(0);
    for (const { p, text } of passages)
      expect(toWordEdges(text, p)).toEqual({ start: p.start, end: p.end });
  });
});

describe('one word count for the cluster cards and Compare', () => {
  for (const [name, docs, locale] of [
    ['Thai', thai, 'th'],
    ['Japanese', japanese, 'ja'],
    ['English', english, 'en'],
  ] as const) {
    it(`counts a ${name} passage's words alike in countWords and in Compare's summary`, () => {
      for (const { p, text } of passagesOf(docs)) {
        const { start, end } = toWordEdges(text, p, locale);
        const shown = text.slice(start, end);
        const compared = summariseAlignment(alignTexts(shown, shown));
        expect(countWords(shown)).toBe(compared.same + compared.equivalent);
        const segmenterWords = [
          ...new Intl.Segmenter(locale, { granularity: 'word' }).segment(shown),
        ].filter((s) => s.isWordLike).length;
        // Words, not letters: what Intl.Segmenter counts (English: its words, "north-east" two).
        expect(countWords(shown)).toBe(segmenterWords);
      }
    });
  }
});
