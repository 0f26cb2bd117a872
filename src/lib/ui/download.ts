/** Hands a file to the browser as a download; nothing leaves the machine. */
export function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// The download has started from the object URL by the time the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadText(filename: string, text: string, type: string): void {
	downloadBlob(filename, new Blob([text], { type }));
}

/** haichi-<what>-FY<year>.<ext>: ASCII only, so no file system or mail program mangles it. */
export function exportFileName(base: string, fiscalYear: number | null, ext: 'png' | 'svg' | 'csv'): string {
	return `haichi-${base}${fiscalYear === null ? '' : `-FY${fiscalYear}`}.${ext}`;
}
