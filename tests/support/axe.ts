/** axe-core run in the page: the serious and critical accessibility violations it finds. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const result = await (
			window as unknown as {
				axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
			}
		).axe.run();
		return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
