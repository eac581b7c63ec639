import { describe, expect, it } from 'vitest';
import {
  ANSWER_GRACE_MS,
  ALLOWED_TRANSITIONS,
  DEFAULT_LEAD_MS,
  MAX_LEAD_MS,
  MIN_LEAD_MS,
  READY_TIMEOUT_MS,
  initialState,
  step,
} from '../../../shared/game/engine';
import { READY_WAIT, Scenario, createEvent, deepFreeze, frozenStep, settings, started } from './helpers';

describe('G: general', () => {
  it('G-1: step never mutates its (deep-frozen) input', () => {
    const g = started(['a']);
    const before = JSON.stringify(g.state);
    g.ready('a');
    expect(JSON.stringify(g.state)).not.toBe(before);
    expect(Object.isFrozen(g.state)).toBe(false); // a fresh object, the frozen input intact
  });

  it('G-2: a user mistake returns an error code and throws nothing', () => {
    const g = new Scenario();
    g.rejects({ type: 'host', command: { kind: 'start' } }, 'host/no-participants');
  });

  it('G-2: a broken invariant throws (a running phase without a round)', () => {
    const g = started(['a']);
    const broken = deepFreeze({ ...g.state, round: null });
    expect(() => step(broken, { type: 'host', at: 5, command: { kind: 'skip', round: 0 } })).toThrow(
      /invariant/,
    );
  });

  it('G-3: a non-finite event time is request/invalid', () => {
    const g = new Scenario();
    expect(frozenStep(g.state, { type: 'lead', leadMs: 500, at: Number.NaN })).toEqual({
      ok: false,
      error: 'request/invalid',
    });
    expect(frozenStep(g.state, { type: 'lead', leadMs: 500, at: Infinity })).toEqual({
      ok: false,
      error: 'request/invalid',
    });
  });

  it('G-4: now never moves backwards', () => {
    const g = new Scenario().to(100).join('a').to(50).join('b');
    expect(g.state.now).toBe(100);
  });
});

