import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHROMIUM,
  INSTALL_COMMANDS,
  MISSING_APT_MESSAGE,
  MISSING_OTHER_MESSAGE,
  badEnvMessage,
  chromiumPath,
  ensureChromium,
  planChromium,
  type ChromiumProbes,
} from '../../browser/chromium';

/** A machine described by the executables it has and the commands on its PATH. */
function machine(options: {
  env?: string;
  executables?: string[];
  onPath?: Record<string, string>;
  uid?: number | null;
}): ChromiumProbes & { executables: Set<string> } {
  const executables = new Set(options.executables ?? []);
  const onPath = options.onPath ?? {};
  return {
    executables,
    envPath: options.env,
    isExecutable: (path) => executables.has(path),
    which: (command) => {
      const path = onPath[command];
      return path && executables.has(path) ? path : null;
    },
    uid: options.uid === undefined ? 1000 : options.uid,
  };
}

const APT = { 'apt-get': '/usr/bin/apt-get' };
const APT_EXE = ['/usr/bin/apt-get'];

describe('planChromium: which Chromium the browser tests use', () => {
  it('CHROMIUM_PATH wins over /usr/bin/chromium and PATH', () => {
    const probes = machine({
      env: '/opt/chrome/chromium',
      executables: ['/opt/chrome/chromium', DEFAULT_CHROMIUM, '/usr/local/bin/chromium'],
      onPath: { chromium: '/usr/local/bin/chromium' },
    });
    expect(planChromium(probes)).toEqual({
      kind: 'found',
      path: '/opt/chrome/chromium',
      source: 'CHROMIUM_PATH',
    });
    expect(chromiumPath(probes)).toBe('/opt/chrome/chromium');
  });

  it('a CHROMIUM_PATH that is not executable stops with a line naming it, even when another exists', () => {
    const probes = machine({
      env: '/nope/chromium',
      executables: [DEFAULT_CHROMIUM, ...APT_EXE],
      onPath: APT,
      uid: 0,
    });
    expect(planChromium(probes)).toEqual({ kind: 'missing', message: badEnvMessage('/nope/chromium') });
    expect(() => chromiumPath(probes)).toThrow('CHROMIUM_PATH=/nope/chromium');
  });

  it('/usr/bin/chromium comes before chromium on PATH', () => {
    const probes = machine({
      executables: [DEFAULT_CHROMIUM, '/usr/local/bin/chromium'],
      onPath: { chromium: '/usr/local/bin/chromium' },
    });
    expect(planChromium(probes)).toEqual({ kind: 'found', path: DEFAULT_CHROMIUM, source: 'default' });
  });

  it('falls back to chromium on PATH', () => {
    const probes = machine({
      executables: ['/snap/bin/chromium'],
      onPath: { chromium: '/snap/bin/chromium' },
    });
    expect(planChromium(probes)).toEqual({ kind: 'found', path: '/snap/bin/chromium', source: 'PATH' });
  });

  it('missing, root and apt-get: install Debian chromium', () => {
    const probes = machine({ executables: APT_EXE, onPath: APT, uid: 0 });
    expect(planChromium(probes)).toEqual({ kind: 'install', commands: INSTALL_COMMANDS });
    expect(INSTALL_COMMANDS).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'chromium'],
    ]);
  });

  it('missing and not root: one line saying how to install it', () => {
    const probes = machine({ executables: APT_EXE, onPath: APT, uid: 1000 });
    const plan = planChromium(probes);
    expect(plan).toEqual({ kind: 'missing', message: MISSING_APT_MESSAGE });
    expect(MISSING_APT_MESSAGE).toContain('sudo apt-get install chromium');
    expect(MISSING_APT_MESSAGE).toContain('CHROMIUM_PATH=');
    expect(MISSING_APT_MESSAGE).not.toContain('\n');
    expect(() => chromiumPath(probes)).toThrow(MISSING_APT_MESSAGE);
  });

  it('missing, root but no apt-get (or no uid at all): the package-manager line', () => {
    expect(planChromium(machine({ uid: 0 }))).toEqual({ kind: 'missing', message: MISSING_OTHER_MESSAGE });
    expect(planChromium(machine({ uid: null }))).toEqual({ kind: 'missing', message: MISSING_OTHER_MESSAGE });
    expect(MISSING_OTHER_MESSAGE).not.toContain('\n');
  });
});

describe('ensureChromium: performs the plan', () => {
  it('found: runs nothing and says nothing', () => {
    const ran: string[][] = [];
    const logged: string[] = [];
    const result = ensureChromium(
      machine({ executables: [DEFAULT_CHROMIUM] }),
      (c) => ran.push(c),
      (l) => logged.push(l),
    );
    expect(result).toEqual({ ok: true, path: DEFAULT_CHROMIUM });
    expect(ran).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('installs as root with apt-get, says so on the console, then finds /usr/bin/chromium', () => {
    const probes = machine({ executables: APT_EXE, onPath: APT, uid: 0 });
    const ran: string[][] = [];
    const logged: string[] = [];
    const result = ensureChromium(
      probes,
      (command) => {
        ran.push(command);
        if (command.includes('install')) probes.executables.add(DEFAULT_CHROMIUM);
      },
      (line) => logged.push(line),
    );
    expect(ran).toEqual(INSTALL_COMMANDS);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/installing Debian's chromium/);
    expect(result).toEqual({ ok: true, path: DEFAULT_CHROMIUM });
  });

  it('a failing apt-get gives one line, not a stack', () => {
    const result = ensureChromium(
      machine({ executables: APT_EXE, onPath: APT, uid: 0 }),
      () => {
        throw new Error('E: Unable to locate package chromium');
      },
      () => {},
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Installing Chromium failed: .*CHROMIUM_PATH/);
  });

  it('not root: runs nothing and returns the one line', () => {
    const ran: string[][] = [];
    const result = ensureChromium(
      machine({ executables: APT_EXE, onPath: APT, uid: 1000 }),
      (c) => ran.push(c),
      () => {},
    );
    expect(result).toEqual({ ok: false, message: MISSING_APT_MESSAGE });
    expect(ran).toEqual([]);
  });
});
