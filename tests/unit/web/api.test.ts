import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearPlayer,
  getGame,
  joinGame,
  loadHost,
  loadPlayer,
  saveHost,
  savePlayer,
} from '../../../web/lib/client/api';

/** A Map-backed stand-in for the browser's localStorage (unit tests run in node). */
function fakeStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

beforeEach(() => {
  vi.stubGlobal('localStorage', fakeStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('seat and host tokens in localStorage', () => {
  it('stores a seat under glimpse:player:<code> and reads it back', () => {
    savePlayer('123456', { token: 't', participantId: 'p', name: 'Ada' });
    expect(localStorage.getItem('glimpse:player:123456')).toBe(
      '{"token":"t","participantId":"p","name":"Ada"}',
    );
    expect(loadPlayer('123456')).toEqual({ token: 't', participantId: 'p', name: 'Ada' });
    clearPlayer('123456');
    expect(loadPlayer('123456')).toBeNull();
  });

  it('ignores malformed saved seats', () => {
    localStorage.setItem('glimpse:player:1', '{not json');
    localStorage.setItem('glimpse:player:2', '{"token":5}');
    expect(loadPlayer('1')).toBeNull();
    expect(loadPlayer('2')).toBeNull();
  });

  it('stores the host token under glimpse:host:<code>', () => {
    saveHost('654321', 'secret');
    expect(localStorage.getItem('glimpse:host:654321')).toBe('secret');
    expect(loadHost('654321')).toBe('secret');
  });
});

describe('REST helpers resolve with a Result and never throw', () => {
  it('passes the server Result through', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ ok: false, error: { code: 'lobby/name-taken' } }), { status: 409 }),
      ),
    );
    expect(await joinGame('123456', 'Ada')).toEqual({ ok: false, error: { code: 'lobby/name-taken' } });
  });

  it('maps a network failure to network/timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await getGame('123456')).toEqual({ ok: false, error: { code: 'network/timeout' } });
  });

  it('maps a non-Result body to an error code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>', { status: 404 })),
    );
    expect(await getGame('123456')).toEqual({ ok: false, error: { code: 'game/not-found' } });
  });
});
