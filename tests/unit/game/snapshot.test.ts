/** The versioned `games.state` snapshot: what is written, and what older builds wrote, reads back whole. */
import { describe, expect, it } from 'vitest';
import {
  SNAPSHOT_VERSION,
  SnapshotError,
  migrateSettings,
  migrateSnapshot,
  serializeState,
} from '../../../shared/game/snapshot';
import type { GameState } from '../../../shared/game/types';
import { Scenario, settings, started } from './helpers';

/** A game in answering round 1 with a closed round 0 in its history, and a kicked seat. */
function midGame(): GameState {
  const g = started(['a', 'b', 'c'], settings({ rounds: 3 }));
  g.ready('a').ready('b').ready('c').toAnswering().answer('a', g.emotion).host({ kind: 'close' });
  g.host({ kind: 'kick', participantId: 'c' }).host({ kind: 'next' }).ready('a').ready('b').toAnswering();
  g.tick(10).host({ kind: 'pause' }).tick(500).host({ kind: 'resume' });
  return g.state;
}

/** What an older build stored: the bare state, without `course`, rosters and paused time. */
function v0Of(state: GameState): unknown {
  const strip = ({ roster: _r, pausedMs: _p, ...round }: GameState['history'][number]) => round;
  const { course: _c, ...oldSettings } = state.settings;
  return JSON.parse(
    JSON.stringify({
      ...state,
      settings: oldSettings,
      round: state.round && strip(state.round),
      history: state.history.map(strip),
    }),
  );
}

describe('snapshot', () => {
  it('round-trips the current version through JSON unchanged', () => {
    const state = midGame();
    const stored = JSON.parse(JSON.stringify(serializeState(state)));
    expect(stored.snapshotVersion).toBe(SNAPSHOT_VERSION);
    expect(migrateSnapshot(stored)).toEqual(state);
  });

  it('serializeState copies: the stored snapshot shares nothing with the live state', () => {
    const state = midGame();
    const stored = serializeState(state);
    expect(stored.state).toEqual(state);
    expect(stored.state).not.toBe(state);
    expect(stored.state.participants).not.toBe(state.participants);
  });

  it('a version 0 (unversioned) snapshot migrates: course off, rosters of the seated, no paused time', () => {
    const state = midGame();
    const migrated = migrateSnapshot(v0Of(state));
    expect(migrated.settings.course).toBe(false);
    // Before rosters were stored, every seated participant played the round (c was kicked).
    expect(migrated.round!.roster).toEqual(['a', 'b']);
    expect(migrated.history[0]!.roster).toEqual(['a', 'b']);
    expect(migrated.round!.pausedMs).toBe(0);
    expect(migrated.history[0]!.pausedMs).toBe(0);
    expect({ ...migrated, settings: state.settings, round: null, history: [] }).toEqual({
      ...state,
      round: null,
      history: [],
    });
    expect(migrated.round!.answers).toEqual(state.round!.answers);
  });

  it('a version 0 lobby (no round yet) migrates', () => {
    const lobby = new Scenario().join('a').state;
    expect(migrateSnapshot(v0Of(lobby))).toEqual(lobby);
  });

  it('rejects garbage with a clear error naming what is wrong', () => {
    expect(() => migrateSnapshot(null)).toThrow(SnapshotError);
    expect(() => migrateSnapshot(null)).toThrow('glimpse snapshot: expected an object, got null');
    expect(() => migrateSnapshot('{"phase":"lobby"}')).toThrow('expected an object, got string');
    expect(() => migrateSnapshot([])).toThrow(SnapshotError);
    expect(() => migrateSnapshot({})).toThrow(/glimpse snapshot: state\.phase/);
    const state = midGame();
    expect(() => migrateSnapshot({ ...state, phase: 'intermission' })).toThrow(/state\.phase/);
    expect(() =>
      migrateSnapshot({ ...state, round: { ...state.round, answers: { a: { choice: 'joy' } } } }),
    ).toThrow(/state\.round\.answers\.a/);
    expect(() => migrateSnapshot({ snapshotVersion: 99, state })).toThrow(/unknown snapshot version 99/);
    expect(() => migrateSnapshot({ snapshotVersion: 1 })).toThrow(/state: /);
    expect(() =>
      migrateSnapshot({
        snapshotVersion: 1,
        state: { ...state, round: { ...state.round, roster: undefined } },
      }),
    ).toThrow(/version 1 snapshot without roster of round 1/);
  });

  it('settings stored before the course option read as no course', () => {
    const { course: _c, ...old } = settings();
    expect(migrateSettings(old)).toEqual(settings());
    expect(migrateSettings(settings({ rounds: 6, course: true })).course).toBe(true);
    expect(() => migrateSettings({ ...old, mode: 'party' })).toThrow(/settings\.mode/);
  });
});
