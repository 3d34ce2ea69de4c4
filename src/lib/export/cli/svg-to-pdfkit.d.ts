declare module 'svg-to-pdfkit' {
	/** Draws an SVG (markup) into a PDFKit document at x, y (svg-to-pdfkit 0.1, untyped upstream). */
	export default function SVGtoPDF(
		doc: PDFKit.PDFDocument,
		svg: string,
		x: number,
		y: number,
		options?: {
			width?: number;
			height?: number;
			assumePt?: boolean;
			fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
			warningCallback?: (message: string) => void;
		}
	): void;
}
