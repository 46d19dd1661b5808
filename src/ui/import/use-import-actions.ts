import { useMemo, useState } from 'react';
import type { ImportItem, ImportResult } from '../../import/import-types';
import { sampleArticle } from '../../sample/sample-article';
import { holdLoadsForImport } from '../data/archive';
import { useHost } from '../host-context';
import type { Route } from '../shell/route';
import type { ImportActions } from './import-actions';

const opened = (results: readonly ImportResult[]): string | undefined => {
  const first = results[0];
  return first && 'articleId' in first ? first.articleId : undefined;
};

/** Import actions over a running import: files, folders, a URL (asked in a dialog), the sample. */
export function useImportActions(
  start: (items: readonly ImportItem[]) => Promise<readonly ImportResult[]>,
  navigate: (route: Route) => void,
) {
  const host = useHost();
  const [askingUrl, setAskingUrl] = useState(false);
  const actions = useMemo<ImportActions>(() => {
    const pick = (folders: boolean) => async (): Promise<void> => {
      // The archive's background loads wait from the click (see holdLoadsForImport).
      const release = holdLoadsForImport();
      try {
        const files = await host.pickFiles({ folders });
        await start(files.map((file) => ({ kind: 'file', file })));
      } finally {
        release();
      }
    };
    return {
      importFiles: () => void pick(false)(),
      importFolder: () => void pick(true)(),
      importUrl: () => setAskingUrl(true),
      openSample: () =>
        void (async () => {
          const bytes = new TextEncoder().encode(sampleArticle.text);
          const name = sampleArticle.fileName;
          const results = await start([
            { kind: 'file', file: { name, relativePath: name, bytes } },
          ]);
          const id = opened(results);
          if (id) navigate({ kind: 'reader', articleId: id });
        })(),
    };
  }, [host, start, navigate]);
  const importUrl = async (url: string): Promise<void> => {
    setAskingUrl(false);
    const id = opened(await start([{ kind: 'url', url }]));
    if (id) navigate({ kind: 'reader', articleId: id });
  };
  return { actions, askingUrl, importUrl, closeUrlDialog: () => setAskingUrl(false) };
}
