import type { Lang } from '../data/types';
import { formatNumber } from '../scales/format';

const fr = {
	export: 'Exporter',
	menuLabel: 'Exporter la figure',
	png: 'Image PNG',
	png1x: '1×',
	png2x: '2×',
	png4x: '4×',
	slide: 'Diapositive (1920 × 1080)',
	print: 'Impression A4 paysage, 300 dpi',
	svg: 'SVG (vectoriel)',
	csv: 'Données CSV',
	csvExcel: 'CSV pour Excel (FR)',
	copy: 'Copier l’image',
	copied: 'Image copiée',
	copyFailed: 'Copie impossible dans ce navigateur',
	/** A pixel size in the reader's number format, e.g. '1 920 × 1 080 px'. */
	pixelSize: (w: number, h: number) =>
		`${formatNumber(w, 'fr', 0)} × ${formatNumber(h, 'fr', 0)} px`,
	working: 'Préparation de l’export…',
	downloaded: (fileName: string) => `Fichier téléchargé : ${fileName}`,
	failed: 'L’export a échoué',
	nothingToExport: 'Rien à exporter pour l’instant',
	exportedOn: (date: string) => `exporté le ${date}`
};

export type ExportMessages = typeof fr;

const en: ExportMessages = {
	export: 'Export',
	menuLabel: 'Export the figure',
	png: 'PNG image',
	png1x: '1×',
	png2x: '2×',
	png4x: '4×',
	slide: 'Slide (1920 × 1080)',
	print: 'Print, A4 landscape, 300 dpi',
	svg: 'SVG (vector)',
	csv: 'CSV data',
	csvExcel: 'CSV for Excel (FR)',
	copy: 'Copy image',
	copied: 'Image copied',
	copyFailed: 'This browser cannot copy images',
	pixelSize: (w, h) => `${formatNumber(w, 'en', 0)} × ${formatNumber(h, 'en', 0)} px`,
	working: 'Preparing the export…',
	downloaded: (fileName) => `File downloaded: ${fileName}`,
	failed: 'The export failed',
	nothingToExport: 'Nothing to export yet',
	exportedOn: (date) => `exported on ${date}`
};

export const exportMessages: Record<Lang, ExportMessages> = { fr, en };
