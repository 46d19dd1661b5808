import { useState } from 'react';
import { exportArticle, type ExportFormat } from '../../db/backup/export-article';
import { sanitiseArticleHtml } from '../../import/sanitise-html';
import { archive } from '../data/archive';
import { useHost } from '../host-context';

const formats: readonly (readonly [ExportFormat, string])[] = [
  ['markdown', 'Markdown'],
  ['text', 'Plain text'],
  ['html', 'HTML'],
];

/** Saves this article as Markdown, plain text or sanitised HTML through the host's save dialog. */
export function ExportArticleForm({ id }: { id: string }) {
  const host = useHost();
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [problem, setProblem] = useState('');
  const save = async (): Promise<void> => {
    setProblem('');
    try {
      const file = await exportArticle(archive(), id, format, (html) => sanitiseArticleHtml(html));
      if (!file) return setProblem('This article is no longer in the archive.');
      await host.saveFile(file.fileName, file.contents);
    } catch {
      // The save dialog or the disk said no; its raw message would mean nothing here.
      setProblem('Could not export: the file could not be saved.');
    }
  };
  return (
    <div className="reader-tools" role="group" aria-label="Export this article">
      <select
        aria-label="Export format"
        value={format}
        onChange={(event) =>
          setFormat(formats.find(([value]) => value === event.target.value)?.[0] ?? 'markdown')
        }
      >
        {formats.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void save()}>
        Export…
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
