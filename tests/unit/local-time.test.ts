import { describe, expect, it } from 'vitest';
import { localDateTime, localStamp } from '../../src/lib/domain/local-time';

describe('local time', () => {
	// Built from local parts: whatever the machine's zone, the wall clock is what must come out.
	const d = new Date(2026, 0, 5, 3, 4, 9, 7);
	it('shows the wall clock to the minute', () => expect(localDateTime(d)).toBe('2026-01-05 03:04'));
	it('stamps ids to the millisecond, digits only', () => expect(localStamp(d)).toBe('20260105030409007'));
});
