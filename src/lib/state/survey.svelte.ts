/**
 * The survey workbooks of the data screen (docs/data-formats.md, "Survey workbook"): a
 * prefecture writes one 調査票 per municipality, pre-filled from the loaded data, and reads the
 * returned ones back all at once. Nothing is loaded until the user has seen every file's
 * problems and chosen to load the good answers; cancelling leaves the data as it was.
 */
import { session } from '$lib/session/session.svelte';
import { wholeTable } from '$lib/db/queries/tables';
import { surveyMunicipalities, surveyPrefectures, surveySchoolCounts, surveySchools } from '$lib/db/queries/survey';
import { prepareWritten } from '$lib/files/prepared-import';
import { readSurveyWorkbook, surveyArchive, surveyWorkbook } from '$lib/files/survey-workbook';
import { tableCsv } from '$lib/domain/csv-export';
import { SCHOOL_TYPES, type SchoolType } from '$lib/domain/tables';
import { enteredValues } from '$lib/domain/staff-entry';
import {
	mergeAnswers,
	readSurveyAnswers,
	surveySheet,
	type SurveyAnswer,
	type SurveyProblem,
	type SurveySubject
} from '$lib/domain/survey';

export interface SurveyCheck {
	files: string[];
	answers: SurveyAnswer[];
	problems: SurveyProblem[];
}

const isSchoolType = (t: string): t is SchoolType => (SCHOOL_TYPES as readonly string[]).includes(t);
type CsvValue = string | number | null;

class SurveyDesk {
	/** Prefectures with municipalities in the data, to write workbooks for, named by their own row when loaded. */
	prefectures = $state.raw<{ code: string; name: string | null }[]>([]);
	busy = $state(false);
	/** The returned workbooks read and checked, waiting for the user to load or cancel. */
	checked = $state.raw<SurveyCheck | null>(null);
	/** What the last export, load or cancel did, for the screen to say. */
	outcome = $state.raw<
		| { kind: 'exported'; count: number; file: string }
		| { kind: 'loaded' | 'cancelled' | 'refused'; count: number }
		| null
	>(null);

	async readPrefectures(): Promise<void> {
		const runner = session.source?.runner;
		this.prefectures = runner
			? (await runner.rows(surveyPrefectures())).map((r) => ({ code: r.prefecture, name: r.name }))
			: [];
	}

	/** The prefecture's workbooks, one per municipality, in one ZIP; null when it has no municipality loaded. */
	async exportArchive(prefecture: string): Promise<{ name: string; bytes: Uint8Array } | null> {
		const source = session.source;
		if (!source || this.busy) return null;
		this.busy = true;
		try {
			const year = source.dataset.fiscalYear;
			const [municipalities, schools, counts, staffCounts, environment] = await Promise.all([
				source.runner.rows(surveyMunicipalities()),
				source.runner.rows(surveySchools(prefecture)),
				source.runner.rows(surveySchoolCounts(prefecture, year)),
				source.runner.rows(wholeTable('staff_counts')),
				source.runner.rows(wholeTable('ict_environment'))
			]);
			const current = enteredValues(staffCounts, environment, year);
			const subjects: SurveySubject[] = municipalities
				.filter((m) => m.code.startsWith(prefecture) && m.code.slice(2, 5) !== '000')
				.sort((a, b) => a.code.localeCompare(b.code))
				.map((m) => {
					const own = schools.filter((s) => s.employer === m.code && isSchoolType(s.type));
					const listed = SCHOOL_TYPES.map((type) => ({
						type,
						schools: own.filter((s) => s.type === type).length
					})).filter((c) => c.schools > 0);
					const counted = counts.filter((c) => c.municipality === m.code && isSchoolType(c.type));
					return {
						code: m.code,
						name: m.name,
						fiscalYear: year,
						schools: own.map((s) => ({ code: s.code, name: s.name, type: s.type as SchoolType })),
						counts:
							own.length > 0
								? listed
								: counted.map((c) => ({ type: c.type as SchoolType, schools: Number(c.schools) })),
						current: current.get(m.code) ?? null
					};
				});
			if (subjects.length === 0) return null;
			const archive = surveyArchive(
				Object.fromEntries(subjects.map((s) => [`調査票_${s.code}_${s.name}.xlsx`, surveyWorkbook([surveySheet(s)])]))
			);
			const name = `haichi-survey-${prefecture}-FY${year}.zip`;
			this.outcome = { kind: 'exported', count: subjects.length, file: name };
			return { name, bytes: archive };
		} finally {
			this.busy = false;
		}
	}

	/** Reads and checks the returned workbooks together; nothing is loaded yet. */
	async check(files: readonly File[]): Promise<void> {
		const runner = session.source?.runner;
		if (!runner || this.busy || files.length === 0) return;
		this.busy = true;
		this.outcome = null;
		try {
			const municipalities = new Map((await runner.rows(surveyMunicipalities())).map((m) => [m.code, m.name]));
			const read = await Promise.all(
				files.map(async (f) => ({
					file: f.name,
					sheets: await readSurveyWorkbook(new Uint8Array(await f.arrayBuffer()))
				}))
			);
			this.checked = { files: files.map((f) => f.name), ...readSurveyAnswers(read, municipalities) };
		} finally {
			this.busy = false;
		}
	}

	cancel(): void {
		if (this.busy || !this.checked) return;
		this.checked = null;
		this.outcome = { kind: 'cancelled', count: 0 };
	}

	/** Loads the good answers, merged into staff_counts and the help desk indicator, checked as any import. */
	async load(): Promise<boolean> {
		const source = session.source;
		const answers = this.checked?.answers ?? [];
		if (!source || this.busy || answers.length === 0) return false;
		this.busy = true;
		try {
			const [staffCounts, environment] = await Promise.all([
				source.runner.rows(wholeTable('staff_counts')),
				source.runner.rows(wholeTable('ict_environment'))
			]);
			const merged = mergeAnswers(staffCounts, environment, answers);
			const desk = answers.some((a) => a.value.helpdesk !== null);
			const loaded = await session.loadPrepared([
				prepareWritten(
					'支援員数（調査票の回答）.csv',
					tableCsv('staff_counts', merged.staffCounts as Record<string, CsvValue>[])
				),
				...(desk
					? [
							prepareWritten(
								'ICT環境の指標（調査票の回答）.csv',
								tableCsv('ict_environment', merged.environment as Record<string, CsvValue>[])
							)
						]
					: [])
			]);
			this.outcome = { kind: loaded ? 'loaded' : 'refused', count: answers.length };
			if (loaded) this.checked = null;
			return loaded;
		} finally {
			this.busy = false;
		}
	}
}

export const surveyDesk = new SurveyDesk();
