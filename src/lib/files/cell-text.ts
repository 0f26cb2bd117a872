/**
 * A spreadsheet or Parquet cell as the text the row checks read. Dates carry wall-clock time in
 * their UTC fields (no time zone in either format): formatted from those, never shifted.
 */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) {
		// Excel stores date-times as fractions of a day: 09:30 can come back as 09:29:59.999.
		const d = new Date(Math.round(value.getTime() / 1000) * 1000);
		const p = (n: number) => String(n).padStart(2, '0');
		const time =
			d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds()
				? ` ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`
				: '';
		return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}${time}`;
	}
	return String(value);
}