describe('P: phases', () => {
  it('P-1: create only on a null state; version 1, lobby, default lead, persist-game', () => {
    const r = frozenStep(null, createEvent());
    expect(r.ok && r.state.phase).toBe('lobby');
    expect(r.ok && r.state.version).toBe(1);
    expect(r.ok && r.state.leadMs).toBe(DEFAULT_LEAD_MS);
    expect(r.ok && r.effects).toEqual([{ type: 'persist-game' }]);
    const g = new Scenario();
    g.rejects(createEvent(), 'phase/invalid');
    expect(frozenStep(null, { type: 'join', at: 0, participantId: 'a', name: 'A' })).toEqual({
      ok: false,
      error: 'game/not-found',
    });
  });

  it('P-1: an inconsistent create is request/invalid; initialState throws on it', () => {
    const s = settings({ rounds: 2 });
    const bad = { ...createEvent(s), plan: createEvent(settings({ rounds: 3 })).plan };
    expect(frozenStep(null, bad)).toEqual({ ok: false, error: 'request/invalid' });
    expect(() => initialState(bad)).toThrow();
    const offDeck = createEvent(settings({ emotions: ['happiness', 'fear'] }), 0, [
      'anger',
      'anger',
      'anger',
    ]);
    expect(frozenStep(null, offDeck)).toEqual({ ok: false, error: 'request/invalid' });
  });

  it('P-2: a whole game walks only allowed transitions', () => {
    const g = started(['a'], settings({ rounds: 2 }));
    const phases = [g.state.phase];
    g.ready('a');
    phases.push(g.state.phase);
    g.toAnswering();
    phases.push(g.state.phase);
    g.answer('a', g.emotion).host({ kind: 'close' });
    phases.push(g.state.phase);
    g.host({ kind: 'discuss' });
    phases.push(g.state.phase);
    g.host({ kind: 'next' });
    phases.push(g.state.phase);
    g.host({ kind: 'skip' }).host({ kind: 'next' });
    phases.push(g.state.phase);
    expect(phases).toEqual([
      'preparing',
      'scheduled',
      'answering',
      'reveal',
      'discussion',
      'preparing',
      'finished',
    ]);
    for (let i = 1; i < phases.length; i++) {
      expect(ALLOWED_TRANSITIONS[phases[i - 1]!]).toContain(phases[i]);
    }
  });

  it('P-3: version +1 on accepted events, unchanged on rejected', () => {
    const g = new Scenario();
    const v = g.state.version;
    g.join('a');
    expect(g.state.version).toBe(v + 1);
    const r = frozenStep(g.state, { type: 'join', at: 2, participantId: 'a', name: 'x' });
    expect(r.ok).toBe(false);
  });

  it('P-4: the show timer opens answering', () => {
    const g = started(['a']).ready('a').to(0);
    g.to(g.round.showAt!).timer('show');
    expect(g.state.phase).toBe('answering');
  });

  it('P-5: closing a round appends it to history and emits clear-timers + persist-round', () => {
    const g = started(['a']).ready('a').toAnswering().answer('a', 'happiness').host({ kind: 'close' });
    expect(g.state.phase).toBe('reveal');
    expect(g.state.history).toHaveLength(1);
    expect(g.state.history[0]).toEqual(g.state.round);
    expect(g.effects.map((e) => e.type)).toEqual(['clear-timers', 'persist-round', 'persist-game']);
  });

  it('P-6: persist-game comes once, last, on a phase change', () => {
    const g = started(['a']);
    expect(g.effects.filter((e) => e.type === 'persist-game')).toHaveLength(1);
    expect(g.effects.at(-1)).toEqual({ type: 'persist-game' });
  });

  it('P-7: in finished only connection is accepted', () => {
    const g = new Scenario().join('a').host({ kind: 'end' });
    expect(g.state.phase).toBe('finished');
    g.rejects({ type: 'join', participantId: 'b', name: 'B' }, 'game/finished');
    g.rejects({ type: 'host', command: { kind: 'start' } }, 'game/finished');
    g.rejects({ type: 'lead', leadMs: 400 }, 'game/finished');
    g.rejects({ type: 'timer', timer: 'show', round: 0 }, 'game/finished');
    g.ok({ type: 'connection', participantId: 'a', connected: false });
    expect(g.state.participants.a!.connected).toBe(false);
  });
});

