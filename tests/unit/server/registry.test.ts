/** Registry: games, seats, credentials, and resuming after a restart (memory store, fake time). */
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../shared/emotions';
import type { GameSettings } from '../../../shared/game/types';
import { GAME_CODE_PATTERN } from '../../../shared/protocol/game-code';
import { MemoryStore } from '../../../server/db/memory-store';
import { hashToken, type RandomSource } from '../../../server/rooms/random';
import { RoomRegistry } from '../../../server/rooms/registry';
import { sharedFaces, StimulusCatalog } from '../../../server/rooms/stimuli';
import { FakeConnection, FakeTime } from './support/fakes';

const SETTINGS: GameSettings = {
  deckId: 'all',
  emotions: ['happiness', 'fear', 'surprise'],
  rounds: 3,
  exposureMs: 100,
  timeLimitMs: 5000,
  mode: 'lesson',
  scoring: true,
  autoAdvance: false,
  course: false,
};

function seededRandom(): RandomSource {
  let n = 0;
  return {
    int: (max) => (n++ * 7919) % max,
    id: (bytes = 18) => `id${String(n++).padStart(4, '0')}`.padEnd(Math.ceil((bytes * 4) / 3), 'x'),
  };
}

function make(store = new MemoryStore(), time = new FakeTime()) {
  const random = seededRandom();
  const stimuli = new StimulusCatalog(sharedFaces, random, store);
  const registry = new RoomRegistry({
    store,
    clock: time.clock,
    scheduler: time.scheduler,
    random,
    stimuli,
    finishedRetentionMs: 60_000,
  });
  return { registry, store, time, stimuli };
}

