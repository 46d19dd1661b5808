import { useState } from 'react';
import type { ArticleRecord } from '../../db/records';
import { redecodeInArchive } from '../data/archive';

// The same list the import offers (src/import/redecode.ts), kept here so the reader does not load
// the import pipeline before the user asks for it.
const choices = [
  ['windows-1252', 'Western (Windows-1252)'],
  ['iso-8859-2', 'Central European (ISO-8859-2)'],
  ['windows-1250', 'Central European (Windows-1250)'],
  ['windows-1251', 'Cyrillic (Windows-1251)'],
  ['koi8-r', 'Cyrillic (KOI8-R)'],
  ['windows-1253', 'Greek (Windows-1253)'],
  ['windows-1254', 'Turkish (Windows-1254)'],
  ['windows-1255', 'Hebrew (Windows-1255)'],
  ['windows-1256', 'Arabic (Windows-1256)'],
  ['windows-1257', 'Baltic (Windows-1257)'],
  ['shift_jis', 'Japanese (Shift_JIS)'],
  ['euc-jp', 'Japanese (EUC-JP)'],
  ['iso-2022-jp', 'Japanese (ISO-2022-JP)'],
  ['gb18030', 'Chinese, simplified (GB18030)'],
  ['big5', 'Chinese, traditional (Big5)'],
  ['euc-kr', 'Korean (EUC-KR)'],
  ['utf-8', 'Unicode (UTF-8)'],
] as const;

/**
 * Says which encoding an article was read with when that was a guess, and lets the user read its
 * kept bytes again in another one. Shown only for articles whose encoding was assumed.
 */
export function EncodingChoice({ article }: { article: ArticleRecord }) {
  const [choice, setChoice] = useState(article.decoding?.encoding ?? 'windows-1252');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  if (!article.decoding?.assumed && !article.decoding?.chosen) return null;
  const name = choices.find(([label]) => label === article.decoding?.encoding)?.[1];
  const readAgain = async (): Promise<void> => {
    setBusy(true);
    setMessage('');
    const result = await redecodeInArchive(article.id, choice).catch(() => ({
      kind: 'failed' as const,
      reason: 'The article could not be read again.',
    }));
    setBusy(false);
    if (result.kind === 'failed') setMessage(result.reason);
  };
  return (
    <p className="reader-encoding muted" role="note">
      {article.decoding.chosen ? 'Read as ' : 'The file did not say its encoding; Verso assumed '}
      {name ?? article.decoding.encoding}.{' '}
      <label>
        Read it as{' '}
        <select value={choice} onChange={(e) => setChoice(e.target.value)} disabled={busy}>
          {choices.map(([label, text]) => (
            <option key={label} value={label}>
              {text}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" onClick={() => void readAgain()} disabled={busy}>
        Read again
      </button>
      {message && <span role="alert"> {message}</span>}
    </p>
  );
}
