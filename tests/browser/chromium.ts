/**
 * Finds the Chromium the browser tests drive (playwright-core never downloads a browser), and
 * installs Debian's package when it is missing and we may.
 *
 * Order: `CHROMIUM_PATH`, then `/usr/bin/chromium`, then `chromium` on `PATH`. When none is there:
 * as root with apt-get, install Debian's `chromium`; otherwise stop with one line saying how.
 *
 * `npm test` runs this file (`tsx tests/browser/chromium.ts`) before vitest, so a fresh machine
 * passes the README's test command by itself; the harness calls `chromiumPath()` to launch the same
 * executable. The decision is the pure `planChromium(probes)`, unit-tested with injected probes
 * (tests/unit/ci/chromium.test.ts). See docs/architecture.md, "Tests".
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** What the finder may look at; injected in tests. */
export interface ChromiumProbes {
  /** The value of `CHROMIUM_PATH`, if set. */
  envPath: string | undefined;
  /** True when `path` is an executable file. */
  isExecutable(path: string): boolean;
  /** Full path of a command on `PATH`, or null. */
  which(command: string): string | null;
  /** Effective user id; null where the platform has none (Windows). */
  uid: number | null;
}

export type ChromiumSource = 'CHROMIUM_PATH' | 'default' | 'PATH';

export type ChromiumPlan =
  | { kind: 'found'; path: string; source: ChromiumSource }
  /** Absent, but we are root with apt-get: install Debian's package, then look again. */
  | { kind: 'install'; commands: string[][] }
  /** Absent and not installable from here: `message` is the one line to print. */
  | { kind: 'missing'; message: string };

export const INSTALL_COMMANDS: string[][] = [
  ['apt-get', 'update'],
  ['apt-get', 'install', '-y', 'chromium'],
];

export const MISSING_APT_MESSAGE =
  'Browser tests need Chromium: run `sudo apt-get install chromium` or set CHROMIUM_PATH=/path/to/chromium';
export const MISSING_OTHER_MESSAGE =
  'Browser tests need Chromium: install it with your package manager or set CHROMIUM_PATH=/path/to/chromium';

export function badEnvMessage(path: string): string {
  return `Browser tests need Chromium: CHROMIUM_PATH=${path} is not an executable file; fix it or unset it`;
}

/** Where Chromium is, without side effects. */
export function locateChromium(probes: ChromiumProbes): { path: string; source: ChromiumSource } | null {
  // An explicit CHROMIUM_PATH is the user's choice: never silently replace it by another browser.
  if (probes.envPath)
    return probes.isExecutable(probes.envPath) ? { path: probes.envPath, source: 'CHROMIUM_PATH' } : null;
  if (probes.isExecutable(DEFAULT_CHROMIUM)) return { path: DEFAULT_CHROMIUM, source: 'default' };
  const onPath = probes.which('chromium');
  return onPath ? { path: onPath, source: 'PATH' } : null;
}

/** What to do: use a found Chromium, install Debian's, or stop with one line. */
export function planChromium(probes: ChromiumProbes): ChromiumPlan {
  const found = locateChromium(probes);
  if (found) return { kind: 'found', ...found };
  if (probes.envPath) return { kind: 'missing', message: badEnvMessage(probes.envPath) };
  const hasApt = probes.which('apt-get') !== null;
  if (hasApt && probes.uid === 0) return { kind: 'install', commands: INSTALL_COMMANDS };
  return { kind: 'missing', message: hasApt ? MISSING_APT_MESSAGE : MISSING_OTHER_MESSAGE };
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function whichOnPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

/** The probes of this machine. */
export function systemProbes(): ChromiumProbes {
  return {
    envPath: process.env.CHROMIUM_PATH || undefined,
    isExecutable: isExecutableFile,
    which: whichOnPath,
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
  };
}

/** The executable the harness launches; throws the one-line message when there is none. */
export function chromiumPath(probes: ChromiumProbes = systemProbes()): string {
  const plan = planChromium(probes);
  if (plan.kind === 'found') return plan.path;
  throw new Error(plan.kind === 'missing' ? plan.message : MISSING_APT_MESSAGE);
}

/**
 * Find Chromium, installing Debian's package when the plan says so. Returns the path, or the one
 * line to print when the browser tests cannot run.
 */
export function ensureChromium(
  probes: ChromiumProbes = systemProbes(),
  run: (command: string[]) => void = runInherit,
  log: (line: string) => void = console.log,
): { ok: true; path: string } | { ok: false; message: string } {
  const plan = planChromium(probes);
  if (plan.kind === 'found') return { ok: true, path: plan.path };
  if (plan.kind === 'missing') return { ok: false, message: plan.message };
  log(
    "[browser tests] Chromium not found: installing Debian's chromium (apt-get update && apt-get install -y chromium)",
  );
  try {
    for (const command of plan.commands) run(command);
  } catch {
    return {
      ok: false,
      message: `Installing Chromium failed: run \`apt-get install chromium\` or set CHROMIUM_PATH=/path/to/chromium`,
    };
  }
  const after = locateChromium(probes);
  return after
    ? { ok: true, path: after.path }
    : {
        ok: false,
        message: 'Installed chromium but found no executable: set CHROMIUM_PATH=/path/to/chromium',
      };
}

function runInherit([command, ...args]: string[]): void {
  execFileSync(command!, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

// Run as a script (`tsx tests/browser/chromium.ts`): exit 1 with the one line when Chromium is missing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = ensureChromium();
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}
