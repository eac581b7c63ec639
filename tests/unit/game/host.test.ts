import { describe, expect, it } from 'vitest';
import { ANSWER_GRACE_MS, READY_TIMEOUT_MS } from '../../../shared/game/engine';
import { Scenario, settings, started } from './helpers';

describe('H: host commands', () => {
  it('H-1: start needs the lobby and a seated participant', () => {
    const g = new Scenario();
    g.rejects({ type: 'host', command: { kind: 'start' } }, 'host/no-participants');
    g.join('a').host({ kind: 'kick', participantId: 'a' });
    g.rejects({ type: 'host', command: { kind: 'start' } }, 'host/no-participants');
    g.join('b').host({ kind: 'start' });
    expect(g.state.phase).toBe('preparing');
    expect(g.round.index).toBe(0);
    g.rejects({ type: 'host', command: { kind: 'start' } }, 'phase/invalid');
  });

  it('H-2: lock toggles in any phase before finished', () => {
    const g = started(['a']).host({ kind: 'lock', locked: true });
    expect(g.state.locked).toBe(true);
    expect(g.effects).toContainEqual({ type: 'persist-game' });
  });

  it('H-3: pause while scheduled cancels the schedule; resume re-prepares and schedules at once', () => {
    const g = started(['a', 'b']).ready('a').ready('b');
    expect(g.state.phase).toBe('scheduled');
    g.tick(100).host({ kind: 'pause' });
    expect(g.state.phase).toBe('preparing');
    expect(g.round).toMatchObject({ showAt: null, deadline: null });
    expect(g.effects).toEqual([{ type: 'clear-timers' }, { type: 'persist-game' }]);
    g.tick(60_000).host({ kind: 'resume' });
    expect(g.state.phase).toBe('scheduled');
    expect(g.round.showAt).toBe(g.at + g.state.leadMs);
    expect(g.effects.map((e) => e.type)).toEqual([
      'set-timer',
      'round-prepared',
      'clear-timers',
      'set-timer',
      'round-scheduled',
      'persist-game',
    ]);
  });

  it('H-3: resume in preparing sets a fresh ready timeout', () => {
    const g = started(['a', 'b']).ready('a').tick(100).host({ kind: 'pause' }).tick(1_000);
    g.rejects({ type: 'timer', timer: 'ready-timeout', round: 0 }, 'phase/invalid');
    g.host({ kind: 'resume' });
    expect(g.state.phase).toBe('preparing');
    expect(g.effects[0]).toEqual({
      type: 'set-timer',
      timer: 'ready-timeout',
      round: 0,
      at: g.at + READY_TIMEOUT_MS,
    });
  });

  it('H-4: pause in answering freezes the remaining time; resume re-arms the deadline', () => {
    const g = started(['a']).ready('a').toAnswering();
    const remaining = g.round.deadline! - (g.at + 1_000);
    g.tick(1_000).host({ kind: 'pause' });
    expect(g.state.paused).toEqual({ since: g.at, remainingMs: remaining });
    g.tick(20_000).host({ kind: 'resume' });
    expect(g.round.deadline).toBe(g.at + remaining);
    expect(g.round.pausedMs).toBe(20_000);
    expect(g.effects[0]).toEqual({
      type: 'set-timer',
      timer: 'deadline',
      round: 0,
      at: g.at + remaining + ANSWER_GRACE_MS,
    });
  });

  it('H-4a: pause outside a running round, double pause, resume unpaused are phase/invalid', () => {
    const g = new Scenario().join('a');
    g.rejects({ type: 'host', command: { kind: 'pause' } }, 'phase/invalid');
    g.rejects({ type: 'host', command: { kind: 'resume' } }, 'phase/invalid');
    g.host({ kind: 'start' }).host({ kind: 'pause' });
    g.rejects({ type: 'host', command: { kind: 'pause' } }, 'phase/invalid');
    g.host({ kind: 'skip' });
    expect(g.state.paused).toBeNull();
    g.rejects({ type: 'host', command: { kind: 'pause' } }, 'phase/invalid');
  });

  it('H-5: skip from preparing, scheduled or answering reveals a skipped round', () => {
    for (const reach of ['preparing', 'scheduled', 'answering'] as const) {
      const g = started(['a']);
      if (reach !== 'preparing') g.ready('a');
      if (reach === 'answering') g.toAnswering();
      expect(g.state.phase).toBe(reach);
      g.host({ kind: 'skip' });
      expect(g.state.phase).toBe('reveal');
      expect(g.round.skipped).toBe(true);
      expect(g.effects).toContainEqual({ type: 'persist-round', round: g.round });
    }
    const g = new Scenario().join('a');
    g.rejects({ type: 'host', command: { kind: 'skip' } }, 'phase/invalid');
  });

  it('H-6: close closes answering, next advances from reveal/discussion, finishes after the last round', () => {
    const g = started(['a'], settings({ rounds: 1 }));
    g.rejects({ type: 'host', command: { kind: 'next' } }, 'phase/invalid');
    g.rejects({ type: 'host', command: { kind: 'close' } }, 'phase/invalid');
    g.ready('a');
    g.rejects({ type: 'host', command: { kind: 'next' } }, 'phase/invalid');
    g.rejects({ type: 'host', command: { kind: 'close' } }, 'phase/invalid');
    g.toAnswering();
    g.rejects({ type: 'host', command: { kind: 'next' } }, 'phase/invalid');
    g.host({ kind: 'close' });
    expect(g.state.phase).toBe('reveal');
    g.host({ kind: 'next' });
    expect(g.state.phase).toBe('finished');
    expect(g.state.round?.index).toBe(0);
  });

  it('H-7: end finishes from anywhere; a running round closes as skipped', () => {
    const lobby = new Scenario().host({ kind: 'end' });
    expect(lobby.state).toMatchObject({ phase: 'finished', round: null });
    const g = started(['a']).ready('a').toAnswering().answer('a', 'happiness', 0).host({ kind: 'end' });
    expect(g.state.phase).toBe('finished');
    expect(g.state.history).toHaveLength(1);
    expect(g.state.history[0]!.skipped).toBe(true);
    expect(g.state.participants.a!.score).toBe(0);
    expect(g.effects.map((e) => e.type)).toEqual(['clear-timers', 'persist-round', 'persist-game']);
  });

  it('H-8: discuss only from reveal', () => {
    const g = started(['a']);
    g.rejects({ type: 'host', command: { kind: 'discuss' } }, 'phase/invalid');
    g.host({ kind: 'skip' }).host({ kind: 'discuss' });
    expect(g.state.phase).toBe('discussion');
  });

  it('H-9: kick removes a seat for good', () => {
    const g = started(['a', 'b']).host({ kind: 'kick', participantId: 'b' });
    expect(g.effects).toEqual([{ type: 'participant-kicked', participantId: 'b' }, { type: 'persist-game' }]);
    expect(g.state.participants.b).toMatchObject({ kicked: true, connected: false });
    g.rejects({ type: 'ready', participantId: 'b', round: 0 }, 'lobby/kicked');
    g.rejects({ type: 'host', command: { kind: 'kick', participantId: 'b' } }, 'host/unknown-participant');
    g.rejects({ type: 'host', command: { kind: 'kick', participantId: 'zz' } }, 'host/unknown-participant');
    g.ready('a');
    expect(g.state.phase).toBe('scheduled');
  });

  it('H-6: a "Close answers" that arrives after the deadline closed the round is rejected, and the reveal stays', () => {
    const g = started(['a', 'b'], settings({ rounds: 3 }))
      .ready('a')
      .ready('b')
      .toAnswering();
    g.answer('a', g.emotion);
    g.to(g.round.deadline! + ANSWER_GRACE_MS).timer('deadline');
    expect(g.state.phase).toBe('reveal');
    const version = g.state.version;
    // The host pressed "Close answers" for round 0 just as the deadline fired.
    g.rejects({ type: 'host', command: { kind: 'close', round: 0 } }, 'round/closed');
    expect(g.state).toMatchObject({ phase: 'reveal', version });
    expect(g.round.index).toBe(0);
    g.host({ kind: 'discuss', round: 0 });
    g.rejects({ type: 'host', command: { kind: 'close', round: 0 } }, 'round/closed');
  });

  it('H-6: a "Close answers" racing autoAdvance is rejected instead of skipping the reveal', () => {
    const g = started(['a'], settings({ autoAdvance: true }))
      .ready('a')
      .toAnswering();
    g.answer('a', g.emotion);
    expect(g.state.phase).toBe('reveal');
    g.tick().rejects({ type: 'host', command: { kind: 'close', round: 0 } }, 'round/closed');
    expect(g.state.phase).toBe('reveal');
  });

  it('H-10: a round command for a round the game has left is host/stale-command', () => {
    const g = started(['a'], settings({ rounds: 3 }))
      .ready('a')
      .toAnswering()
      .host({ kind: 'close', round: 0 });
    // A double-clicked "Next round": the first starts round 1, the second still names round 0.
    g.host({ kind: 'next', round: 0 });
    expect(g.state.phase).toBe('preparing');
    expect(g.round.index).toBe(1);
    g.rejects({ type: 'host', command: { kind: 'next', round: 0 } }, 'host/stale-command');
    // Checked before the phase: a stale skip would otherwise skip the round that followed.
    for (const kind of ['close', 'next', 'skip', 'pause', 'resume', 'discuss'] as const) {
      g.rejects({ type: 'host', command: { kind, round: 0 } }, 'host/stale-command');
      g.rejects({ type: 'host', command: { kind, round: 2 } }, 'host/stale-command');
    }
    g.host({ kind: 'skip', round: 1 });
    expect(g.round).toMatchObject({ index: 1, skipped: true });
  });

  it('H-10: round commands in the lobby are phase/invalid; a malformed round is request/invalid', () => {
    const g = new Scenario().join('a');
    for (const kind of ['close', 'next', 'skip', 'pause', 'resume', 'discuss'] as const) {
      g.rejects({ type: 'host', command: { kind, round: 0 } }, 'phase/invalid');
    }
    g.host({ kind: 'start' });
    g.rejects({ type: 'host', command: { kind: 'skip', round: -1 } }, 'request/invalid');
    g.rejects({ type: 'host', command: { kind: 'skip', round: 0.5 } }, 'request/invalid');
    g.rejects({ type: 'host', command: { kind: 'skip', round: Number.NaN } }, 'request/invalid');
    g.host({ kind: 'end' });
    g.rejects({ type: 'host', command: { kind: 'next', round: 7 } }, 'game/finished');
  });
});
