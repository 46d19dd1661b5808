import { readArticleTexts, type ArticleText } from '../../db/article-texts';
import type { ArchiveDatabase } from '../../db/database';
import {
  replaceImportedClusters,
  type ClusterImportRecord,
  type ImportedClusterRecord,
} from '../../db/imported-clusters';
import { isPassimConf, parsePassimConf, passimPartPaths } from '../../interop/passim/passim-conf';
import { parsePassimLine, type PassimPassage } from '../../interop/passim/passim-record';
import { placePassage } from '../../interop/passim/passim-span';
import { readHostFile, type HostFile } from '../../host/host';
import { passimClusterRecord, type PlacedPassage } from './passim-cluster-record';
import { pickedLines } from './picked-lines';

/** How far an import has got, for a progress bar. */
export interface PassimProgress {
  readonly phase: 'Reading' | 'Aligning' | 'Saving';
  readonly done: number;
  readonly total: number;
}

/** The import's outcome: what was stored, or why nothing was. */
export type PassimImportResult =
  | { readonly kind: 'imported'; readonly summary: ClusterImportRecord }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'cancelled' };

const KEEP = 20;
const BATCH = 2000;
const SLICE_MS = 12;

/** Yields to the page every ~12 ms, so a long import never freezes it. */
function slicer(signal: AbortSignal): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (signal.aborted) throw signal.reason;
    if (performance.now() - last < SLICE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  };
}

class Problems {
  count = 0;
  readonly first: string[] = [];
  add(text: string): void {
    if (this.count++ < KEEP) this.first.push(text);
  }
}

/**
 * Imports the clusters of a passim output folder (its picked files) into the archive, replacing
 * the previous passim import. Parts are read line by line; each record is matched to an archived
 * article by id (unmatched ids are counted and named), its span placed in and checked against
 * the article's text (refused with a reason otherwise), and kept only as article id and offsets;
 * passages are then grouped by passim's cluster id, aligned to their cluster's earliest passage
 * and stored as Verso clusters. A malformed line is named by file and line number and skipped.
 */
export async function importPassimClusters(
  db: ArchiveDatabase,
  files: readonly HostFile[],
  onProgress: (progress: PassimProgress) => void,
  signal: AbortSignal,
): Promise<PassimImportResult> {
  const byPath = new Map(files.map((f) => [f.relativePath, f]));
  const parts = passimPartPaths([...byPath.keys()]);
  if (parts.length === 0)
    return {
      kind: 'failed',
      reason:
        'No part-* files in that folder: choose the folder passim wrote (with out.json in it).',
    };
  const confFiles = files.filter((f) => isPassimConf(f.relativePath));
  let params: ReturnType<typeof parsePassimConf>;
  for (const f of confFiles) {
    params ??= parsePassimConf(new TextDecoder().decode((await readHostFile(f)).bytes));
  }
  const groups = new Map<string, PlacedPassage[]>();
  const unmatched = new Map<string, number>();
  const rejected = new Problems();
  const pause = slicer(signal);
  try {
    let pending: PassimPassage[] = [];
    const place = async (): Promise<void> => {
      const texts = await readArticleTexts(db, [...new Set(pending.map((p) => p.id))]);
      for (const p of pending) {
        const article = texts.get(p.id);
        if (!article) {
          unmatched.set(p.id, (unmatched.get(p.id) ?? 0) + 1);
          continue;
        }
        const span = placePassage(p, article.text);
        if (span.kind === 'rejected') rejected.add(span.reason);
        else groupOf(groups, p.cluster).push({ doc: p.id, start: span.start, end: span.end });
      }
      pending = [];
    };
    for (const [n, path] of parts.entries()) {
      onProgress({ phase: 'Reading', done: n, total: parts.length });
      let line = 0;
      const part = byPath.get(path);
      const bytes = part ? (await readHostFile(part)).bytes : new Uint8Array();
      for await (const text of pickedLines(bytes)) {
        line++;
        await pause();
        const parsed = parsePassimLine(text);
        if (parsed.kind === 'bad') rejected.add(`${path}:${line}: ${parsed.reason}`);
        if (parsed.kind !== 'passage') continue;
        pending.push(parsed.passage);
        if (pending.length >= BATCH) await place();
      }
    }
    await place();
    const clusters = await buildClusters(db, groups, onProgress, pause);
    onProgress({ phase: 'Saving', done: 0, total: 1 });
    const summary: ClusterImportRecord = {
      tool: 'passim',
      importedAt: Date.now(),
      ...(params ? { params } : {}),
      files: parts.length,
      clusters: clusters.length,
      passages: clusters.reduce((n, c) => n + c.size, 0),
      unmatchedCount: unmatched.size,
      unmatched: [...unmatched.keys()].slice(0, KEEP),
      rejectedCount: rejected.count,
      rejected: rejected.first,
      droppedClusters: groups.size - clusters.length,
    };
    await replaceImportedClusters(db, summary, clusters);
    return { kind: 'imported', summary };
  } catch (error) {
    if (signal.aborted) return { kind: 'cancelled' };
    throw error;
  }
}

function groupOf(groups: Map<string, PlacedPassage[]>, cluster: string): PlacedPassage[] {
  let group = groups.get(cluster);
  if (!group) groups.set(cluster, (group = []));
  return group;
}

/** Every group of two or more placed passages as a stored cluster, reading texts per cluster. */
async function buildClusters(
  db: ArchiveDatabase,
  groups: ReadonlyMap<string, readonly PlacedPassage[]>,
  onProgress: (progress: PassimProgress) => void,
  pause: () => Promise<void>,
): Promise<ImportedClusterRecord[]> {
  const clusters: ImportedClusterRecord[] = [];
  let done = 0;
  for (const [id, placed] of groups) {
    onProgress({ phase: 'Aligning', done: done++, total: groups.size });
    await pause();
    if (placed.length < 2) continue;
    const texts: Map<string, ArticleText> = await readArticleTexts(db, [
      ...new Set(placed.map((p) => p.doc)),
    ]);
    clusters.push(passimClusterRecord(id, placed, texts));
  }
  return clusters;
}
