/** Run axe-core in a page and return its serious and critical violations (empty when clean). */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/** One violation, trimmed for readable assertion messages. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: Array<Record<string, never>> }> } }
    ).axe;
    const result = await axe.run();
    return result.violations
      .map(
        (v) =>
          v as unknown as {
            id: string;
            impact: string | null;
            help: string;
            nodes: Array<{ target: string[] }>;
          },
      )
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.flatMap((n) => n.target).slice(0, 5),
      }));
  });
}
