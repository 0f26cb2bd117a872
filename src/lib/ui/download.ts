/** Hands text to the browser as a file download; nothing leaves the machine. */
export function downloadText(filename: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// The download has started from the object URL by the time the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
