import { describe, expect, it } from 'vitest';
import { ClockSync, estimateOffset, measureSample, type ClockSample } from '../../../shared/clock';
import { prng } from '../game/helpers';

type Rand = () => number;

/** Heavy-tailed queueing delay: mostly a few ms (exponential), sometimes a Pareto spike. */
function jitter(rand: Rand, scaleMs: number): number {
  const base = -Math.log(1 - rand()) * scaleMs;
  if (rand() < 0.15) return base + Math.min(2_000, 20 * (Math.pow(1 - rand(), -1 / 1.5) - 1) * 5);
  return base;
}

interface Network {
  offsetMs: number;
  baseMs: number;
  asymmetryMs: number;
}

/** A simulated device with a clock `offsetMs` behind the server, pinging over an asymmetric jittery path. */
function simulatePings(rand: Rand, net: Network, count: number): ClockSample[] {
  const samples: ClockSample[] = [];
  let now = 1_000_000 + rand() * 1_000; // true time, also the device clock
  for (let i = 0; i < count; i++) {
    const up = net.baseMs + net.asymmetryMs + jitter(rand, 6); // the uplink queues more
    const down = net.baseMs + jitter(rand, 3);
    const processing = rand() * 2;
    const t0 = now;
    const t1 = now + up + net.offsetMs;
    const t2 = t1 + processing;
    const t3 = now + up + processing + down;
    samples.push({ t0, t1, t2, t3 });
    now = t3 + 50 + rand() * 50; // the next ping 50–100 ms later
  }
  return samples;
}

function randomNetwork(rand: Rand): Network {
  return {
    offsetMs: (rand() * 2 - 1) * 5_000, // seconds off
    baseMs: 10 + rand() * 290, // 10–300 ms one way
    asymmetryMs: rand() * 20, // constant extra uplink delay, invisible to any algorithm
  };
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;

describe('clock: estimateOffset', () => {
  it('C-1: offset and round trip follow the four-timestamp formulas', () => {
    // Device 1000 ms behind the server; 30 ms up, 10 ms down, 5 ms server processing.
    const s = { t0: 0, t1: 1_030, t2: 1_035, t3: 45 };
    expect(measureSample(s)).toEqual({ offsetMs: 1_010, rttMs: 40 });
    expect(estimateOffset([s])).toEqual({ offsetMs: 1_010, rttMs: 40, samples: 1 });
  });

  it('C-2: symmetric paths without jitter give the exact offset', () => {
    const samples = [0, 200, 400].map((t) => ({
      t0: t,
      t1: t + 50 - 3_000,
      t2: t + 50 - 3_000,
      t3: t + 100,
    }));
    expect(estimateOffset(samples)!.offsetMs).toBe(-3_000);
  });

  it('C-3: keeps the quickest samples and takes their median offset', () => {
    const quick = (offset: number, rtt: number) => ({
      t0: 0,
      t1: rtt / 2 + offset,
      t2: rtt / 2 + offset,
      t3: rtt,
    });
    const samples = [quick(100, 20), quick(104, 22), quick(96, 21), quick(900, 400), quick(-700, 500)];
    expect(estimateOffset(samples)).toEqual({ offsetMs: 100, rttMs: 21, samples: 5 });
  });

  it('C-4: invalid samples are ignored; none valid gives null', () => {
    const bad: ClockSample[] = [
      { t0: Number.NaN, t1: 0, t2: 0, t3: 0 },
      { t0: 10, t1: 0, t2: 0, t3: 5 }, // received before sent
      { t0: 0, t1: 10, t2: 5, t3: 20 }, // replied before received
    ];
    expect(estimateOffset(bad)).toBeNull();
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([...bad, { t0: 0, t1: 5, t2: 5, t3: 10 }])).toEqual({
      offsetMs: 0,
      rttMs: 10,
      samples: 1,
    });
  });

  it('C-5: over 300 simulated devices (offsets of seconds, asymmetric heavy-tailed jitter) the error stays within half the asymmetry + 8 ms, and beats the naive single sample', () => {
    const excess: number[] = [];
    const naiveErrors: number[] = [];
    const errors: number[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const rand = prng(seed);
      const net = randomNetwork(rand);
      const samples = simulatePings(rand, net, 10);
      const estimate = estimateOffset(samples)!;
      const error = Math.abs(estimate.offsetMs - net.offsetMs);
      errors.push(error);
      excess.push(error - net.asymmetryMs / 2);
      naiveErrors.push(Math.abs(measureSample(samples[0]!).offsetMs - net.offsetMs));
    }
    if (process.env.CLOCK_FIGURES) {
      console.log({
        maxExcessMs: Math.max(...excess),
        p50: percentile(errors, 0.5),
        p95: percentile(errors, 0.95),
        naiveP50: percentile(naiveErrors, 0.5),
        naiveP95: percentile(naiveErrors, 0.95),
      });
    }
    expect(Math.max(...excess)).toBeLessThan(8);
    expect(percentile(errors, 0.5)).toBeLessThan(percentile(naiveErrors, 0.5));
    expect(percentile(errors, 0.95)).toBeLessThan(percentile(naiveErrors, 0.95) / 2);
  });
});

describe('clock: ClockSync', () => {
  it('C-6: converts both ways with the estimated offset; zero before any sample', () => {
    const sync = new ClockSync();
    expect(sync.synced).toBe(false);
    expect(sync.toServer(500)).toBe(500);
    sync.addSample({ t0: 0, t1: 2_010, t2: 2_010, t3: 20 });
    expect(sync.offsetMs).toBe(2_000);
    expect(sync.rttMs).toBe(20);
    expect(sync.toServer(100)).toBe(2_100);
    expect(sync.toLocal(sync.toServer(123.5))).toBe(123.5);
  });

  it('C-7: rejects invalid samples, forgets old ones beyond its window, and resets', () => {
    const sync = new ClockSync({ window: 3, keep: 1 });
    expect(sync.addSample({ t0: 10, t1: 0, t2: 0, t3: 5 })).toBe(false);
    sync.addSample({ t0: 0, t1: 501, t2: 501, t3: 2 }); // very quick, offset 500
    for (let i = 1; i <= 3; i++)
      sync.addSample({ t0: i * 100, t1: i * 100 + 10 + 50, t2: i * 100 + 60, t3: i * 100 + 20 });
    expect(sync.offsetMs).toBe(50); // the quick old sample fell out of the window
    sync.reset();
    expect(sync.estimate).toBeNull();
  });

  it('C-8: a synchronised device converts showAt to its own clock within the bound', () => {
    const rand = prng(42);
    const net = randomNetwork(rand);
    const sync = new ClockSync();
    for (const s of simulatePings(rand, net, 10)) sync.addSample(s);
    const showAtServer = 2_000_000;
    const trueLocal = showAtServer - net.offsetMs;
    expect(Math.abs(sync.toLocal(showAtServer) - trueLocal)).toBeLessThan(net.asymmetryMs / 2 + 8);
  });
});
