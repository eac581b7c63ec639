/**
 * Vitest globalSetup of the browser project: the tests serve the built SvelteKit app (build/),
 * so build it when build/handler.js is missing or older than any web source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['web', 'shared', 'svelte.config.js', 'vite.config.ts'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export default function setup(): void {
  const handler = join(ROOT, 'build', 'handler.js');
  const built = existsSync(handler) ? statSync(handler).mtimeMs : 0;
  const sources = Math.max(
    ...SOURCES.map((p) => join(ROOT, p))
      .filter(existsSync)
      .map(newestMtime),
  );
  if (built >= sources) return;
  console.log('[browser tests] build/ is missing or stale: running `npm run build`');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
