import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * Every rule axe-core ships, including those off by default (experimental, deprecated and
 * best-practice ones): the default set misses checks such as WCAG 2.5.3 before they graduate.
 */
export const EVERY_AXE_RULE = axe.getRules().map((rule) => rule.ruleId);

/** Legacy mode runs axe in the page itself, twice as fast here; the atlas has no iframes. */
export const axeWithEveryRule = (page: Page) =>
	new AxeBuilder({ page }).withRules(EVERY_AXE_RULE).setLegacyMode(true);

/** One line per element in violation: rule, impact, element and its markup's start. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await axeWithEveryRule(page).analyze();
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}): ${node.target.join(' ')} ${node.html.slice(0, 100)}`
		)
	);
}
