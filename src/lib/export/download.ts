/**
 * Saves a blob as a file: an object URL on a temporary `<a download>`, clicked then removed;
 * the URL is revoked a tick later, once the browser has started the download.
 * @example downloadBlob(await rasterize(svg, w, h, { scale: 2 }), 'cimes-atlas_carte_2x.png');
 */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.appendChild(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Saves a text as a file of the given MIME type.
 * @example downloadText(toCsv(rows, 'standard', 'fr'), 'cimes-atlas_carte.csv', 'text/csv;charset=utf-8');
 */
export function downloadText(text: string, fileName: string, mime: string): void {
	downloadBlob(new Blob([text], { type: mime }), fileName);
}

/**
 * Whether this browser can put an image on the clipboard.
 * @example if (canCopyImage()) showCopyItem();
 */
export function canCopyImage(): boolean {
	return (
		typeof navigator !== 'undefined' &&
		typeof navigator.clipboard?.write === 'function' &&
		typeof ClipboardItem !== 'undefined'
	);
}

/**
 * Copies a PNG to the clipboard; true when it worked. Pass the promise of the blob rather than
 * the awaited blob so the ClipboardItem is created during the click (Safari requires it).
 * @example const ok = await copyImage(rasterize(svg, w, h, { scale: 2 }));
 */
export async function copyImage(blob: Blob | Promise<Blob>): Promise<boolean> {
	if (!canCopyImage()) return false;
	try {
		await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
		return true;
	} catch {
		return false;
	}
}
