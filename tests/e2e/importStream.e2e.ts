import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * Drops a commune-level CSV of about `mb` megabytes, generated in the page (a Blob of repeated
 * lines: nothing goes over the wire), on the explorer, and names its indicator.
 */
async function dropLargeFile(page: Page, mb: number) {
	const dataTransfer = await page.evaluateHandle((mb) => {
		const lines = Array.from(
			{ length: 10_000 },
			(_, i) => `74${String((i % 290) + 1).padStart(3, '0')};2024;${i % 50}`
		);
		const block = `${lines.join('\n')}\n`;
		const parts = [
			'Code commune;Année;Effectifs\n',
			...Array(Math.ceil((mb * 1024 * 1024) / block.length)).fill(block)
		];
		const transfer = new DataTransfer();
		transfer.items.add(new File(parts, 'grand-fichier.csv', { type: 'text/csv' }));
		return transfer;
	}, mb);
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	const dialog = page.getByRole('dialog', { name: /Importer vos données/ });
	await dialog.getByRole('textbox', { name: 'Nom de l’indicateur' }).fill('Grand fichier');
	return dialog;
}

test('a large file: the progress bar moves, cancel stops the read, nothing is imported', async ({
	page
}) => {
	test.setTimeout(120_000);
	await open(page, '/');
	const dialog = await dropLargeFile(page, 60);
	await dialog.getByRole('button', { name: 'Vérifier' }).click();
	const bar = dialog.getByRole('progressbar', { name: 'Lecture du fichier' });
	const value = () => bar.evaluate((p: HTMLProgressElement) => p.value);
	await expect.poll(value, { intervals: [20] }).toBeGreaterThan(0);
	const first = await value();
	await expect.poll(value, { intervals: [20] }).toBeGreaterThan(first);
	expect(await value()).toBeLessThan(1);
	await dialog.getByRole('button', { name: 'Annuler' }).click();

	await expect(dialog.getByRole('alert')).toHaveText('Lecture annulée.');
	await expect(bar).toHaveCount(0);
	await expect(dialog.getByRole('heading', { name: 'Rapport de jointure' })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Fermer' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('option', { name: 'Grand fichier' })).toHaveCount(0);
	await page.getByRole('combobox', { name: 'Indicateur' }).first().focus();
	await expect(page.locator('#map-heading')).toContainText('Établissements');
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('button', { name: /Retirer « Grand fichier »/ })).toHaveCount(0);
});

test('a file of more than 1,000 issues: true totals, and what the downloaded report lists', async ({
	page
}) => {
	await open(page, '/');
	const rows = [
		...Array.from({ length: 300 }, () => '01;2024;1'),
		...Array.from({ length: 1200 }, (_, i) => `Z${i};2024;1`)
	];
	const dataTransfer = await page.evaluateHandle(
		(body) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([body], 'erreurs.csv', { type: 'text/csv' }));
			return transfer;
		},
		`code;année;valeur\n${rows.join('\n')}\n`
	);
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	const dialog = page.getByRole('dialog', { name: /Importer vos données/ });
	await dialog.getByRole('combobox', { name: 'Rôle de « code »' }).selectOption('code');
	await dialog.getByRole('textbox', { name: 'Nom de l’indicateur' }).fill('Erreurs');
	await dialog.getByRole('button', { name: 'Vérifier' }).click();
	await expect(
		dialog.getByRole('heading', {
			name: 'Codes inconnus (1 200 ; les 20 premières lignes ci-dessous)'
		})
	).toBeVisible();
	await expect(dialog).toContainText(
		'1 499 problèmes en tout : le rapport téléchargé liste les 1 000 premiers'
	);
	await expect(dialog.locator('.more-issues li').first()).toHaveText(
		'1 200 × « … » n’est pas un code de département'
	);
});
