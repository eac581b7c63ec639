/** Small pure helpers: nickname filter and generator, configuration, lead policy, origin check. */
import { describe, expect, it } from 'vitest';
import { dashboardOptionsFrom, loadConfig } from '../../../server/config';
import { isOffensive, suggestName } from '../../../server/http/names';
import { leadFor, p95 } from '../../../server/rooms/lead';
import { originAllowed } from '../../../server/realtime/socket-server';
import { cryptoRandom } from '../../../server/rooms/random';

describe('nicknames', () => {
  it('filters offensive words, including disguised ones, but not harmless names', () => {
    for (const bad of ['fuck', 'Sh1t head', 'B.I.T.C.H', 'big ass', 'NaZi'])
      expect(isOffensive(bad), bad).toBe(true);
    for (const ok of ['Cass', 'Scunthorpe', 'Calm Otter', 'Dickens fan', 'Happiness', 'Titania', 'Assia']) {
      expect(isOffensive(ok), ok).toBe(false);
    }
  });

  it('suggests friendly adjective + animal names that pass the filter', () => {
    for (let i = 0; i < 50; i++) {
      const name = suggestName(cryptoRandom);
      expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(isOffensive(name)).toBe(false);
    }
  });
});

describe('configuration', () => {
  it('has defaults', () => {
    expect(loadConfig({})).toEqual({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_URL: './data/glimpse.db',
      PUBLIC_URL: undefined,
      ALLOWED_ORIGINS: [],
      GLIMPSE_RETENTION_DAYS: 90,
    });
  });

  it('reads the retention period in days, or "keep" for 0/never/off', () => {
    expect(loadConfig({ GLIMPSE_RETENTION_DAYS: '30' }).GLIMPSE_RETENTION_DAYS).toBe(30);
    expect(loadConfig({ GLIMPSE_RETENTION_DAYS: ' 7 ' }).GLIMPSE_RETENTION_DAYS).toBe(7);
    for (const keep of ['0', 'never', 'OFF'])
      expect(loadConfig({ GLIMPSE_RETENTION_DAYS: keep }).GLIMPSE_RETENTION_DAYS, keep).toBeNull();
    expect(dashboardOptionsFrom(loadConfig({ GLIMPSE_RETENTION_DAYS: 'never' }))).toEqual({
      retentionDays: null,
    });
  });

  it('rejects a retention period that is not a whole number of days', () => {
    for (const bad of ['abc', '-1', '1.5', '30d', '100000'])
      expect(() => loadConfig({ GLIMPSE_RETENTION_DAYS: bad }), bad).toThrow(/GLIMPSE_RETENTION_DAYS/);
  });

  it('parses and normalises values', () => {
    const c = loadConfig({
      PORT: '8080',
      PUBLIC_URL: 'https://glimpse.school.org/',
      ALLOWED_ORIGINS: 'http://localhost:5173, https://a.b/x',
    });
    expect(c.PORT).toBe(8080);
    expect(c.PUBLIC_URL).toBe('https://glimpse.school.org');
    expect(c.ALLOWED_ORIGINS).toEqual(['http://localhost:5173', 'https://a.b']);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', PUBLIC_URL: 'nope', ALLOWED_ORIGINS: 'x' })).toThrow(
      /PORT[\s\S]*PUBLIC_URL[\s\S]*ALLOWED_ORIGINS/,
    );
  });
});

describe('lead policy', () => {
  it('is clamp(2 × p95 rtt + 400, 600, 3000)', () => {
    expect(p95([])).toBeNull();
    expect(leadFor([])).toBeNull();
    expect(leadFor([10, 20, 30])).toBe(600);
    const rtts = Array.from({ length: 100 }, (_, i) => i * 5); // p95 = 470
    expect(leadFor(rtts)).toBe(2 * 470 + 400);
    expect(leadFor([5000])).toBe(3000);
  });
});

describe('origin check', () => {
  const req = (origin: string | undefined) => ({
    headers: { host: 'localhost:3000', ...(origin ? { origin } : {}) },
  });
  it('allows same origin, no Origin and listed origins; refuses others', () => {
    expect(originAllowed(req(undefined), [])).toBe(true);
    expect(originAllowed(req('http://localhost:3000'), [])).toBe(true);
    expect(originAllowed(req('http://localhost:5173'), ['http://localhost:5173'])).toBe(true);
    expect(originAllowed(req('https://evil.example'), [])).toBe(false);
    expect(originAllowed(req('not a url'), [])).toBe(false);
  });
});
