// Baselines for the passim bench, run as their own processes so peak RSS is theirs alone.
// group DIR: every record of every part in memory, grouped in a Map by cluster, each cluster
// written as one JSON line (no alignment, no sort). export FILE OUT: the backup parsed whole,
// every article's record built into one string, written at once.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, a, b] = process.argv.slice(2);
if (mode === 'group') {
  const groups = new Map();
  const dir = join(a, 'out.json');
  for (const name of readdirSync(dir).filter((n) => n.startsWith('part-')))
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line);
      const list = groups.get(r.cluster) ?? [];
      list.push({ doc: r.id, start: r.begin, end: r.end, text: r.text });
      groups.set(r.cluster, list);
    }
  const out = [];
  for (const [id, passages] of groups) out.push(JSON.stringify({ id, passages }));
  writeFileSync(b, `${out.join('\n')}\n`);
} else if (mode === 'export') {
  const { articles } = JSON.parse(readFileSync(a, 'utf8'));
  const lines = articles.map((x) =>
    JSON.stringify({ id: x.id, series: x.source, title: x.title, url: x.url, text: x.text }),
  );
  writeFileSync(b, `${lines.join('\n')}\n`);
}
