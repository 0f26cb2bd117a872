/**
 * Editing the week on the schedule screen: a visit dragged with the mouse to another staff member's
 * day and another moved with the keyboard, the week rebuilt around both with the count of visits
 * that changed, the week as edited and the week rebuilt each kept across a reload; 担当制 (one staff member per school); and a
 * scenario's week opened from the scenarios screen.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useAppInBrowser } from '../support/e2e';

const env = useAppInBrowser();
/** A town of the sample with several staff members. */
const TOWN = '469041';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

async function openSchedule(): Promise<Page> {
	const page = await env.browser.context.newPage();
	await page.goto(`${env.app.url}schedule`);
	await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
	return page;
}

async function makeWeek(page: Page): Promise<void> {
	await page.getByTestId('schedule-run').click();
	await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 90_000 });
	await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
}

interface Placed {
	school: string;
	staff: string;
	day: string;
}

/** Every visit on the timetable: school, staff member (row) and weekday (column). */
const visits = (page: Page): Promise<Placed[]> =>
	page.locator('[data-testid="timetable"] .visit[data-school]').evaluateAll((els) =>
		els.map((el) => ({
			school: el.getAttribute('data-school')!,
			staff: el.closest('tr')!.getAttribute('data-staff')!,
			day: el.closest('td')!.getAttribute('data-day')!
		}))
	);

const visitAt = (page: Page, v: Placed): Locator =>
	page
		.getByTestId('timetable')
		.locator(`tr[data-staff="${v.staff}"] td[data-day="${v.day}"] .visit[data-school="${v.school}"]`);

/** A weekday other than `not` on which `school` has no visit. */
function freeDay(all: Placed[], school: string, not: string): string {
	const taken = new Set(all.filter((v) => v.school === school).map((v) => v.day));
	return DAYS.find((d) => d !== not && !taken.has(d))!;
}

