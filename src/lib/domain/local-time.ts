/** The local wall-clock time as 'YYYY-MM-DD HH:MM', never shifted through UTC. */
export function localDateTime(d: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * A stamp for generated ids: local time to the millisecond, digits only ('YYYYMMDDHHMMSSmmm'), so
 * two imports within one second never give the same ids.
 */
export function localStamp(d: Date): string {
	const p = (n: number, width: number) => String(n).padStart(width, '0');
	return `${localDateTime(d).replace(/\D/g, '')}${p(d.getSeconds(), 2)}${p(d.getMilliseconds(), 3)}`;
}