describe('J: joining', () => {
  it('J-1: join is allowed mid-game; the seat starts connected with zero score', () => {
    const g = started(['a']).ready('a').toAnswering().join('late');
    expect(g.state.participants.late).toMatchObject({ connected: true, score: 0, kicked: false });
  });

  it('J-2: a locked game refuses joins but allows reconnects', () => {
    const g = new Scenario().join('a').host({ kind: 'lock', locked: true });
    g.rejects({ type: 'join', participantId: 'b', name: 'B' }, 'lobby/locked');
    g.ok({ type: 'connection', participantId: 'a', connected: false });
    g.ok({ type: 'connection', participantId: 'a', connected: true });
    g.host({ kind: 'lock', locked: false }).join('b');
    expect(g.state.order).toEqual(['a', 'b']);
  });

  it('J-3: names are unique case-insensitively, kicked names stay taken, empty names are invalid', () => {
    const g = new Scenario().join('a', 'Zoë');
    g.rejects({ type: 'join', participantId: 'b', name: '  zOË ' }, 'lobby/name-taken');
    g.rejects({ type: 'join', participantId: 'b', name: '   ' }, 'request/invalid');
    g.rejects({ type: 'join', participantId: 'b', name: 'x'.repeat(25) }, 'request/invalid');
    g.host({ kind: 'kick', participantId: 'a' });
    g.rejects({ type: 'join', participantId: 'c', name: 'zoë' }, 'lobby/name-taken');
  });

  it('J-4: the 301st seat is lobby/full', () => {
    const g = new Scenario();
    for (let i = 0; i < 300; i++) g.join(`p${i}`);
    g.rejects({ type: 'join', participantId: 'x', name: 'x' }, 'lobby/full');
    g.host({ kind: 'kick', participantId: 'p0' }).join('x');
    expect(g.state.order).toHaveLength(301);
  });

  it('J-5: joining an existing id is request/invalid; a kicked id is lobby/kicked', () => {
    const g = new Scenario().join('a').join('b');
    g.rejects({ type: 'join', participantId: 'a', name: 'Other' }, 'request/invalid');
    g.host({ kind: 'kick', participantId: 'b' });
    g.rejects({ type: 'join', participantId: 'b', name: 'Other' }, 'lobby/kicked');
  });

  it('J-6: a late joiner cannot ready or answer this round but plays the next', () => {
    const g = started(['a']).join('late');
    g.rejects({ type: 'ready', participantId: 'late', round: 0 }, 'round/not-participant');
    g.ready('a').toAnswering();
    g.rejects(
      { type: 'answer', participantId: 'late', round: 0, choice: 'happiness', reactionMs: 500, rttMs: 0 },
      'round/not-participant',
    );
    g.answer('a', 'happiness').host({ kind: 'close' }).host({ kind: 'next' });
    expect(g.round.roster).toEqual(['a', 'late']);
    g.ready('late');
    expect(g.state.phase).toBe('preparing'); // still waiting for a
  });

  it('J-7: connection toggles the flag; unknown → round/not-participant; kicked → lobby/kicked', () => {
    const g = new Scenario().join('a').join('b');
    g.ok({ type: 'connection', participantId: 'a', connected: false });
    expect(g.state.participants.a!.connected).toBe(false);
    g.rejects({ type: 'connection', participantId: 'zz', connected: true }, 'round/not-participant');
    g.host({ kind: 'kick', participantId: 'b' });
    g.rejects({ type: 'connection', participantId: 'b', connected: true }, 'lobby/kicked');
  });
});

describe('R: readiness and scheduling', () => {
  it('R-1: ready for another round is round/wrong-round; a repeat is accepted; lobby is phase/invalid', () => {
    const g = new Scenario().join('a').join('b');
    g.rejects({ type: 'ready', participantId: 'a', round: 0 }, 'phase/invalid');
    g.host({ kind: 'start' });
    g.rejects({ type: 'ready', participantId: 'a', round: 1 }, 'round/wrong-round');
    g.ready('a').ready('a');
    expect(g.round.ready).toEqual(['a']);
  });

  it('R-1: ready after the flash is phase/invalid', () => {
    const g = started(['a', 'b']).ready('a').toAnswering();
    g.rejects({ type: 'ready', participantId: 'b', round: 0 }, 'phase/invalid');
  });

  it('R-2: a disconnected or kicked participant does not block everyone-ready', () => {
    const g = started(['a', 'b', 'c']).ready('a');
    g.ok({ type: 'connection', participantId: 'b', connected: false });
    expect(g.state.phase).toBe('preparing');
    g.host({ kind: 'kick', participantId: 'c' });
    expect(g.state.phase).toBe('scheduled');
  });

  it('R-2: nobody connected never counts as everyone ready', () => {
    const g = started(['a']);
    g.ok({ type: 'connection', participantId: 'a', connected: false });
    expect(g.state.phase).toBe('preparing');
    g.tick(READY_WAIT).timer('ready-timeout');
    expect(g.state.phase).toBe('scheduled');
  });

  it('R-3: preparing sets the ready timeout and announces the round', () => {
    const g = started(['a']);
    expect(g.effects).toEqual([
      { type: 'set-timer', timer: 'ready-timeout', round: 0, at: g.at + READY_TIMEOUT_MS },
      { type: 'round-prepared', round: 0 },
      { type: 'persist-game' },
    ]);
  });

  it('R-4/R-5: all ready schedules at at + leadMs with the deadline after exposure + limit', () => {
    const g = started(['a']).tick(10).ready('a');
    const showAt = g.at + DEFAULT_LEAD_MS;
    expect(g.round.showAt).toBe(showAt);
    expect(g.round.deadline).toBe(showAt + 100 + 5_000);
    expect(g.effects).toEqual([
      { type: 'clear-timers' },
      { type: 'set-timer', timer: 'show', round: 0, at: showAt },
      { type: 'round-scheduled', round: 0, showAt },
      { type: 'persist-game' },
    ]);
  });

  it('R-4: the ready timeout schedules even when some are not ready', () => {
    const g = started(['a', 'b']).ready('a');
    g.tick(READY_TIMEOUT_MS).timer('ready-timeout');
    expect(g.state.phase).toBe('scheduled');
  });

  it('R-5: without a time limit the deadline is null and no deadline timer is set', () => {
    const g = started(['a'], settings({ timeLimitMs: null }))
      .ready('a')
      .toAnswering();
    expect(g.round.deadline).toBeNull();
    expect(g.effects.some((e) => e.type === 'set-timer')).toBe(false);
  });

  it('R-6: lead is clamped to 300..5000 and used by the next schedule', () => {
    const g = new Scenario().ok({ type: 'lead', leadMs: 10 });
    expect(g.state.leadMs).toBe(MIN_LEAD_MS);
    g.ok({ type: 'lead', leadMs: 99_999 });
    expect(g.state.leadMs).toBe(MAX_LEAD_MS);
    g.rejects({ type: 'lead', leadMs: Number.NaN }, 'request/invalid');
    g.ok({ type: 'lead', leadMs: 750.4 }).join('a').host({ kind: 'start' }).ready('a');
    expect(g.round.showAt).toBe(g.at + 750);
  });
});

