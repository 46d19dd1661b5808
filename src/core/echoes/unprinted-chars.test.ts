import { describe, expect, it } from 'vitest';
import { findEchoes } from './find-echoes';

// A wire paragraph (Reuters style), printed plain by one site and by another whose CMS hyphenates
// long words for narrow columns with soft hyphens (&shy;) and breaks a long name with a zero-width
// space: the same words on screen.
const wire =
  'The European Commission said on Thursday it would investigate whether the government ' +
  'had breached state aid rules by guaranteeing the infrastructure company’s borrowing, ' +
  'a decision that could delay the construction programme by several months. A spokesperson ' +
  'for the ministry declined to comment on the investigation.';
const hyphenated = wire
  .replace('Commission', 'Com\u00ADmis\u00ADsion')
  .replace('investigate', 'in\u00ADves\u00ADti\u00ADgate')
  .replace('government', 'gov\u00ADern\u00ADment')
  .replace('guaranteeing', 'guar\u00ADan\u00ADtee\u00ADing')
  .replace('infrastructure', 'infra\u200Bstructure')
  .replace('construction', 'con\u00ADstruc\u00ADtion')
  .replace('spokesperson', 'spokes\u00ADper\u00ADson');

describe('unprinted characters in an echo', () => {
  it('finds the hyphenated printing an exact echo of the plain one, its span on its own characters', () => {
    const a = { id: 'plain', text: `Markets opened lower.\n\n${wire}\n\nShares fell 2%.` };
    const b = { id: 'shy', text: `Brussels, 12 June.\n\n${hyphenated}\n\nMore to follow.` };
    const echoes = findEchoes([a, b]);
    expect(echoes).toHaveLength(1);
    const [echo] = echoes;
    expect(echo?.similarity).toBe(1);
    const [plain, shy] = echo?.a.doc === 'plain' ? [echo.a, echo.b] : [echo?.b, echo?.a];
    expect(a.text.slice(plain?.start, plain?.end)).toBe(wire);
    expect(b.text.slice(shy?.start, shy?.end)).toBe(hyphenated);
  });
});
