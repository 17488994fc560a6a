#!/usr/bin/env node
// Runs the compiled dist/ when it is newer than every source file (npm start builds it first);
// otherwise the TypeScript sources through tsx, so a developer never runs stale code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const fresh = fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newestSource(path.join(root, 'src'));
if (fresh) {
  await import(pathToFileURL(path.join(root, 'dist', 'src', 'cli.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'src', 'cli.ts')).href);
}