describe('T: timers', () => {
  it('T-2: a timer for another round is round/wrong-round; wrong phase is phase/invalid', () => {
    const g = started(['a']);
    g.rejects({ type: 'timer', timer: 'ready-timeout', round: 1 }, 'round/wrong-round');
    g.rejects({ type: 'timer', timer: 'show', round: 0 }, 'phase/invalid');
    g.rejects({ type: 'timer', timer: 'deadline', round: 0 }, 'phase/invalid');
  });

  it('T-2: timers are rejected while paused', () => {
    const g = started(['a']).ready('a').toAnswering().host({ kind: 'pause' });
    g.to(g.round.deadline! + ANSWER_GRACE_MS);
    g.rejects({ type: 'timer', timer: 'deadline', round: 0 }, 'phase/invalid');
  });

  it('T-3: a timer more than the slack before its due time is stale (phase/invalid)', () => {
    const g = started(['a']);
    g.tick(READY_TIMEOUT_MS - 100);
    g.rejects({ type: 'timer', timer: 'ready-timeout', round: 0 }, 'phase/invalid');
    g.tick(90).timer('ready-timeout'); // 10 ms early is within the slack
    expect(g.state.phase).toBe('scheduled');
  });

  it('T-3: a stale ready timeout from before a pause is rejected after resume', () => {
    const g = started(['a', 'b']);
    const firstDue = g.at + READY_TIMEOUT_MS;
    g.tick(2_000).host({ kind: 'pause' }).tick(5_000).host({ kind: 'resume' });
    g.to(firstDue);
    g.rejects({ type: 'timer', timer: 'ready-timeout', round: 0 }, 'phase/invalid');
  });

  it('T-4: the deadline timer is set at deadline + grace and closes the round', () => {
    const g = started(['a']).ready('a').toAnswering();
    const due = g.round.deadline! + ANSWER_GRACE_MS;
    expect(g.effects).toContainEqual({ type: 'set-timer', timer: 'deadline', round: 0, at: due });
    g.to(due).timer('deadline');
    expect(g.state.phase).toBe('reveal');
  });
});
