/**
 * Page-level helpers shared by the browser tests and the benchmark: create a game over REST, join
 * participants through the join UI, acknowledge the notice, read `window.glimpse.flashLog`.
 */
import type { Page } from 'playwright-core';
import type { CreatedGame, DeckInfo } from '../../shared/protocol/http';
import type { Result } from '../../shared/protocol/errors';
import type { GameSettingsInput } from '../../shared/protocol/schemas';
import type { FlashLogEntry } from '../../web/lib/flash/report';

async function api<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const body = (await response.json()) as Result<T>;
  if (!body.ok) throw new Error(`${url}: ${body.error.code}`);
  return body.data;
}

/** Create a game over REST with sensible test settings. */
export async function createGameRest(
  base: string,
  settings: Partial<GameSettingsInput> = {},
): Promise<CreatedGame> {
  const decks = await api<DeckInfo[]>(`${base}/api/decks`);
  const deck = decks[0]!;
  const full: GameSettingsInput = {
    deckId: deck.id,
    emotions: deck.emotions,
    rounds: 5,
    exposureMs: 50,
    timeLimitMs: 20_000,
    mode: 'competition',
    scoring: true,
    autoAdvance: true,
    ...settings,
  };
  return api<CreatedGame>(`${base}/api/games`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ settings: full }),
  });
}

/** Options of the host's create form used by the tests. */
export interface HostFormOptions {
  rounds: number;
  /** Label of an exposure preset, e.g. '67 ms'. */
  exposure: string;
  /** Label of the mode radio, e.g. 'Competition'. */
  mode: string;
  autoAdvance: boolean;
}

/** Create a game through the host's form; returns the game code from the host page's URL. */
export async function createGameThroughUi(
  page: Page,
  base: string,
  options: HostFormOptions,
): Promise<string> {
  await page.goto(`${base}/host`);
  const form = page.locator('form');
  await form.getByRole('radio', { name: options.exposure, exact: true }).check();
  await form.getByRole('spinbutton', { name: 'Number of rounds' }).fill(String(options.rounds));
  await form.getByRole('radio', { name: new RegExp(`^${options.mode}`) }).check();
  const auto = form.getByRole('checkbox', { name: /Close answers as soon as everyone has answered/ });
  await auto.setChecked(options.autoAdvance);
  await form.getByRole('button', { name: 'Create game' }).click();
  await page.waitForURL(/\/host\/\d{6}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Join through the join page, land on /play, acknowledge the photosensitivity notice. */
export async function joinThroughUi(page: Page, base: string, code: string, name: string): Promise<void> {
  await page.goto(`${base}/join/${code}`);
  await page.getByRole('textbox', { name: 'Nickname' }).fill(name);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`**/play/${code}`);
  await page.getByRole('button', { name: 'I understand, continue' }).click();
  await page.getByText('You are in!').waitFor();
}

/** The page's flash log. */
export function flashLog(page: Page): Promise<FlashLogEntry[]> {
  return page.evaluate(() => window.glimpse?.flashLog ?? []);
}

/** Wait until the page's flash log has an entry for `round`, and return it. */
export async function waitForFlash(page: Page, round: number, timeoutMs = 20_000): Promise<FlashLogEntry> {
  await page.waitForFunction((r) => window.glimpse?.flashLog.some((e) => e.round === r) ?? false, round, {
    timeout: timeoutMs,
  });
  return (await flashLog(page)).find((e) => e.round === round)!;
}

/** Press the answer key (1–7) once the answer buttons are there. */
export async function answerWithKey(page: Page, key: number): Promise<void> {
  await page.getByRole('group', { name: 'Which emotion did the face show?' }).waitFor();
  await page.keyboard.press(String(key));
  // The last answer may close the round at once (auto-advance), so the feedback also counts.
  await page.locator('[data-testid="answered"], [data-testid="feedback"]').first().waitFor();
}
