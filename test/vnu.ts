/** Runs the W3C Nu HTML checker (vnu-jar, with the machine's Java) over HTML documents; returns its errors as text ('' when none). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vnuJar = String(require('vnu-jar'));

export function vnuSkipReason(): string | false {
  return process.env.EP_SKIP_VNU || false;
}

export function vnuErrors(documents: { name: string; html: string }[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-vnu-'));
  try {
    const files = documents.map((d) => {
      const file = path.join(dir, `${d.name}.html`);
      fs.writeFileSync(file, d.html);
      return file;
    });
    const run = spawnSync('java', ['-Xss8m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8' });
    if (run.status === null) throw new Error(`vnu did not run: ${run.error?.message ?? ''}`);
    const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] };
    return report.messages
      .filter((m) => m.type === 'error')
      .map((e) => `${path.basename(e.url)}: ${e.message} ${e.extract ?? ''}`)
      .join('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
