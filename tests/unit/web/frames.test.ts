import { describe, expect, it } from 'vitest';
import { FlashSequence, framesFor, median, type FlashPlan } from '../../../web/lib/flash/frames';

const INTERVAL = 1000 / 60;

function plan(over: Partial<FlashPlan> = {}): FlashPlan {
  return {
    targetTs: 1000,
    framesRequested: 3,
    frameIntervalMs: INTERVAL,
    maskLeadMs: 500,
    postMaskMs: 500,
    ...over,
  };
}

/** Drive a sequence with rAF timestamps starting at `start`, every `step` ms, with optional gaps. */
function drive(seq: FlashSequence, start: number) {
  const drawn: Array<{ ts: number; draw: string }> = [];
  let ts = start;
  for (let i = 0; i < 500; i++) {
    const step = seq.frame(ts);
    if (step.draw) drawn.push({ ts, draw: step.draw });
    if (step.done) break;
    ts += INTERVAL;
  }
  return drawn;
}

describe('frame arithmetic', () => {
  it('rounds exposure to whole frames, at least one', () => {
    expect(framesFor(40, INTERVAL)).toBe(2);
    expect(framesFor(50, INTERVAL)).toBe(3);
    expect(framesFor(1, INTERVAL)).toBe(1);
    expect(framesFor(200, 1000 / 144)).toBe(29);
  });
  it('takes the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('FlashSequence', () => {
  it('shows fixation, mask, the apex on the first frame at or after the target for exactly N frames, then the mask', () => {
    for (const frames of [1, 2, 4, 12]) {
      const seq = new FlashSequence(plan({ framesRequested: frames }));
      const drawn = drive(seq, 100.5);
      expect(drawn.map((d) => d.draw)).toEqual(['fixation', 'mask', 'apex', 'mask']);
      const apex = drawn[2]!;
      expect(apex.ts).toBeGreaterThanOrEqual(1000);
      expect(apex.ts - 1000).toBeLessThan(INTERVAL);
      expect(Math.round((drawn[3]!.ts - apex.ts) / INTERVAL)).toBe(frames);
      expect(seq.outcome).toMatchObject({
        missed: false,
        missedReason: null,
        framesShown: frames,
        framesRequested: frames,
      });
      expect(seq.outcome!.apexTs).toBe(apex.ts);
    }
  });

  it('marks the round missed instead of flashing late when the first frame is already past the target', () => {
    const seq = new FlashSequence(plan());
    expect(drive(seq, 1005)).toEqual([]);
    expect(seq.outcome).toMatchObject({
      missed: true,
      missedReason: 'late-schedule',
      apexTs: null,
      framesShown: 0,
    });
  });

  it('marks the round missed when a dropped frame delays the mask, reporting the frames actually shown', () => {
    const seq = new FlashSequence(plan({ framesRequested: 2 }));
    const t = (k: number) => 900.5 + k * INTERVAL;
    for (let k = 0; k <= 6; k++) seq.frame(t(k)); // k = 6 is the first frame after the target: apex
    expect(seq.frame(t(9)).draw).toBe('mask'); // frames 7 and 8 dropped: the mask comes one frame late
    for (let k = 10; !seq.frame(t(k)).done; k++);
    expect(seq.outcome).toMatchObject({ missed: true, missedReason: 'dropped-frames', framesShown: 3 });
  });

  it('keeps the round when a skipped frame in the middle leaves the exposure exact', () => {
    const seq = new FlashSequence(plan({ framesRequested: 4 }));
    let ts = 900.5;
    while (ts < 1000) seq.frame((ts += INTERVAL));
    // apex shown at ts; the next callback skips one frame, then regular frames follow.
    for (const t of [ts + 2 * INTERVAL, ts + 3 * INTERVAL, ts + 4 * INTERVAL]) seq.frame(t);
    for (let t = ts + 5 * INTERVAL; !seq.frame(t).done; t += INTERVAL);
    expect(seq.outcome).toMatchObject({ missed: false, framesShown: 4 });
  });

  it('does not flash when the frame before the target came too long before it (a stall)', () => {
    const seq = new FlashSequence(plan());
    seq.frame(900);
    const step = seq.frame(1040);
    expect(step).toEqual({ draw: null, done: true });
    expect(seq.outcome?.missedReason).toBe('dropped-frames');
  });

  it('abort before the apex reports missed with the given reason', () => {
    const seq = new FlashSequence(plan());
    seq.frame(600);
    expect(seq.abort('hidden')).toMatchObject({ missed: true, missedReason: 'hidden' });
    expect(seq.frame(1000)).toEqual({ draw: null, done: true });
  });
});
