import { expect, open, test } from './fixtures';

test('a profile opens on four key tiles, each with its rate, ranks and gaps', async ({ page }) => {
	await open(page, '/departement/74');
	const tiles = page.locator('[data-tile]');
	await expect(tiles).toHaveCount(4);
	await expect(tiles.locator('h3')).toHaveText([
		'Emplois salariés de l’industrie',
		'Établissements industriels',
		'Décolletage et mécanique industrielle',
		'Part de l’industrie dans l’emploi'
	]);
	const bar = page.locator('[data-tile="barturning_machining"]');
	await expect(bar.locator('.figure')).toHaveText(/^\d[\d\u202f]*\u00a0établissements \(2021\)$/);
	for (const term of [
		'Pour 10 000 hab.',
		'Rang dans la région',
		'Rang sur 24 dép.',
		'Écart à la région',
		'Écart à la France',
		'Spécialisation'
	]) {
		await expect(bar.locator('dt', { hasText: term })).toHaveCount(1);
	}
	await expect(bar.locator('dt:text-is("Rang sur 24 dép.") + dd')).toHaveText('1ᵉʳ sur 24');
	await expect(bar.locator('dt:text-is("Écart à la France") + dd')).toHaveText(/^\+\d/);
	// Jobs: the département's and the région's figures are two URSSAF publications.
	await expect(
		page.locator('[data-tile="jobs_industry"] dt:text-is("Écart à la région") + dd')
	).toHaveText('pas de données comparables');
	// The tile's source is a footnote naming the producer, with a link to the methodology.
	const ref = bar.locator('.source a');
	const target = (await ref.getAttribute('href')) ?? '';
	await expect(page.locator(target)).toContainText('URSSAF');
	await expect(page.locator(target).getByRole('link', { name: /Méthodologie/ })).toHaveAttribute(
		'href',
		/\/methodologie#source-urssaf-/
	);
});

test('a région profile flags old R&D figures with their year, and compares from the profile', async ({
	page
}) => {
	await open(page, '/region/84?lang=en');
	const old = page.locator('.card[data-old="true"]');
	await expect(old.first()).toBeVisible();
	await expect(page.locator('[data-indicator="rd_personnel_fte"] .old')).toHaveText(
		'Old figure: 2009'
	);
	await expect(page.locator('[data-indicator="rd_expenditure_DIRD"] .old')).toHaveText(
		'Old figure: 2017'
	);
	await expect(page.locator('[data-indicator="population"] .old')).toHaveCount(0);
	// The year stands apart from the figure's unit: "… persons (2009)", never "persons(2009)".
	await expect(page.locator('[data-indicator="rd_personnel_fte"] .value')).toContainText(
		/\D \(2009\)/
	);
	await page.getByLabel('Compare with…').selectOption('33');
	await page.locator('.compare-with').getByRole('link', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/\/compare\?sel=r84,33&lang=en$/);
	await expect(page.locator('.selection li')).toHaveText([/Auvergne-Rhône-Alpes/, /Gironde/]);
});

test('the methodology page says how each source’s figures were obtained, in both languages', async ({
	page
}) => {
	await open(page, '/methodologie#source-urssaf-etab-commune-ape-2021');
	await expect(page.locator('h1')).toHaveText('Méthodologie');
	await expect(page.locator('#source-urssaf-etab-commune-ape-2021')).toContainText(
		'Comment les chiffres ont été obtenus'
	);
	await open(page, '/methodologie?lang=en');
	await expect(page.locator('h1')).toHaveText('Methodology');
	await expect(page.locator('#source-insee-dird-2017')).toContainText(
		'How the figures were obtained'
	);
});

for (const path of ['/departement/74', '/region/75?lang=en', '/territoire']) {
	test(`every source line of ${path} names the producer and its licence, and links to its methodology`, async ({
		page
	}) => {
		await open(page, path);
		const notes = page.locator('section.sources li');
		expect(await notes.count()).toBeGreaterThan(2);
		for (const text of await notes.allTextContents()) {
			expect(text).toMatch(/(URSSAF|INSEE|Eurostat|France Travail)/);
			expect(text).toMatch(/Licen[cs]e ?: [^.]+\./);
			expect(text).not.toMatch(/rouages|github|inconnue|unknown/i);
		}
		const targets = await notes
			.getByRole('link')
			.evaluateAll((links) =>
				links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? '')
			);
		expect(targets.length).toBe(await notes.count());
		await open(page, targets[0].split('#')[0]);
		for (const target of targets)
			await expect(page.locator(`#${target.split('#')[1]}`)).toHaveCount(1);
	});
}

test('the profile prints to A4 pages that draw its title (PDF read back with PDF.js)', async ({
	page
}) => {
	await open(page, '/departement/74');
	const heading = (await page.locator('h1').textContent())?.trim() ?? '';
	expect(heading).toContain('Haute-Savoie');
	await expect(page.getByRole('button', { name: 'PDF / Imprimer' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.top')).toBeHidden();
	await expect(page.getByRole('button', { name: 'PDF / Imprimer' })).toBeHidden();
	const pdf = await page.pdf({ preferCSSPageSize: true });
	const pages = await pdfPages(pdf);
	expect(pages.length).toBeGreaterThan(1);
	for (const { width, height } of pages) {
		// A4 is 595.28 × 841.89 points.
		expect(Math.abs(width - 595.28)).toBeLessThan(1);
		expect(Math.abs(height - 841.89)).toBeLessThan(1);
	}
	// The title is drawn on the first page (text a reader can select and search), not only
	// named in the document's metadata.
	const squeeze = (text: string) => text.replace(/\s+/g, '');
	expect(squeeze(pages[0].text)).toContain(squeeze(heading));
	expect(squeeze(pages.map((p) => p.text).join(' '))).toContain(squeeze('URSSAF'));
});

/** Each page of a PDF read back with PDF.js, as a viewer would: its size and its drawn text. */
async function pdfPages(bytes: Buffer) {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
	const pages: { width: number; height: number; text: string }[] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const page = await doc.getPage(n);
		const [x0, y0, x1, y1] = page.view;
		const content = await page.getTextContent();
		const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		pages.push({ width: x1 - x0, height: y1 - y0, text });
	}
	return pages;
}