describe('RoomRegistry', () => {
  it('creates a game with unique code, stores rounds and only a hash of the host token', async () => {
    const { registry, store } = make();
    const a = await registry.createGame(SETTINGS);
    const b = await registry.createGame(SETTINGS);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.data.code).toMatch(GAME_CODE_PATTERN);
    expect(a.data.code).not.toBe(b.data.code);
    const game = await store.getGame(a.data.code);
    expect(game?.hostTokenHash).toBe(hashToken(a.data.hostToken));
    expect(JSON.stringify(game)).not.toContain(a.data.hostToken);
    const rounds = await store.getRounds(a.data.code);
    expect(rounds).toHaveLength(3);
    for (const r of rounds) {
      expect(r.maskId).not.toBe(r.apexId);
      for (const e of EMOTIONS) expect(`${r.maskId}${r.apexId}`.toLowerCase()).not.toContain(e);
    }
  });

  it('refuses a deck that lacks a requested emotion', async () => {
    const { registry } = make();
    expect(await registry.createGame({ ...SETTINGS, deckId: 'no-such-deck' })).toEqual({
      ok: false,
      error: { code: 'request/invalid' },
    });
  });

  it('resolves host, participant and presenter credentials; refuses unknown and kicked ones', async () => {
    const { registry } = make();
    const created = await registry.createGame(SETTINGS);
    if (!created.ok) throw new Error('create failed');
    const { code, hostToken } = created.data;
    const joined = await registry.join(code, '  Calm   Otter ');
    if (!joined.ok) throw new Error('join failed');
    expect(joined.data.name).toBe('Calm Otter');
    expect(await registry.join(code, 'calm otter')).toEqual({
      ok: false,
      error: { code: 'lobby/name-taken' },
    });
    expect(await registry.join('no-such-code', 'X')).toEqual({
      ok: false,
      error: { code: 'game/not-found' },
    });

    const host = registry.authenticate({ token: hostToken });
    expect(typeof host === 'object' && host.viewer).toEqual({ role: 'host' });
    // Ids never start with a character a spreadsheet runs as a formula, so the CSV export writes them unchanged.
    expect(joined.data.participantId).toMatch(/^p[A-Za-z0-9_-]+$/);
    const p = registry.authenticate({ token: joined.data.token });
    expect(typeof p === 'object' && p.viewer).toEqual({
      role: 'participant',
      participantId: joined.data.participantId,
    });
    const presenter = registry.authenticate({ presenter: code });
    expect(typeof presenter === 'object' && presenter.viewer).toEqual({ role: 'presenter' });
    expect(registry.authenticate({ token: 'nope' })).toBe('auth/invalid-token');
    expect(registry.authenticate({ presenter: '999999' })).toBe('game/not-found');
    expect(registry.authenticate(null)).toBe('auth/invalid-token');
    expect(typeof host === 'object' && host.room.code).toBe(code);

    registry.get(code)!.host({ kind: 'kick', participantId: joined.data.participantId });
    expect(registry.authenticate({ token: joined.data.token })).toBe('lobby/kicked');
  });

  it('resumes an unfinished game after a restart: seats, tokens, answers of the open round', async () => {
    const store = new MemoryStore();
    const time = new FakeTime();
    const first = make(store, time);
    const created = await first.registry.createGame(SETTINGS);
    if (!created.ok) throw new Error('create failed');
    const { code, hostToken } = created.data;
    const joined = await first.registry.join(code, 'Ada');
    if (!joined.ok) throw new Error('join failed');
    const pid = joined.data.participantId;
    const room = first.registry.get(code)!;
    expect(room.state.participants[pid]!.connected).toBe(false); // seated over REST, no socket yet
    room.attach(new FakeConnection({ role: 'participant', participantId: pid }));
    room.host({ kind: 'start' });
    room.ready(pid, 0);
    time.advanceTo(room.state.round!.showAt!);
    const answered = room.answer(pid, { round: 0, choice: 'fear', reactionMs: 1 });
    if (answered.ok) await answered.durable;
    await room.settled();
    first.registry.disposeAll(); // the process "dies"

    const second = make(store, time);
    expect(await second.registry.resume()).toBe(1);
    const resumed = second.registry.get(code)!;
    expect(resumed.state.phase).toBe('answering');
    expect(resumed.state.participants[pid]).toMatchObject({ name: 'Ada', connected: false });
    expect(resumed.state.round!.answers[pid]?.choice).toBe('fear');
    const session = second.registry.authenticate({ token: joined.data.token });
    expect(typeof session === 'object' && session.viewer).toEqual({
      role: 'participant',
      participantId: pid,
    });
    const resumedHost = second.registry.authenticate({ token: hostToken });
    expect(typeof resumedHost === 'object' && resumedHost.viewer).toEqual({ role: 'host' });
    expect(typeof resumedHost === 'object' && resumedHost.room).toBe(resumed);
    // The deadline timer was re-armed: the round closes on its own.
    time.advanceTo(resumed.state.round!.deadline! + 1000);
    expect(resumed.state.phase).toBe('reveal');
  });

  it('seats a participant with ONE join event, not yet connected (SPEC J-1, R-2)', async () => {
    const { registry } = make();
    const created = await registry.createGame(SETTINGS);
    if (!created.ok) throw new Error('create failed');
    const room = registry.get(created.data.code)!;
    const events: string[] = [];
    room.events.on('step', ({ event }) => events.push(event.type));
    const version = room.state.version;
    const joined = await registry.join(created.data.code, 'Ada');
    if (!joined.ok) throw new Error('join failed');
    expect(events).toEqual(['join']);
    expect(room.state.version).toBe(version + 1);
    expect(room.state.participants[joined.data.participantId]!.connected).toBe(false);
  });

  it('registers stimulus ids only for created games and drops them when the room retires', async () => {
    const { registry, stimuli, store, time } = make();
    expect(await registry.createGame({ ...SETTINGS, emotions: ['happiness'] })).toEqual({
      ok: false,
      error: { code: 'request/invalid' },
    });
    expect(stimuli.size).toBe(0); // a refused game leaves no refs behind

    const a = await registry.createGame(SETTINGS);
    const b = await registry.createGame(SETTINGS);
    if (!a.ok || !b.ok) throw new Error('create failed');
    expect(stimuli.size).toBe(2 * 2 * SETTINGS.rounds);
    const [round] = await store.getRounds(a.data.code);

    // A finished game retires after its retention in memory; its refs go with the room.
    registry.get(a.data.code)!.host({ kind: 'end' });
    time.advanceBy(60_000);
    expect(registry.get(a.data.code)).toBeUndefined();
    expect(stimuli.size).toBe(2 * SETTINGS.rounds);
    // The images stay available from the store (a report's replay), just not from memory.
    expect(await stimuli.svg(round!.apexId)).toContain('<svg');

    registry.dispose(b.data.code);
    expect(stimuli.size).toBe(0);
  });
});
