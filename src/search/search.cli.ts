/** `expertisepunt search reindex`: rebuilds the index with a progress bar on a terminal, plain lines otherwise (to stderr). */
import type { Db } from '../db/database.js';
import * as search from './search.service.js';
import { allSearchSources } from './search.sources.js';

const PHASES = { vocabulary: 'woordenlijst', index: 'indexeren' } as const;

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (p: search.ReindexProgress) => void {
  let shown = '';
  return (p) => {
    const percent = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r${PHASES[p.phase].padEnd(12)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${p.done}/${p.total}`);
      if (p.done >= p.total) stream.write('\n');
      return;
    }
    // Without a terminal (a log file, CI): one plain line per phase and tenth.
    const step = `${p.phase}:${Math.floor(percent / 10)}`;
    if (step === shown) return;
    shown = step;
    stream.write(`${PHASES[p.phase]}: ${p.done}/${p.total} (${percent}%)\n`);
  };
}

export async function runReindex(db: Db): Promise<void> {
  const started = Date.now();
  const result = await search.reindex(db, allSearchSources(), progressReporter());
  const size = await search.indexSize(db);
  console.log(
    `Zoekindex opnieuw opgebouwd: ${result.documents} documenten, ${result.terms} termen, ${(size / 1024 / 1024).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}
