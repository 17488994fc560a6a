/** The directory's commands: `export hsds [FILE]` and `import hsds FILE`. Messages in Dutch, exit codes for scripts. */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.js';
import * as directory from './directory.service.js';

export async function exportHsdsCommand(db: Db, baseUrl: string, file?: string): Promise<number> {
  const doc = await directory.exportHsds(db, baseUrl);
  const json = JSON.stringify(doc, null, 2) + '\n';
  if (!file || file === '-') {
    process.stdout.write(json);
    return 0;
  }
  fs.writeFileSync(file, json);
  console.log(`HSDS-export geschreven naar ${file}: ${doc.organizations.length} organisaties, ${doc.services.length} aanbiedingen.`);
  return 0;
}

export async function importHsdsCommand(db: Db, file?: string): Promise<number> {
  if (!file) {
    process.stderr.write('Geef het bestand: expertisepunt import hsds FILE\n');
    return 2;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    process.stderr.write(`Kan ${file} niet lezen als JSON: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    const result = await directory.importHsds(db, doc, { sourceTitle: `HSDS-import (${path.basename(file)})` });
    console.log(`Ingelezen uit ${file}: ${result.organizations} organisaties, ${result.locations} locaties, ${result.services} aanbiedingen.`);
    for (const w of result.warnings) console.log(`let op: ${w}`);
    return 0;
  } catch (err) {
    if (err instanceof directory.HsdsImportError) {
      process.stderr.write(`${err.message} Er is niets opgeslagen.\n${err.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    if (err instanceof Error && 'code' in err && (err as { code?: string }).code === 'invalid_input') {
      process.stderr.write(`Het bestand is niet ingelezen; er is niets opgeslagen: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
