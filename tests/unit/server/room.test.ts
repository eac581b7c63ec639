/** Room behaviour with a fake clock, fake scheduler, recording connections and the memory store. */
import { describe, expect, it } from 'vitest';
import { ANSWER_GRACE_MS, initialState, RECONNECT_GRACE_MS } from '../../../shared/game/engine';
import type { HostView, ParticipantView } from '../../../shared/protocol';
import { MemoryStore } from '../../../server/db/memory-store';
import type { Store } from '../../../server/db/store';
import { Room } from '../../../server/rooms/room';
import { gameRecord, PLAN, roundRecords, SETTINGS } from '../../integration/support/fixtures';
import { FakeConnection, FakeTime } from './support/fakes';

const CODE = '123456';

async function setup(options: { store?: Store; settings?: Partial<typeof SETTINGS> } = {}) {
  const time = new FakeTime();
  const store = options.store ?? new MemoryStore();
  const settings = { ...SETTINGS, ...options.settings };
  const state = initialState({ type: 'create', at: time.now, code: CODE, settings, plan: PLAN });
  await store.createGame({ ...gameRecord(CODE, time.now), settings, state }, roundRecords(CODE));
  const room = new Room(state, {
    store,
    clock: time.clock,
    scheduler: time.scheduler,
    leadPolicy: { minMs: 600, maxMs: 3000, marginMs: 400 },
    hostViewIntervalMs: 250,
  });
  const host = new FakeConnection({ role: 'host' });
  room.attach(host);
  const seat = (id: string) => {
    const applied = room.dispatch({ type: 'join', at: time.now, participantId: id, name: `Player ${id}` });
    expect(applied.ok).toBe(true);
    const conn = new FakeConnection({ role: 'participant', participantId: id });
    room.attach(conn);
    return conn;
  };
  /** Start, everyone ready, flash shown: the room is answering round 0. */
  const toAnswering = async (ids: string[]) => {
    expect(room.host({ kind: 'start' }).ok).toBe(true);
    for (const id of ids) expect(room.ready(id, 0).ok).toBe(true);
    expect(room.state.phase).toBe('scheduled');
    time.advanceTo(room.state.round!.showAt!);
    expect(room.state.phase).toBe('answering');
    await room.settled();
  };
  return { time, store, room, host, seat, toAnswering };
}

const pview = (c: FakeConnection) => c.last as ParticipantView;
const hview = (c: FakeConnection) => c.last as HostView;

