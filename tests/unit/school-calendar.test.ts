/** The fiscal year's school days: holidays from @holiday-jp, the year-end closure and breaks. */
import { describe, expect, it } from 'vitest';
import { fiscalYearDays } from '../../src/lib/domain/school-calendar';

describe('school calendar', () => {
	it('counts about 200 school days in 令和7年度, with national holidays, the year-end closure and the breaks', () => {
		const days = fiscalYearDays(2025);
		expect(days[0]!.date).toBe('2025-04-01');
		expect(days.at(-1)!.date).toBe('2026-03-31');
		const schoolDays = days.filter((d) => d.schoolDay).length;
		expect(schoolDays).toBeGreaterThan(185);
		expect(schoolDays).toBeLessThan(215);
		const day = (date: string) => days.find((d) => d.date === date)!;
		expect(day('2025-05-05')).toMatchObject({ holiday: true, workDay: false });
		expect(day('2025-12-29')).toMatchObject({ weekday: 1, holiday: false, workDay: false });
		expect(day('2025-08-04')).toMatchObject({ season: 'summer_break', workDay: true, schoolDay: false });
		expect(day('2025-04-08')).toMatchObject({ season: 'term', schoolDay: true });
	});

	it('takes the breaks the user sets, a winter break running over the new year included', () => {
		const days = fiscalYearDays(2025, [{ season: 'winter_break', from: '12-20', to: '01-10' }]);
		const day = (date: string) => days.find((d) => d.date === date)!;
		expect(day('2025-12-22').season).toBe('winter_break');
		expect(day('2026-01-09').season).toBe('winter_break');
		expect(day('2025-08-04')).toMatchObject({ season: 'term', schoolDay: true });
	});
});
