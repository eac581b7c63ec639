/**
 * The import graph of `shared/` and `server/` has no cycles: none between files, and none between the
 * folders of `shared/` (game, protocol, stats, clock, face, …), so each layer can be read, tested and
 * reused on its own. Types live in one place and dependencies point one way (docs/architecture.md).
 *
 * A tiny checker instead of a tool: it reads every `import … from`, `export … from`, side-effect
 * `import '…'` and dynamic `import('…')` with a relative path, type-only imports included (a type import
 * is still a dependency a reader must follow).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT_RE =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${},\s]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Relative specifiers imported by `source` (comments removed first). */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of code.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2];
    if (spec && spec.startsWith('.')) out.push(spec);
  }
  return out;
}

/** The file a relative specifier resolves to, or null (a non-TS asset). */
function resolveSpec(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  const js = base.replace(/\.js$/, '.ts');
  return js !== base && existsSync(js) ? js : null;
}

type Graph = Map<string, Set<string>>;

function fileGraph(dirs: string[]): Graph {
  const graph: Graph = new Map();
  for (const file of dirs.flatMap((d) => tsFiles(join(ROOT, d)))) {
    const rel = relative(ROOT, file).split(sep).join('/');
    const deps = new Set<string>();
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveSpec(file, spec);
      if (target) deps.add(relative(ROOT, target).split(sep).join('/'));
    }
    graph.set(rel, deps);
  }
  return graph;
}

/** Strongly connected components with more than one node, or a node importing itself (Tarjan). */
export function cycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** `shared/game/engine.ts` → `shared/game`; a file directly in `shared/` is its own unit. */
function sharedFolder(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
}

function folderGraph(files: Graph): Graph {
  const graph: Graph = new Map();
  for (const [file, deps] of files) {
    if (!file.startsWith('shared/')) continue;
    const from = sharedFolder(file);
    const set = graph.get(from) ?? new Set<string>();
    graph.set(from, set);
    for (const dep of deps) {
      const to = sharedFolder(dep);
      if (dep.startsWith('shared/') && to !== from) set.add(to);
    }
  }
  return graph;
}

const files = fileGraph(['shared', 'server']);

describe('architecture: no import cycles', () => {
  it('the checker reads imports and finds cycles (so a pass means something)', () => {
    expect(
      importsOf(
        [
          "import { a } from './a';",
          "import type { B } from '../b';",
          "export * from './c';",
          "export { d, type E } from './d';",
          "import './side-effect';",
          "const lazy = await import('./lazy');",
          "import { z } from 'zod';",
          "// import { gone } from './commented';",
          "/* import { gone } from './block'; */",
          'import {\n  multi,\n  line,\n} from "./multi";',
        ].join('\n'),
      ),
    ).toEqual(['./a', '../b', './c', './d', './side-effect', './lazy', './multi']);
    const g: Graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['x', new Set(['y'])]]))).toEqual([]);
    // The real graph was read: the engine imports its types.
    expect(files.get('shared/game/engine.ts')).toContain('shared/game/types.ts');
  });

  it('no cycle between files of shared/', () => {
    const shared = new Map([...files].filter(([f]) => f.startsWith('shared/')));
    expect(cycles(shared)).toEqual([]);
  });

  it('no cycle between the folders of shared/ (game, protocol, stats, clock, face, …)', () => {
    expect(cycles(folderGraph(files))).toEqual([]);
  });

  it('no cycle between files of server/ (and shared/)', () => {
    expect(cycles(files)).toEqual([]);
  });
});