describe('Room', () => {
  it('runs a round on the scheduler: prepare → scheduled (lead ahead) → answering → reveal at deadline + grace', async () => {
    const { room, time, seat, host } = await setup();
    const a = seat('a');
    a.rtt = 100;
    expect(room.host({ kind: 'start' }).ok).toBe(true);
    // lead = clamp(2 × p95 rtt + 400) = 600 (the room dispatched a `lead` event on round-prepared)
    expect(room.state.leadMs).toBe(600);
    await room.settled();
    expect(pview(a).round).toMatchObject({ maskId: PLAN[0]!.maskId, apexId: PLAN[0]!.apexId, showAt: null });
    room.ready('a', 0);
    expect(room.state.round!.showAt).toBe(time.now + 600);
    await room.settled();
    expect(pview(a).phase).toBe('scheduled');
    time.advanceTo(room.state.round!.showAt! - 1);
    expect(room.state.phase).toBe('scheduled');
    time.advanceTo(room.state.round!.showAt!);
    expect(room.state.phase).toBe('answering');
    time.advanceTo(room.state.round!.deadline! + ANSWER_GRACE_MS);
    expect(room.state.phase).toBe('reveal');
    await room.settled();
    expect(pview(a).round?.reveal?.emotion).toBe(PLAN[0]!.emotion);
    expect(hview(host).phase).toBe('reveal');
  });

  it('sends a view only to connections whose view changed', async () => {
    const { room, seat, toAnswering } = await setup();
    const a = seat('a');
    const b = seat('b');
    await toAnswering(['a', 'b']);
    const before = { a: a.views.length, b: b.views.length };
    expect(room.answer('a', { round: 0, choice: 'fear', reactionMs: 10 }).ok).toBe(true);
    await room.settled();
    expect(a.views.length).toBe(before.a + 1);
    expect(pview(a).round?.yourAnswer?.choice).toBe('fear');
    // b's view does not change when a answers (no one else's answer before the reveal, SPEC V-2).
    expect(b.views.length).toBe(before.b);
  });

  it('throttles the host view within a phase (trailing send), but not phase changes', async () => {
    const { room, seat, toAnswering, host, time } = await setup();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    for (const id of ids) seat(id);
    await toAnswering(ids);
    const before = host.views.length;
    for (const id of ids.slice(0, 4)) {
      time.advanceBy(10);
      room.answer(id, { round: 0, choice: 'sadness', reactionMs: 5 });
      await room.settled();
    }
    // The phase change to answering was sent just now, so the answer burst waits for the trailing send.
    expect(host.views.length - before).toBeLessThanOrEqual(1);
    time.advanceBy(250);
    await room.settled();
    expect(hview(host).round?.answeredCount).toBe(4);
    const sent = host.views.length - before;
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(sent).toBeLessThanOrEqual(2);
    // A phase change goes out at once.
    room.host({ kind: 'close', round: 0 });
    await room.settled();
    expect(hview(host).phase).toBe('reveal');
  });

  it('acknowledges an answer only once the store has it', async () => {
    const store = new MemoryStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const saveAnswer = store.saveAnswer.bind(store);
    store.saveAnswer = async (...args) => {
      await gate;
      return saveAnswer(...args);
    };
    const { room, seat, toAnswering } = await setup({ store });
    seat('a');
    await toAnswering(['a']);
    const applied = room.answer('a', { round: 0, choice: 'fear', reactionMs: 0 });
    expect(applied.ok).toBe(true);
    let durable = false;
    if (applied.ok) void applied.durable.then(() => (durable = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(durable).toBe(false);
    expect(await store.getAnswers(CODE)).toHaveLength(0);
    release();
    await room.settled();
    expect(durable).toBe(true);
    expect(await store.getAnswers(CODE)).toHaveLength(1);
  });

  it('rejects a second answer and an answer after the window', async () => {
    const { room, seat, toAnswering, time } = await setup();
    seat('a');
    seat('b');
    await toAnswering(['a', 'b']);
    expect(room.answer('a', { round: 0, choice: 'fear', reactionMs: 0 }).ok).toBe(true);
    expect(room.answer('a', { round: 0, choice: 'sadness', reactionMs: 0 })).toEqual({
      ok: false,
      error: 'round/already-answered',
    });
    time.advanceTo(room.state.round!.deadline! + ANSWER_GRACE_MS);
    expect(room.answer('b', { round: 0, choice: 'fear', reactionMs: 0 })).toEqual({
      ok: false,
      error: 'round/closed',
    });
  });

  it('a second connection for a seat replaces the first; a drop mid-round can still answer; score kept', async () => {
    const { room, seat, toAnswering, time } = await setup();
    const first = seat('a');
    seat('b');
    await toAnswering(['a', 'b']);
    room.detach(first);
    time.advanceBy(RECONNECT_GRACE_MS); // SPEC J-8: the seat counts as gone once the grace has passed
    expect(room.state.participants.a!.connected).toBe(false);
    const again = new FakeConnection({ role: 'participant', participantId: 'a' });
    room.attach(again);
    expect(room.state.participants.a!.connected).toBe(true);
    expect(room.answer('a', { round: 0, choice: PLAN[0]!.emotion, reactionMs: 20 }).ok).toBe(true);
    room.host({ kind: 'close', round: 0 });
    await room.settled();
    const score = pview(again).you.score;
    expect(score).toBeGreaterThan(0);
    const third = new FakeConnection({ role: 'participant', participantId: 'a' });
    room.attach(third);
    expect(again.ended).toBe('replaced');
    expect(pview(third).you).toMatchObject({ id: 'a', score });
    // The replaced socket's disconnect does not mark the seat as gone.
    room.detach(again);
    expect(room.state.participants.a!.connected).toBe(true);
  });

  it('a kicked participant is told and dropped', async () => {
    const { room, seat } = await setup();
    const a = seat('a');
    expect(room.host({ kind: 'kick', participantId: 'a' }).ok).toBe(true);
    expect(a.ended).toBe('kicked');
    expect(room.state.participants.a!.kicked).toBe(true);
  });

  it('emits answer and round-closed for the dashboard, and stores timing reports', async () => {
    const { room, seat, toAnswering } = await setup();
    seat('a');
    const seen: string[] = [];
    room.events.on('answer', (e) => seen.push(`answer:${e.round}:${e.answer.participantId}`));
    room.events.on('round-closed', (e) => seen.push(`closed:${e.round.index}`));
    room.events.on('timing', (t) => seen.push(`timing:${t.participantId}`));
    await toAnswering(['a']);
    const timing = room.timing('a', {
      round: 0,
      showAt: room.state.round!.showAt!,
      offsetMs: 1,
      rttMs: 20,
      shownAt: room.state.round!.showAt!,
      framesRequested: 12,
      framesShown: 12,
      refreshHz: 60,
      missed: false,
      missedReason: null,
    });
    expect(timing.ok).toBe(true);
    expect(
      room.timing('a', {
        round: 5,
        showAt: 0,
        offsetMs: 0,
        rttMs: 0,
        shownAt: null,
        framesRequested: 1,
        framesShown: 0,
        refreshHz: 60,
        missed: true,
        missedReason: 'hidden',
      }),
    ).toEqual({ ok: false, error: 'round/wrong-round' });
    room.answer('a', { round: 0, choice: 'fear', reactionMs: 5 });
    room.host({ kind: 'close', round: 0 });
    await room.settled();
    if (timing.ok) await timing.durable;
    expect(seen).toEqual(['timing:a', 'answer:0:a', 'closed:0']);
  });

  it('dispose clears every timer', async () => {
    const { room, seat, time } = await setup();
    seat('a');
    room.host({ kind: 'start' });
    expect(time.pending).toBeGreaterThan(0);
    room.dispose();
    expect(time.pending).toBe(0);
    expect(room.host({ kind: 'next', round: 0 })).toEqual({ ok: false, error: 'game/not-found' });
  });

  describe('reconnect grace (SPEC J-8)', () => {
    it('a drop and reattach within the grace dispatches nothing: the seat stays connected and counts for R-2', async () => {
      const { room, seat, host, time } = await setup();
      const a = seat('a');
      seat('b');
      expect(room.host({ kind: 'start' }).ok).toBe(true);
      await room.settled();
      const events: string[] = [];
      room.events.on('step', ({ event }) => events.push(event.type));
      const hostViews = host.views.length;

      room.detach(a); // Wi-Fi blips while the round prepares
      time.advanceBy(RECONNECT_GRACE_MS - 1);
      expect(room.state.participants.a!.connected).toBe(true);
      const back = new FakeConnection({ role: 'participant', participantId: 'a' });
      room.attach(back);
      time.advanceBy(2); // past the old grace due time (and short of the ready timeout): it must not fire
      await room.settled();
      expect(events).toEqual([]);
      expect(host.views.length).toBe(hostViews); // no flicker on the host's screen
      expect(room.state.participants.a!.connected).toBe(true);

      // Still part of "everyone": b alone being ready does not schedule the round; a's ready does.
      expect(room.ready('b', 0).ok).toBe(true);
      expect(room.state.phase).toBe('preparing');
      expect(room.ready('a', 0).ok).toBe(true);
      expect(room.state.phase).toBe('scheduled');
    });

    it('after the grace the seat is disconnected and the round schedules without it', async () => {
      const { room, seat, host, time } = await setup();
      const a = seat('a');
      seat('b');
      expect(room.host({ kind: 'start' }).ok).toBe(true);
      expect(room.ready('b', 0).ok).toBe(true);
      expect(room.state.phase).toBe('preparing'); // waiting for a
      room.detach(a);
      time.advanceBy(RECONNECT_GRACE_MS - 1);
      expect(room.state.participants.a!.connected).toBe(true);
      expect(room.state.phase).toBe('preparing');
      time.advanceBy(1);
      expect(room.state.participants.a!.connected).toBe(false);
      // a no longer blocks: b was the last one missing (SPEC ).
      expect(room.state.phase).toBe('scheduled');
      await room.settled();
      expect(hview(host).participants.find((p) => p.id === 'a')!.connected).toBe(false);
      // Coming back later marks the seat connected again.
      room.attach(new FakeConnection({ role: 'participant', participantId: 'a' }));
      expect(room.state.participants.a!.connected).toBe(true);
    });

    it('a kick or the room retiring clears a pending grace timer', async () => {
      const { room, seat, time } = await setup();
      const a = seat('a');
      const b = seat('b');
      room.detach(a);
      room.detach(b);
      const pending = time.pending;
      expect(room.host({ kind: 'kick', participantId: 'a' }).ok).toBe(true);
      expect(time.pending).toBe(pending - 1);
      room.dispose();
      expect(time.pending).toBe(0);
    });
  });
});
