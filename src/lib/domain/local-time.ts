/** The local wall-clock time as 'YYYY-MM-DD HH:MM', never shifted through UTC. */
export function localDateTime(d: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A stamp for generated ids: local time to the second, digits only ('YYYYMMDDHHMMSS'). */
export function localStamp(d: Date): string {
	return `${localDateTime(d).replace(/\D/g, '')}${String(d.getSeconds()).padStart(2, '0')}`;
}
