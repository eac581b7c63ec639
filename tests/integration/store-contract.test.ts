/**
 * One contract for every `Store`: the in-memory one and the drizzle one on a real SQLite file in a
 * temporary folder with the committed migrations.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer, RoundState } from '../../shared/game/types';
import { MIGRATIONS_FOLDER, openDatabase } from '../../server/db/client';
import { DrizzleStore } from '../../server/db/drizzle-store';
import { MemoryStore } from '../../server/db/memory-store';
import type { Store, TimingRecord } from '../../server/db/store';
import { gameRecord, lobbyState, roundRecords } from './support/fixtures';

interface Harness {
  store: Store;
  /** Reopens the same storage (a restart); the memory store returns itself. */
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

const implementations: Record<string, () => Harness> = {
  memory: () => {
    const store = new MemoryStore();
    return { store, reopen: async () => store, cleanup: () => store.close() };
  },
  drizzle: () => {
    const dir = mkdtempSync(join(tmpdir(), 'glimpse-store-'));
    const file = join(dir, 'test.db');
    let current: Store = new DrizzleStore(openDatabase(file));
    return {
      store: current,
      reopen: async () => {
        await current.close();
        current = new DrizzleStore(openDatabase(file));
        return current;
      },
      cleanup: async () => {
        await current.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const answer = (participantId: string, over: Partial<Answer> = {}): Answer => ({
  participantId,
  choice: 'fear',
  correct: true,
  reactionMs: 812.5,
  claimedReactionMs: 812.5,
  flagged: false,
  receivedAt: 5_000,
  points: 900,
  ...over,
});

const timing = (participantId: string, round: number, over: Partial<TimingRecord> = {}): TimingRecord => ({
  gameCode: '123456',
  participantId,
  round,
  showAt: 10_000,
  offsetMs: -1234.5,
  rttMs: 42,
  shownAt: 10_001.2,
  framesRequested: 12,
  framesShown: 12,
  refreshHz: 60,
  missed: false,
  missedReason: null,
  receivedAt: 10_500,
  ...over,
});

for (const [name, make] of Object.entries(implementations)) {
  describe(`Store contract: ${name}`, () => {
    let h: Harness;
    let store: Store;
    beforeEach(async () => {
      h = make();
      store = h.store;
      await store.createGame(gameRecord('123456'), roundRecords('123456'));
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('creates and reads a game with its planned rounds', async () => {
      const game = await store.getGame('123456');
      expect(game).toEqual(gameRecord('123456'));
      expect(await store.getGame('000000')).toBeNull();
      expect(await store.getRounds('123456')).toEqual(roundRecords('123456'));
    });

    it('rejects a second game with the same code', async () => {
      await expect(store.createGame(gameRecord('123456'), [])).rejects.toThrow();
    });

    it('adds participants and mirrors scores from snapshots', async () => {
      await store.addParticipant({
        gameCode: '123456',
        id: 'p1',
        name: 'Calm Otter',
        tokenHash: 'th1',
        score: 0,
        streak: 0,
        kicked: false,
        joinedAt: 2_000,
      });
      const state = lobbyState('123456');
      state.participants.p1 = {
        id: 'p1',
        name: 'Calm Otter',
        connected: true,
        kicked: true,
        score: 950,
        streak: 2,
        correct: 2,
        answered: 2,
        joinedAt: 2_000,
      };
      state.order = ['p1'];
      state.phase = 'finished';
      await store.saveState(state, 9_000);
      const [p] = await store.getParticipants('123456');
      expect(p).toMatchObject({
        id: 'p1',
        name: 'Calm Otter',
        tokenHash: 'th1',
        score: 950,
        streak: 2,
        kicked: true,
      });
      const game = await store.getGame('123456');
      expect(game?.phase).toBe('finished');
      expect(game?.finishedAt).toBe(9_000);
      expect(game?.state).toEqual(state);
    });

    it('coalesces snapshots: the latest wins', async () => {
      const a = lobbyState('123456');
      const b = { ...lobbyState('123456'), version: 7, locked: true };
      await Promise.all([store.saveState(a, 2_000), store.saveState(b, 3_000)]);
      const game = await store.getGame('123456');
      expect(game?.state.version).toBe(7);
      expect(game?.updatedAt).toBe(3_000);
    });

    it('stores answers once per participant and round, durable across a reopen', async () => {
      await Promise.all([
        store.saveAnswer('123456', 0, answer('p1')),
        store.saveAnswer(
          '123456',
          0,
          answer('p2', { correct: false, choice: 'sadness', points: 0, flagged: true }),
        ),
        store.saveAnswer('123456', 1, answer('p1', { reactionMs: 400 })),
      ]);
      await expect(store.saveAnswer('123456', 0, answer('p1'))).rejects.toThrow();
      const reopened = await h.reopen();
      const rows = await reopened.getAnswers('123456');
      expect(rows).toEqual([
        { ...answer('p1'), gameCode: '123456', round: 0 },
        {
          ...answer('p2', { correct: false, choice: 'sadness', points: 0, flagged: true }),
          gameCode: '123456',
          round: 0,
        },
        { ...answer('p1', { reactionMs: 400 }), gameCode: '123456', round: 1 },
      ]);
    });

    it('a failing write does not sink the others in its batch', async () => {
      await store.saveAnswer('123456', 0, answer('p1'));
      const results = await Promise.allSettled([
        store.saveAnswer('123456', 0, answer('p1')),
        store.saveAnswer('123456', 0, answer('p2')),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
      expect((await store.getAnswers('123456')).map((a) => a.participantId)).toEqual(['p1', 'p2']);
    });

    it('updates a round schedule', async () => {
      const round: RoundState = {
        index: 1,
        plan: lobbyState('123456').plan[1]!,
        ready: [],
        preparedAt: 3_000,
        showAt: 4_000,
        deadline: 9_000,
        answers: {},
        skipped: true,
        roster: [],
        pausedMs: 0,
      };
      await store.saveRound('123456', round);
      const rows = await store.getRounds('123456');
      expect(rows[1]).toMatchObject({ preparedAt: 3_000, showAt: 4_000, deadline: 9_000, skipped: true });
      expect(rows[0]).toMatchObject({ preparedAt: null, showAt: null, skipped: false });
    });

    it('keeps the latest timing report per device per round, every field', async () => {
      await store.saveTiming(timing('p1', 0, { framesShown: 11 }));
      await store.saveTiming(timing('p1', 0));
      await store.saveTiming(timing('p2', 0, { missed: true, missedReason: 'hidden', shownAt: null }));
      expect(await store.getTimingReports('123456')).toEqual([
        timing('p1', 0),
        timing('p2', 0, { missed: true, missedReason: 'hidden', shownAt: null }),
      ]);
    });

    it('resolves stimulus ids to their round and frame, unknown ids to null', async () => {
      const [r0] = roundRecords('123456');
      expect(await store.findStimulus(r0!.apexId)).toEqual({
        gameCode: '123456',
        round: 0,
        frame: 'apex',
        stimulus: r0!.stimulus,
      });
      expect((await store.findStimulus(r0!.maskId))?.frame).toBe('neutral');
      expect(await store.findStimulus('nope')).toBeNull();
    });

    it('lists games newest first and filters unfinished ones', async () => {
      await store.createGame({ ...gameRecord('222222', 5_000), phase: 'finished', finishedAt: 6_000 }, []);
      expect((await store.listGames()).map((g) => g.code)).toEqual(['222222', '123456']);
      expect((await store.listGames({ unfinished: true })).map((g) => g.code)).toEqual(['123456']);
    });

    it('deletes a game and everything in it', async () => {
      await store.saveAnswer('123456', 0, answer('p1'));
      await store.saveTiming(timing('p1', 0));
      await store.deleteGame('123456');
      expect(await store.getGame('123456')).toBeNull();
      expect(await store.getAnswers('123456')).toEqual([]);
      expect(await store.getRounds('123456')).toEqual([]);
      expect(await store.getTimingReports('123456')).toEqual([]);
    });
  });
}

describe('migrations', () => {
  it('migrate a database created before the settings table was dropped, keeping its games', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glimpse-migrate-'));
    try {
      // A database as the first release left it: only the initial migration applied.
      const firstOnly = join(dir, 'migrations');
      mkdirSync(join(firstOnly, 'meta'), { recursive: true });
      copyFileSync(join(MIGRATIONS_FOLDER, '0000_init.sql'), join(firstOnly, '0000_init.sql'));
      const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
        entries: { tag: string }[];
      };
      journal.entries = journal.entries.filter((e) => e.tag === '0000_init');
      writeFileSync(join(firstOnly, 'meta', '_journal.json'), JSON.stringify(journal));
      const file = join(dir, 'old.db');
      const old = new Database(file);
      migrate(drizzle(old), { migrationsFolder: firstOnly });
      old.prepare("INSERT INTO settings (key, value) VALUES ('retention', '90')").run();
      old.close();

      const opened = openDatabase(file); // the committed migrations, as at start-up
      const tables = (
        opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((t) => t.name);
      expect(tables).not.toContain('settings');
      expect(tables).toEqual(expect.arrayContaining(['games', 'participants', 'rounds', 'answers']));
      const store = new DrizzleStore(opened);
      await store.createGame(gameRecord('654321'), roundRecords('654321'));
      expect((await store.getGame('654321'))?.code).toBe('654321');
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