describe('editing the week', () => {
	it('moves one visit by mouse and one by keyboard, rebuilds around both, says how many others moved, and keeps it all across a reload', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption(TOWN);
		await makeWeek(page);
		const before = await visits(page);
		const staff = [...new Set(before.map((v) => v.staff))];
		expect(staff.length).toBeGreaterThan(1);

		// Mouse: the first visit of the first row, dragged to the next staff member on a day its school is
		// free (both on screen: a drag that scrolls the page would start from wherever the pointer lands).
		await page.setViewportSize({ width: 1280, height: 1600 });
		const dragged = before.find((v) => v.staff === staff[0])!;
		const dropTo = { staff: staff[1]!, day: freeDay(before, dragged.school, dragged.day) };
		await page.getByTestId('timetable').scrollIntoViewIfNeeded();
		await visitAt(page, dragged).dragTo(
			page.getByTestId('timetable').locator(`tr[data-staff="${dropTo.staff}"] td[data-day="${dropTo.day}"]`)
		);
		const droppedVisit = visitAt(page, { school: dragged.school, ...dropTo });
		await droppedVisit.waitFor();
		expect(await droppedVisit.locator('[data-pin]').getAttribute('data-pin')).toBe('moved');
		await page.getByTestId('week-edited').waitFor();
		expect(await page.getByTestId('move-announcement').innerText()).toContain('移動しました');

		// Keyboard: another school's visit, moved to another weekday through its 移動 button and the dialog.
		const now = await visits(page);
		const keyed = now.find((v) => v.school !== dragged.school && v.staff !== dropTo.staff)!;
		const keyTo = { staff: keyed.staff, day: freeDay(now, keyed.school, keyed.day) };
		await page
			.getByTestId('timetable')
			.locator(`tr[data-staff="${keyed.staff}"] td[data-day="${keyed.day}"] [data-move="${keyed.school}"]`)
			.focus();
		await page.keyboard.press('Enter');
		await page.getByTestId('move-dialog').waitFor();
		// The dialog opens on the weekday list; the keyboard picks the day, tabs to the confirm button and presses it.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('move-day');
		await page.getByTestId('move-day').selectOption(keyTo.day);
		await page.getByTestId('move-confirm').focus();
		await page.keyboard.press('Enter');
		const keyedVisit = visitAt(page, { school: keyed.school, ...keyTo });
		await keyedVisit.waitFor();
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-school')))
			.toBe(keyed.school);
		expect(await page.getByTestId('pin-count').innerText()).toContain('移動 2 件');

		// Not rebuilt yet, a reload shows the week as edited (no run answers it), still waiting for its rebuild.
		const editedWeek = await page.getByTestId('timetable').innerText();
		const editedNote = await page.getByTestId('week-edited').innerText();
		expect(editedNote).toContain('作り直す前の週です');
		await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 10_000 });
		await page.reload();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		expect(await page.getByTestId('employer').inputValue()).toBe(TOWN);
		await droppedVisit.waitFor();
		await keyedVisit.waitFor();
		expect(await droppedVisit.locator('[data-pin]').getAttribute('data-pin')).toBe('moved');
		expect(await page.getByTestId('timetable').innerText()).toBe(editedWeek);
		expect(await page.getByTestId('week-edited').innerText()).toBe(editedNote);
		expect(await page.getByTestId('week-changes').count()).toBe(0);
		expect(await page.getByTestId('pin-count').innerText()).toContain('移動 2 件');
		await page.getByTestId('timetable').scrollIntoViewIfNeeded();

		// Rebuild: both moves kept, and the count of visits that moved besides, with the travel before and after.
		await page.getByRole('button', { name: '動かした訪問を守って作り直す' }).click();
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 90_000 });
		const changes = page.getByTestId('week-changes');
		await changes.waitFor({ timeout: 60_000 });
		const text = await changes.innerText();
		const match = text.match(
			/動かした訪問 2 件はそのまま、ほかに曜日か担当が変わった訪問 (\d+) 件。\s*週の移動時間 [\d.]+ 時間 → [\d.]+ 時間（[+−±][\d,]+ 分）/
		);
		expect(match, text).not.toBeNull();
		const rebuilt = await visits(page);
		const changed = rebuilt.filter(
			(v) =>
				!now.some((b) => b.school === v.school && b.staff === v.staff && b.day === v.day) &&
				!(v.school === keyed.school && v.staff === keyTo.staff && v.day === keyTo.day)
		).length;
		expect(Number(match![1])).toBe(changed);
		await droppedVisit.waitFor();
		await keyedVisit.waitFor();
		const timetable = await page.getByTestId('timetable').innerText();

		// A reload brings back the employer, the moves and the week they made.
		await page.waitForTimeout(800);
		await page.reload();
		await page.getByTestId('schedule-result').waitFor({ timeout: 60_000 });
		expect(await page.getByTestId('employer').inputValue()).toBe(TOWN);
		expect(await page.getByTestId('timetable').innerText()).toBe(timetable);
		expect(await page.getByTestId('week-changes').innerText()).toBe(text);
		expect(await droppedVisit.locator('[data-pin]').getAttribute('data-pin')).toBe('moved');
		expect(await keyedVisit.locator('[data-pin]').getAttribute('data-pin')).toBe('moved');
		expect(await page.getByTestId('pin-count').innerText()).toContain('移動 2 件');

		await page.getByRole('button', { name: '固定と移動をすべて外す' }).click();
		await page.close();
	});

	it('with 担当制, has every school visited by one staff member', async () => {
		const page = await openSchedule();
		await page.getByTestId('employer').selectOption('469025');
		await page.getByTestId('schedule-settings').locator('summary').click();
		const option = page.getByLabel('一人の支援員が一校を担当（担当制）');
		await option.check();
		await makeWeek(page);
		const week = await visits(page);
		const people = new Map<string, Set<string>>();
		for (const v of week) people.set(v.school, (people.get(v.school) ?? new Set()).add(v.staff));
		// Schools with two visits a week are in this town; each still sees one person.
		expect(week.length).toBeGreaterThan(people.size);
		for (const [school, by] of people) expect([...by], school).toHaveLength(1);
		await option.uncheck();
		await page.close();
	});

	it('opens a scenario’s week from the scenarios screen, read only, with a way back to the baseline', async () => {
		const page = await env.browser.context.newPage();
		await page.goto(`${env.app.url}scenarios`);
		await page.getByTestId('scope').waitFor({ timeout: 60_000 });
		await page.getByTestId('scope').selectOption(TOWN);
		await page.locator('td[data-scenario="baseline"] [data-value]').first().waitFor({ timeout: 90_000 });
		await page.getByTestId('create').click();
		await page.waitForURL(/scenarios\?scenario=/);
		const id = new URL(page.url()).searchParams.get('scenario')!;
		await page.locator(`td[data-scenario="${id}"] [data-value]`).first().waitFor({ timeout: 90_000 });
		const name = await page.locator(`th[data-scenario="${id}"] input.name`).inputValue();

		await page.locator(`th[data-scenario="${id}"] [data-action="week"]`).click();
		await page.waitForURL(/schedule\?scenario=/);
		await page.getByTestId('schedule-result').waitFor({ timeout: 90_000 });
		expect(await page.getByTestId('scenario-week').innerText()).toContain(`シナリオ「${name}」の週`);
		// The scenario's added staff are in its week; nothing in it can be moved or pinned.
		const scenarioStaff = await page.locator('[data-testid="timetable"] tbody tr').count();
		expect(await page.locator('[data-testid="timetable"] [data-move]').count()).toBe(0);
		expect(await page.locator('[data-testid="timetable"] button.visit').count()).toBe(0);
		expect(await page.getByTestId('schedule-run').count()).toBe(0);

		await page.getByTestId('scenario-back').click();
		await page.locator('[data-testid="schedule-run"]:not([disabled])').waitFor({ timeout: 60_000 });
		expect(await page.getByTestId('employer').inputValue()).toBe(TOWN);
		await makeWeek(page);
		const baselineStaff = await page.locator('[data-testid="timetable"] tbody tr').count();
		expect(scenarioStaff).toBe(baselineStaff + 3);
		expect(await page.locator('[data-testid="timetable"] [data-move]').count()).toBeGreaterThan(0);
		await page.close();
	});
});
