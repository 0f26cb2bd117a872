/** English messages: the same shape as ja.ts, checked by the type. */
import type { Messages } from './ja';
import { BUDGET_YEAR_MAX, BUDGET_YEAR_MIN, ORGANISATION_MAX_CHARS } from '$lib/domain/report-notes';

const n = (x: number) => x.toLocaleString('en-US');

export const en: Messages = {
	lang: 'English',
	app: {
		name: 'Haichi',
		tagline: 'ICT support staff planning',
		skipToContent: 'Skip to content',
		nav: {
			label: 'Main navigation',
			overview: 'Overview',
			compare: 'Compare',
			scenarios: 'Scenarios',
			schedule: 'Schedule',
			report: 'Report',
			data: 'Data'
		},
		language: 'Language',
		footer: 'Your data is processed in this browser only and never sent anywhere.'
	},
	status: {
		starting: 'Starting the database (DuckDB)…',
		loading: 'Loading data…',
		reload: 'Reload the page',
		restoreSample: 'Reload the sample data',
		details: 'Technical details',
		precomputed:
			'The figures shown were computed in advance from these same sample files. Once the database is ready, they are replaced by the result computed in this browser.',
		keptShown:
			'The figures shown were computed and kept by this browser on your last visit, from this same data (the same file contents and fiscal year). Once the database is ready, they are replaced by the result computed again.'
	},
	failure: {
		title: 'The data cannot be shown',
		unsupported_browser:
			'This browser lacks WebAssembly exception handling, which Haichi needs. Please use a current Chrome, Edge, Firefox or Safari.',
		engine: 'The in-browser database could not start. Please reload the page.',
		fetch: (file, status) =>
			`The sample file “${file}” could not be fetched${status ? ` (HTTP ${status})` : ''}. Check the connection and the server.`,
		invalid_data: (count) => `Validation found ${n(count)} problem(s), so the load was undone.`,
		unexpected: 'Something unexpected went wrong. Reload the sample data or reload the page.',
		keptEarlier: 'The data loaded before is still in use.',
		issuesShown: (shown, total) => `Showing the first ${shown} of ${n(total)}`
	},
	keeping: {
		saving: 'Saving…',
		savingHint: 'Please do not close or reload the page until it is saved in this browser.',
		failed: {
			quota: 'Could not save in this browser (the disk or this site’s storage quota is full).',
			blocked: 'Could not save in this browser (storage is not allowed, or this is a private window).'
		},
		notKeptData:
			'The data stays in use, but it is not saved in this browser: a reload or closing the page brings back the last state that was saved. Save the workspace file to keep it.',
		notKeptDocument: (what) =>
			`The latest changes of the ${what} are not saved in this browser: a reload or closing the page loses them. Save the workspace file to keep them.`,
		document: {
			'scenario-book': 'scenarios',
			'schedule-settings': 'schedule settings',
			'last-schedule': 'last weekly schedule made',
			'report-notes': 'budget pack year, organisation, explanations and approval boxes'
		},
		export: 'Save the workspace',
		retry: 'Try saving again',
		otherTab: 'Changes of the data saved in another tab have been read in.',
		otherTabDocument: (what) => `Changes of the ${what} saved in another tab have been read in.`,
		dismiss: 'Dismiss',
		stored: {
			text: 'The workspace saved in this browser cannot be shown, so the (fictional) sample data is shown. The saved workspace has not been deleted. Importing new data will replace it.',
			unreadable:
				'The saved workspace is damaged or in another version’s format, so it cannot be saved as a file either.',
			export: 'Save the stored workspace as a file',
			retry: 'Try loading it again',
			discard: 'Delete the stored workspace and start from the sample'
		}
	},
	issue: {
		file: 'File',
		line: 'Line',
		column: 'Column',
		value: 'Value',
		problem: 'Problem',
		rule: {
			required: () => 'A required value is empty',
			enum: (expected) => `Expected one of: ${expected}`,
			range: (expected) => `Expected a number in ${expected}`,
			duplicate: () => 'This value already appears in another row (duplicate)',
			reference: (expected) => `No such code in ${expected}`,
			check_digit: () => 'The check digit is wrong',
			type: (expected) =>
				({
					integer: 'Expected a whole number',
					number: 'Expected a number',
					'text code': 'The code was turned into a number (save the column as text in Excel)',
					'municipality code': 'Expected a municipality code (5 or 6 digits)',
					'date or date-time': 'Expected a date or date-time (e.g. 2025-04-01 09:30)',
					date: 'Expected a date (e.g. 2025-04-01)'
				})[expected] ?? 'The file cannot be read',
			file: (expected) =>
				({
					empty: 'The file is empty',
					binary: 'Not a CSV file (perhaps still a spreadsheet, PDF or image)',
					encoding: 'Unknown text encoding (save as UTF-8 or Shift_JIS)',
					mixed_encoding:
						'The encoding changes at this line (UTF-8 and Shift_JIS mixed in one file): save it again in one of them',
					nul: 'Contains a NUL character (0x00): save it again as a text CSV',
					no_header: 'There is no header row',
					truncated: 'The file is cut off (a " is never closed)',
					too_many_columns: 'Too many columns (at most 10,000 can be read): keep only the columns to load',
					xlsx: 'The Excel file cannot be read (damaged, or not .xlsx)',
					parquet: 'The Parquet file cannot be read (damaged, or an unsupported compression)'
				})[expected] ?? 'The file has a problem',
			field_count: (expected) => `The number of fields does not match the header (${expected} columns)`,
			missing_column: (expected) => `A required column is missing (header: ${expected})`,
			order: (expected) => `Earlier than the time the request was made (${expected})`,
			code_type: (expected) => `Does not match the school type in the school code (starting ${expected})`,
			duplicate_column: (expected) =>
				`Several headers mean the same column (${expected}): which one holds its values cannot be guessed, so the file is not loaded. In the review, set one of them to “(not loaded)”`,
			unknown_column: () => 'Unrecognised column; it is not imported',
			zero_value: () => 'The value is 0; please check it is right',
			unknown_table: () =>
				'The kind of table (schools, staff, support requests, …) cannot be told from the column headers',
			same_table_twice: () => 'Several files hold the same kind of table; combine them into one',
			no_rows: () => 'There are no data rows; loading empties this table',
			formula: (sheet) =>
				`A formula cell saved without its calculated value (sheet “${sheet}”): open and save the file in Excel, or paste the values, then load it again`,
			nested_column: () =>
				'A column of lists or nested values (LIST, STRUCT), which no table cell can hold: write it as a column of single values',
			public_feature: () =>
				'This school is not read (its 行政区域コード is not in the built-in list of municipalities, it has no point, or its school code is missing or fails its check digit); in a GeoJSON file “line” is the number of the feature',
			address: (expected) =>
				expected === 'ambiguous'
					? 'The address fits more than one municipality of the same name: write it from the prefecture’s name'
					: 'The address matches no municipality of the built-in list: write it from the prefecture’s and municipality’s names',
			located_at_municipality: () =>
				'No latitude and longitude: placed at the municipality’s own point. Load the P29 schools first to place it by its school code'
		}
	},
	sample: {
		badge: 'Fictional data',
		notice: (prefecture) =>
			`You are looking at sample data for the fictional “${prefecture}”. Every municipality, school and staff member in it is made up.`
	},
	start: {
		title: 'Start from your own prefecture or municipality',
		lead: 'Pick a prefecture: its municipalities, their boundaries and school counts (public data) are filled in. All you type is the number of ICT support staff.',
		prefecture: 'Prefecture',
		choosePrefecture: 'Choose',
		municipality: 'Your municipality (optional)',
		wholePrefecture: 'The whole prefecture (as its board of education)',
		preview: (municipalities: string, schools: string) =>
			`${municipalities} municipalities, ${schools} schools (elementary, junior high, compulsory, high; national, public and private together)`,
		start: 'Start with this prefecture',
		starting: 'Loading…',
		replaces: 'The data in use now (your imported files) will be replaced. You can save the workspace first.',
		confirmReplace: 'Replace the data in use and start with the chosen prefecture?',
		failed: 'The built-in data could not be loaded. Reload the page.',
		refused: 'It could not be loaded. The data screen says why.',
		sources:
			'Sources: 国土数値情報（行政区域データ）(MLIT), processed (CC BY 4.0); Statistics Center SSDSE-A-2025 (学校基本調査 2023)'
	},
	dataNotes: {
		mixedBadge: 'Partly fictional',
		mixedTitle: 'This data includes the fictional sample',
		mixedTable: (name, fictional, total) => `${name}: ${fictional} of ${total} rows are fictional sample rows`,
		mixedMeaning:
			'Totals, comparisons and rankings over these tables include made-up municipalities, schools or staff. Replace or empty these tables on the data screen to remove them.',
		separator: '; ',
		gapsTitle: 'Tables this data does not have, and what that means',
		toData: 'Go to the data screen',
		gap: (name, effect) => `No “${name}” table: ${effect}`,
		effect: {
			noStaff: 'with no staff, every employer deploys no one, and no schedule can be made.',
			requestsEmpty: 'the chart of support requests by month and the table’s request column are empty (0).',
			demandFromPupils:
				'the number of support requests is estimated from pupils × a rate per pupil (an assumption, editable) with the seasonal peaks; response times and the like rest on that estimate.',
			indicatorsBlank:
				'the plan’s other indicators (network, devices, displays, help desk and so on) have no values and cannot be shown.',
			helpDeskNone:
				'whether there is a help desk today is not in the data, so the shared assumptions say (default: none).',
			travelFromDistance:
				'travel is estimated as great-circle distance × circuity ÷ speed + stop time (the schedule’s assumptions, editable).',
			staffApportioned: 'filtered by school type, each employer’s staff are apportioned by the types of its schools.',
			schoolsNeeded:
				'a week’s schedule and the scenarios need each school with its location (latitude, longitude); school counts are not enough. Load a list of schools (e.g. 国土数値情報 P29) on the data screen.',
			staffListNeeded:
				'a week’s schedule needs each staff member with their days and base; head counts are not enough. Load a list of staff (one row per person) on the data screen.'
		}
	},
	source: {
		label: 'Source',
		dataset: (name, fy) => `${name}, ${fy}`,
		sampleName: (prefecture) => `Sample data (fictional ${prefecture})`,
		importedName: 'Imported data',
		importedMixedName: 'Imported data (partly the fictional sample)',
		schoolCounts: (source: string, fy: string, all: boolean, employers: string) =>
			`Schools: ${source.replace(/^出典[：:]\s*/, '')} (${fy}${all ? ', national, public and private together' : ''}, ${employers} employers)`,
		staffCounts: (fy: string, employers: string) => `Staff: numbers typed or loaded (${fy}, ${employers} employers)`,
		plan: 'School ICT environment 3-year plan (FY2025–2027)',
		national: (fy) => `MEXT leaflet “Appropriate placement of ICT support staff” (March 2025), as of the end of ${fy}`,
		formula: 'Formula',
		assumption: 'Assumption (editable)'
	},
	overview: {
		title: 'Placement overview',
		trend: {
			title: 'Staff over the years and the plan’s target',
			year: 'Fiscal year',
			change: 'Change from the year before',
			toTarget: (fy: string, needed: string, short: string, perYear: string) =>
				`To reach the target of ${needed} staff by ${fy} (the plan’s last year), ${short} more are needed (${perYear} a year).`,
			met: (fy: string, needed: string) => `The target of ${needed} staff is met (${fy} is the plan’s last year).`,
			oneYear:
				'Type or load the head counts of an earlier fiscal year to see the change (staff counts are kept per year).',
			likeForLike: (compared: string, of: string) =>
				`The change from the year before compares the ${compared} employers (of ${of}) with head counts for both years; employers without a figure for the year before are left out.`
		},
		lead: 'ICT support staff placement in the loaded data, against the 3-year plan target (1 per 4 schools) and the national situation.',
		figures: 'Key figures',
		schools: 'Schools',
		staff: 'ICT support staff',
		staffUnit: 'staff',
		schoolUnit: 'schools',
		fte: 'Full-time equivalent',
		fteFormula: 'Σ working days per week ÷ 5',
		schoolsPerStaff: 'Schools per staff member',
		schoolsPerStaffFormula: 'schools ÷ staff (head count)',
		perStaffUnit: 'schools/staff',
		target: 'Target',
		national: 'National',
		nationalValue: (ratio, staff) => `about ${ratio} (${staff} staff)`,
		staffNeeded: 'Staff needed for the target',
		staffNeededFormula: '⌈schools ÷ 4⌉',
		gap: 'Shortfall',
		gapFormula: 'needed − current staff',
		surplus: (x) => `${x} above the target`,
		shortfallByEmployer: (x) => `Sum of shortfalls per employer: ${x}`,
		municipalitiesWithoutStaff: 'Municipalities deploying no staff',
		municipalitiesAtTarget: 'Municipalities at 1 per 4 schools or better',
		ofMunicipalities: (x, total) => `${x} of ${total} municipalities`,
		nationalShare: (share) => `National: about ${share}`,
		noStaff: 'none',
		table: {
			title: 'Placement by employer',
			caption:
				'Schools and staff of each municipality and of the prefecture (employer of prefectural schools). Select a column header to sort.',
			code: 'Code',
			name: 'Name',
			kind: 'Kind',
			schools: 'Schools',
			staff: 'Staff',
			fte: 'FTE',
			ratio: 'Schools per staff',
			needed: 'Needed',
			gap: 'Shortfall',
			requests: 'Support requests',
			sortAscending: 'ascending',
			sortDescending: 'descending'
		},
		export: {
			button: 'Download this table as CSV',
			note: 'UTF-8 with BOM: opens as is in Excel.',
			headers: {
				fiscalYear: 'Fiscal year',
				code: 'Code',
				name: 'Name',
				kind: 'Kind',
				schools: 'Schools',
				staff: 'Staff (persons)',
				fte: 'Full-time equivalent (persons)',
				ratio: 'Schools per staff member',
				needed: 'Staff needed for 1 per 4 schools (persons)',
				gap: 'Shortfall (persons)',
				requests: 'Support requests (count)'
			}
		},
		charts: {
			ranking: 'Schools per staff member, by employer',
			rankingNote:
				'Shorter means better coverage. Red line: target (4), grey line: national (4.5). Employers with no staff are listed at the bottom as “none”.',
			requests: 'Support requests per month, by category',
			requestsNote:
				'Requests received from schools. Peaks in April (accounts, new devices) and March (wiping graduates’ devices, renewals).',
			requestsUnit: 'requests',
			notDeployed: 'none'
		}
	},
	field: {
		outOfRange: (min, max) => `Enter a number from ${min} to ${max}.`,
		notKept: 'This value is not in use.'
	},
	charts: {
		save: 'Save:',
		saveAs: (title, format) => `Save “${title}” as ${format}`,
		exportGroup: (title) => `Save “${title}”`,
		exportFailed: 'The chart could not be exported. Please try again.',
		simulated: (runs, seed) =>
			`Simulated figures: the median over ${runs} simulated school years of support requests (seed ${seed}).`,
		references: (plan, national) =>
			`Target line (1 per 4 schools): ${plan}. National line (about 4.5 schools each): ${national}.`,
		headers: {
			fiscalYear: 'Fiscal year',
			name: 'Name',
			ratio: 'Schools per staff member',
			schools: 'Schools',
			staff: 'Staff (persons)',
			year: 'Year',
			month: 'Month',
			category: 'Category',
			requests: 'Support requests (count)'
		}
	},
	indicators: {
		title: '3-year plan indicators (attainment)',
		caption:
			'Values reported per employer (municipalities and the prefecture) against the targets. Mean attainment averages each employer’s attainment, capped at 100%.',
		indicator: 'Indicator',
		target: 'Target',
		atTarget: 'Employers at target',
		mean: 'Mean attainment',
		ofScopes: (x, total) => `${x} of ${total}`,
		name: {
			wireless_lan: 'School wireless LAN',
			recommended_bandwidth: 'Network with the recommended bandwidth',
			teacher_devices: 'Teacher devices',
			work_displays: 'Work displays',
			admin_system: 'Next-generation school admin system',
			large_displays: 'Large displays (e.g. electronic whiteboards)',
			document_cameras: 'Document cameras',
			helpdesk: 'Help desk',
			hs_spare_devices: 'High-school spare devices'
		},
		targetText: {
			wireless_lan: 'every school (100%)',
			recommended_bandwidth: 'every school (100%)',
			teacher_devices: '1 per teacher',
			work_displays: '1 per teacher',
			admin_system: 'every school (100%)',
			large_displays: '1 per ordinary classroom + 6 per school',
			document_cameras: 'as many as large displays (elementary, special needs)',
			helpdesk: 'set up (may be shared)',
			hs_spare_devices: 'about 1/3 of the students'
		}
	},
	data: {
		title: 'Data',
		lead: 'Load your own data (schools, staff, support logs and more) as CSV, Excel (.xlsx) or Parquet. The kind of table is recognised from the column headers, Japanese headers included. The encoding is detected: UTF-8 (with or without BOM) or Shift_JIS (CSV saved by Excel).',
		pick: 'Choose CSV, Excel or Parquet files (several at once)',
		drop: 'or drop files here',
		notReady: 'Files can be loaded once the database is ready.',
		importing: 'Loading…',
		reviewTitle: 'Check before loading',
		reviewLead:
			'Check the kind of table, the encoding and the column mapping, then press “Load”. The first rows of each file are shown.',
		fileFacts: (size, format) => `${size} · ${format}`,
		chooseTable: 'Kind of table',
		tableNotChosen: 'Choose…',
		encodingAuto: (detected) => `Detect (${detected})`,
		sheet: 'Sheet',
		mode: 'How to load',
		modeReplace: 'Replace',
		modeAppend: 'Add to the current data',
		duplicates: {
			found: (file, table, n, rows) =>
				`${n} of the ${rows} rows of “${file}” are already in “${table}”, exactly the same (perhaps the same file is being added again).`,
			question: 'What should happen to the repeated rows?',
			skip: 'Add without the repeated rows',
			keep: 'Add every row anyway',
			cancel: 'Cancel (load nothing)'
		},
		columnsNotShown: (shown, total) =>
			`This file has ${total} columns; only the first ${shown} are shown (the others are matched by their headers).`,
		mappingCaption: (rows) =>
			`Column mapping and the first ${rows} rows. Change the column a header fills with the choice under it.`,
		header: 'Header in the file',
		notImported: '(not loaded)',
		required: 'required',
		mapsTo: (header) => `Column that header “${header}” fills`,
		missingRequired: (columns) => `Required columns with no header: ${columns}`,
		duplicateHeaders: (column, headers) =>
			`${headers} are all headers of “${column}”: which one holds its values cannot be guessed. Set the ones not to use to “(not loaded)”.`,
		noRows: 'No data rows (the file has only a header).',
		unreadable: 'This file cannot be read.',
		removeFile: 'Remove',
		removeLabel: (name) => `Remove “${name}” from the list`,
		run: 'Load',
		clear: 'Cancel all',
		inspecting: 'Reading the files…',
		reading: 'Reading the files and checking every row',
		loadingDb: 'Loading into the database and checking references between tables…',
		cancel: 'Stop',
		cancelled: 'Loading was stopped. Nothing was changed.',
		workerFailed: 'The file reader stopped. Nothing was changed.',
		tableNotRecognised: 'The kind of table could not be told from the headers. Choose it under “Kind of table”.',
		previewCaption: (rows) => `First ${rows} rows`,
		notReadyToRun:
			'Remove files that cannot be read, and give every file its kind of table and its required columns, to load them.',
		exportFailed: 'The file could not be written. The data is unchanged.',
		resultTitle: 'Result of the load',
		loaded: 'Loaded. The overview figures now use this data.',
		rejected: 'Problems were found, so nothing was changed. The data loaded before is kept.',
		sampleConflict: {
			text: (tables) =>
				`Every problem is in tables of the (fictional) sample that you did not load: ${tables}. They point at schools or staff that your files replace. You can empty these sample tables and load your files (undo any time with "back to the sample").`,
			table: (name, file, rows, errors) => `${name} (${file}, ${rows} rows, ${errors} problems)`,
			fictional: (name, file, rows) => `${name} (${file}, ${rows} rows, values of fictional municipalities)`,
			drop: 'Empty these sample tables and load'
		},
		file: 'File',
		table: 'Table',
		encoding: 'Encoding',
		rows: 'Rows',
		status: 'Status',
		ok: 'OK',
		hasErrors: 'Errors',
		unknown: 'not recognised',
		loadedTitle: 'Loaded data',
		fiscalYear: 'Fiscal year of the data',
		fiscalYearFound:
			'From the dates of the support log (without one, the fiscal year of the day of the import). Every screen and document uses it.',
		fiscalYearSet: 'The fiscal year you set. Every screen and document uses it.',
		loadedCaption: 'Source file and rows of each table. Save any table as CSV (UTF-8 with BOM) or Excel.',
		origin: 'Origin',
		originSample: 'Sample (fictional)',
		originImport: 'Imported',
		loadedAt: 'Loaded at',
		export: 'Save',
		exportLabel: (table, format) => `Save “${table}” as ${format}`,
		restore: 'Go back to the sample data',
		restoreAsk:
			'This takes out the data you loaded and goes back to the fictional sample. Your data kept in this browser goes too, though you can bring it back right afterwards. Go back to the sample?',
		restoreCancel: 'Cancel',
		restored: 'Back to the sample data.',
		undoRestore: 'Undo (load your data again)',
		revert: 'Undo import',
		revertLabel: (table) => `Put “${table}” back to the sample’s`,
		workspaceTitle: 'Workspace file',
		workspaceLead: 'Save the loaded data as one file, and open it in another browser or on another computer.',
		workspaceExport: 'Save the workspace',
		workspaceImport: 'Open a workspace file',
		workspaceFile: {
			checking: (file) => `Checking every row of the tables in the workspace file “${file}”…`,
			loaded: (file) => `The workspace file “${file}” has been loaded.`,
			corrected:
				'The file’s own labels of where each table came from (the sample, or imported data) did not match its content, so they were worked out from the content.',
			unchanged: 'Nothing was loaded. The current data is unchanged.',
			refused: {
				not_json: (file) => `“${file}” is not JSON, so it cannot be read as a workspace file.`,
				not_workspace: (file) =>
					`“${file}” is not a Haichi workspace file. Choose a file saved with “Save the workspace”.`,
				version: (file, value) => `“${file}” is a workspace file of a version (${value}) this Haichi does not read.`,
				incomplete: (file) =>
					`“${file}” lacks parts a workspace file needs (the dataset record, the prefecture, the list of tables), or they are damaged.`,
				fiscal_year: (file, value) =>
					`The fiscal year “${value}” in “${file}” is not a whole number from 1900 to 2200.`,
				table_entry: (file) => `One of the tables in “${file}” is damaged (no table type, name or content).`,
				schedule: (file) => `The schedule settings in “${file}” are damaged.`,
				scenarios: (file) => `The scenarios in “${file}” are damaged.`,
				report: (file) => `The budget pack’s explanations and approval boxes in “${file}” are damaged.`,
				report_year: (file, value) =>
					`The budget pack’s “Budget fiscal year” “${value}” in “${file}” is not a whole number from ${BUDGET_YEAR_MIN} to ${BUDGET_YEAR_MAX}.`,
				report_organisation: (file) =>
					`The budget pack’s “Prepared by (organisation)” in “${file}” must be text of at most ${ORGANISATION_MAX_CHARS} characters without line breaks or other control characters.`,
				tables: (file) =>
					`Problems were found in the tables of “${file}”. The checks of a file import found them; see “Result of the load”.`
			}
		},
		savingResult: 'In the database now; saving in this browser…',
		notKept: 'In the database now, but it could not be saved in this browser: a reload will lose it.',
		kept: 'Imported data is saved in this browser and kept across reloads.',
		tableName: {
			municipalities: 'Municipalities',
			schools: 'Schools',
			staff: 'Staff',
			assignments: 'Assignments (current placement)',
			support_requests: 'Support requests',
			ict_environment: 'ICT environment indicators',
			travel_times: 'Travel times',
			ferries: 'Ferries',
			school_counts: 'School counts (per municipality)',
			staff_counts: 'Staff counts (per municipality)'
		}
	},
	formats: {
		link: 'File formats you can load (tables, columns, headers and examples)',
		title: 'File formats you can load',
		lead: 'The tables the data screen loads, with their columns, headers and how to write values. This page is made from the same table definitions the import itself uses.',
		back: 'Back to the data screen',
		contents: 'Contents',
		filesTitle: 'Kinds of file',
		files: {
			csv: {
				title: 'CSV and TSV (.csv, .tsv, .txt)',
				text: 'The encoding is detected: UTF-8 (with or without a BOM), Shift_JIS (CP932, what Japanese Excel saves as “CSV (comma delimited)”) or UTF-16 (Excel’s “Unicode text”); the review lets you pick it by hand. A file mixing UTF-8 and Shift_JIS lines is refused at the line where the encoding changes, and a file with a NUL character (0x00) at its line. Fields are separated by commas or tabs (whichever the header row has more of). A field in double quotes keeps its commas, line breaks and doubled quotes. Blank lines are skipped. A header of more than 10,000 columns is refused.'
			},
			xlsx: {
				title: 'Excel workbooks (.xlsx)',
				text: 'The first row of a sheet is its header. The first sheet whose headers name a table is used; the review lets you pick another. Date cells are read as dates. A formula cell saved without its calculated value (a file made by a program other than Excel, say) is refused with its sheet, row and column: open and save the file in Excel. Save old .xls files as .xlsx first.'
			},
			parquet: {
				title: 'Parquet (.parquet)',
				text: 'Column names are the headers; the file is decoded in the browser. Useful for a large log aggregated beforehand with DuckDB or any tool that writes Parquet. A column of lists or nested values (LIST, STRUCT, MAP, JSON) is refused by its name.'
			},
			publicP29: {
				title: 'Public data: 国土数値情報「学校データ」 (P29, GeoJSON)',
				text: 'The GeoJSON MLIT publishes per prefecture loads as it is (the 2021 edition’s numeric attributes and the 2023 edition’s strings alike). 学校分類 16001 elementary, 16002 junior high, 16003 secondary, 16004 high, 16012 special needs and 16014 compulsory are the types the plan covers; the others (kindergartens, universities …) are not read. 管理者 2 (prefecture) and 3 (municipality) are public. The school code is P29_002, the municipality P29_001 (5 digits, the check digit added; a ward of a designated city is counted in the city), the location the feature’s point. The employer is the municipality for 管理者 3 and the prefecture (e.g. 愛知県 230006) for 2. In the review, choose the municipality, school types and founders and see at once how many schools will load (by default: public schools of every type the plan covers). A school whose code fails its check digit is named in a warning and not read. When the municipalities table lacks the municipalities the schools refer to, the built-in list can be loaded with them. Source: 国土数値情報（学校データ）（国土交通省）'
			},
			publicSchoolList: {
				title: 'Public data: MEXT 学校コード一覧 (CSV)',
				text: 'A list with the columns 学校コード, 学校種 (a code such as B1, or 小学校), 都道府県番号, 設置区分 (1 national, 2 public, 3 private), 学校名, 学校所在地 … loads as schools. The municipality is found from the address in the built-in list (prefecture names, 郡 names, wards of designated cities, ヶ or ケ and 大字 may stay as written); a public school whose address tells no municipality is named by its row and the file is not loaded. A school with an 属性情報廃止年月日 is closed and not read. A public school whose name starts with its prefecture (愛知県立…, 県立…) is run by the prefecture, the others by their municipality. Latitude and longitude come from a school of the same code already loaded (e.g. from P29), else from the municipality’s own point, named in a warning.'
			},
			publicSsdse: {
				title: 'Public data: SSDSE-A, and tables with several header rows',
				text: 'The Statistics Center’s SSDSE-A (municipalities) loads as published: its code row (E2101 schools of elementary type …), year row and row of names. Schools, teachers and pupils of elementary, junior high, compulsory and high schools become “School counts” (national, public and private together; the fiscal year from the year row; source e.g. 独立行政法人統計センター SSDSE-A-2025), high schools on the prefecture’s row. The review lets you choose the prefecture. Any other table whose first row is a title and whose header is on row 2 to 6 is read from the first row that names a table (lines stay those of the file).'
			},
			survey: {
				title: 'Survey workbook (.xlsx, asking the municipalities)',
				text: '“Write the survey workbooks” on the data screen makes one file per municipality of a prefecture, together in a ZIP. Its sheet 調査票 has the municipality code, name and fiscal year and the loaded schools (else the school counts per municipality) filled in; the yellow input cells take the number of ICT support staff (a whole number, required), the full-time equivalent (optional, at most the head count) and the help desk (あり or なし from a drop-down list). Every other cell is protected, without a password. “Read returned survey workbooks” takes the returned files all at once: each file’s problems are named by sheet, row and column, and only the answers without a problem are loaded into staff counts per municipality and the help desk indicator (replacing the rows of the same municipality and year). “Cancel” loads nothing.'
			},
			workspace: {
				title: 'Workspace file (.json)',
				text: 'Made by “Save the workspace” on the data screen (format haichi-workspace, version 1): the loaded tables (as checked CSV), the schedule’s assumptions and pins, and the scenarios, in one file. Opening it with “Open a workspace file” replaces the current workspace.'
			},
			scenarios: {
				title: 'Scenario file (.json)',
				text: 'Saved and opened on the scenarios screen (format haichi-scenarios, version 1): the employers in scope, the shared assumptions (costs, remote support, help desk, school breaks, the simulation’s seed and runs) and up to four scenarios. A file with a wrong shape or values out of range is not opened.'
			}
		},
		rulesTitle: 'Import rules',
		rules: [
			'Picked files are reviewed before anything is loaded: the kind of table recognised from the headers (or, when it cannot be told, chosen by you), the encoding, the sheet, which header fills which column, and the first rows. Each can be corrected.',
			'“Load” checks every row. All or nothing: one error and nothing changes; the data loaded before stays as it was.',
			'Each problem names the file, line, column and value, and what is expected (the first 100 are listed, with the total).',
			'Row checks: required values, types (numbers, dates), ranges, allowed values, check digits of codes, and the number of fields matching the header. Checks across the cells of a row: a request resolved after it was made, shares of schools within 0–1 and the help desk 0 or 1, the school type of a MEXT school code matching the school type column. Two headers meaning one column are an error until you choose which one to use.',
			'Checks across tables: duplicates in key columns, and references (school → municipality and employer, staff → employer, assignment → staff and school, support request → school, ferry → school). A reference may point into a file of the same import or into a table already loaded. Replacing a table so that another table’s codes lose what they point at is an error too.',
			'Warnings (the import goes ahead): headers that match no column (those columns are not read), a school with 0 students, a staff member with 0 days a week, a file without data rows (its table becomes empty).',
			'Each file either replaces its table or is added to it (“Add to the current data”, e.g. the next month of a log); the whole is checked by the same rules. When the table already holds rows exactly like the file’s (the same log added again), the review asks before loading: skip those rows, add them anyway, or cancel (generated request ids are not compared). One import takes one file per table.',
			'Imported data is kept in this browser (IndexedDB) and never sent anywhere. Each table can be put back as it was before the import, or the whole back to the sample.'
		],
		headersTitle: 'Headers',
		headers: [
			'A header is either the column name (English, e.g. school_code) or one of the Japanese headers in the tables below. Columns may come in any order; optional columns may be left out.',
			'Full-width and half-width forms, spaces, a trailing unit or note in brackets ((分), [人], 【任意】…), upper and lower case, and _ versus - make no difference: 「対応時間（分）」 is minutes, “School Code” is school_code.',
			'When two headers match the same column, the left one is used. A header that matches no column is not read.',
			'The kind of table is the one whose required columns are all present and that matches the most headers; when two tables fit equally well, the review asks which. Common ways of writing a header are read too (市区町村コード, 所在地コード or 行政区域コード for the municipality, 学校名称, 設置者, 緯度（世界測地系）…): the review lists the headers it read so, to confirm.'
		],
		valuesTitle: 'Values',
		values: [
			'Numbers: full-width digits, thousands separators (1,234) and a full-width minus are read. Units go in the header, not in the cells. A blank cell and 0 mean different things.',
			'Dates and date-times: 2025-04-08, 2025/4/8, 2025.4.8, 2025年4月8日, 令和7年4月8日 (令和元年 and 平成 too). A time follows after a space or T: 9:15 or 09:15:00. Dates are Japanese calendar dates as written; no time zone ever shifts them.',
			'Save codes as text. A code Excel turned into a number (122173.0, 1.22E+05) is an error: its leading zeros or digits may be lost.',
			'Municipality codes (全国地方公共団体コード): 6 digits, whose check digit is verified, or 5 digits, to which it is added. A prefecture’s own row has municipality number 000, e.g. 鹿児島県 460001.',
			'School codes: a 13-character MEXT school code (a letter and 12 digits) has its check digit verified. Any other unique id of your own is accepted as it is.',
			'Columns with a fixed list of values take the English value (elementary, …) or its Japanese label (小学校, …).',
			'Yes/no columns: はい, ○, 有, あり, 1, true and いいえ, ×, 無, なし, 0, false, and a few more. A blank cell means unknown.'
		],
		tablesTitle: 'Tables',
		tableCaption: (table) => `Columns of “${table}”`,
		col: {
			column: 'Column',
			headers: 'Japanese headers',
			type: 'Type',
			required: 'Required',
			blank: 'When blank',
			description: 'Description',
			values: 'Values'
		},
		requiredYes: 'required',
		requiredNo: 'optional',
		key: (columns) => `Must be unique: ${columns}`,
		noKey: 'Rows may repeat.',
		type: {
			text: 'text',
			integer: 'integer',
			number: 'number',
			boolean: 'yes/no',
			date: 'date',
			timestamp: 'date or date-time',
			enum: 'one of a list'
		},
		rangeNote: (range) => ` (${range})`,
		range: (lo, hi) => `${lo}–${hi}`,
		atLeast: (lo) => `≥ ${lo}`,
		blank: {
			value: (value) => value,
			column: (column) => `same as ${column}`,
			prefectureOf: (column) => `first 2 digits of ${column}`,
			lineNumber: 'made from the line number'
		},
		valueMeaning: {
			public: 'public schools',
			all: 'national, public and private together (国公私立計)',
			contract: 'contracted (委託)',
			appointed: 'fiscal-year appointee (会計年度任用職員)',
			regular: 'regular employee',
			onsite: 'on site',
			remote: 'remote',
			road: 'road',
			ferry: 'ferry',
			mon: 'Monday',
			tue: 'Tuesday',
			wed: 'Wednesday',
			thu: 'Thursday',
			fri: 'Friday',
			true: 'yes',
			false: 'no'
		},
		alsoRead: (labels) => `Also read: ${labels}`,
		example: 'Example (loads as it is)',
		download: 'Save this example as CSV',
		purpose: {
			municipalities:
				'Municipalities and prefectures: where schools are and who runs them, and who employs the staff. A prefecture is a row too (as the employer of prefectural schools and their staff).',
			schools:
				'The schools. The comparison with the target (one staff member per 4 schools) counts them; weekly schedules need their location (latitude, longitude).',
			staff: 'The ICT support staff, one row each. Schools per staff counts heads, as MEXT does.',
			assignments:
				'Today’s placement (optional): which staff member looks after which school, with days a week or a weekday.',
			support_requests:
				'The log of support requests (optional): requests by month, and the demand simulation’s rates per school and month and its category mix. A long log can be loaded in parts with “Add to the current data”.',
			ict_environment:
				'The 3-year plan’s indicators (optional), in long form: one indicator’s value per row, for a municipality (municipality code) or a school (school code).',
			travel_times:
				'Travel times (optional): minutes from a routing service that replace the straight-line estimate pair by pair; used in both directions.',
			ferries:
				'Ferries to island schools (optional): reaching such a school means driving to the port, waiting and crossing.',
			school_counts:
				'School counts per municipality and school type (optional), when there is no list of schools: e.g. the figures of 学校基本調査, one set per fiscal year. A loaded schools table takes precedence.',
			staff_counts:
				'Staff counts per employer and fiscal year (optional), when there is no list of staff: head count and full-time equivalent. A loaded staff table takes precedence.'
		},
		column: {
			municipalities: {
				municipality_code: '全国地方公共団体コード (6 digits; with 5, the check digit is added)',
				name: 'Name',
				prefecture_code: 'Prefecture code (01–47)',
				kind: 'Kind of municipality',
				office_lat: 'Latitude of the office (board of education): staff without a base start from here',
				office_lon: 'Longitude of the office'
			},
			schools: {
				school_code: 'MEXT school code (13 characters) or any unique id',
				name: 'School name',
				school_type: 'School type',
				municipality_code: 'Municipality code of where the school is (must be in the municipalities)',
				employer_code: 'Code of the employer (the municipality or prefecture that runs the school)',
				lat: 'Latitude (WGS84), needed for schedules',
				lon: 'Longitude (WGS84)',
				students: 'Pupils: used to spread visit days and, without a log, to estimate requests',
				classes: 'Classes: large schools get extra visits',
				teachers: 'Teachers',
				island: 'Whether the school is on an island'
			},
			staff: {
				staff_id: 'Staff id (unique)',
				name: 'Name or label',
				employer_code: 'Code of the municipality or prefecture that employs them',
				employment: 'Employment type, for the cost estimate',
				days_per_week: 'Days worked a week',
				hours_per_day: 'Hours worked a day',
				base_lat: 'Latitude of their base; blank: they start from the employer’s office',
				base_lon: 'Longitude of their base',
				annual_cost: 'Annual cost (yen); blank: the unit cost of the employment type × days ÷ 5'
			},
			assignments: {
				staff_id: 'Staff id (must be in the staff)',
				school_code: 'School code of the school looked after (must be in the schools)',
				days_per_week: 'Visit days a week',
				weekday: 'Visit weekday'
			},
			support_requests: {
				request_id: 'Request number (unique)',
				requested_at: 'Date or date-time received',
				school_code: 'School code of the school asking (must be in the schools)',
				category: 'Category (the four areas of work of the MEXT leaflet)',
				mode: 'How it was handled',
				minutes: 'Minutes spent',
				resolved_at: 'Date or date-time resolved'
			},
			ict_environment: {
				scope_code: 'What it is about: a municipality code (5–6 digits) or a school code',
				fiscal_year: 'Fiscal year, western (令和7年度 = 2025)',
				indicator: 'Indicator',
				value:
					'Value: shares of schools 0–1, devices and displays per teacher, help desk 1 (yes) or 0 (no), high-school spares per student'
			},
			travel_times: {
				from_id: 'From: a school code, or a staff id (that staff member’s base)',
				to_id: 'To: a school code, or a staff id',
				minutes: 'Minutes, used as they are: include parking and walking in',
				mode: 'Mode (for reference)'
			},
			ferries: {
				school_code: 'School code of the island school (must be in the schools)',
				port_lat: 'Latitude of the port on the mainland side',
				port_lon: 'Longitude of the port on the mainland side',
				crossing_minutes: 'Crossing, one way (minutes)',
				wait_minutes: 'Waiting (minutes)'
			},
			school_counts: {
				municipality_code: 'Municipality code of the school founder (must be in the municipalities)',
				fiscal_year: 'Fiscal year (western)',
				school_type: 'School type',
				schools: 'Schools',
				teachers: 'Teachers',
				students: 'Pupils',
				founders: 'Schools counted: public (also when blank), or national, public and private together (国公私立計)',
				source: 'Source (e.g. 学校基本調査 2023)'
			},
			staff_counts: {
				employer_code: 'Municipality code of the employer',
				fiscal_year: 'Fiscal year (western)',
				headcount: 'Number of staff',
				fte: 'Full-time equivalent (5 days a week = 1)'
			}
		}
	},
	schedule: {
		title: 'Patrol schedule',
		lead: 'For one employer, which schools each staff member visits on which weekday. The schedule minimises total travel (exact MILP with HiGHS; column generation for large instances) and shows the gap to a proven lower bound.',
		employer: 'Employer',
		employerOption: (name, schools, staff, belowTarget) =>
			`${name} (${schools} schools, ${staff} staff${belowTarget ? ', below target' : ''})`,
		assumptions: 'Assumptions (editable)',
		assumptionNote: 'The defaults are assumptions, editable here. Changes apply to the next schedule.',
		visitRule: 'How visit days are set',
		byDays: 'Days a week (as in Kashiwa)',
		byHours: 'Hours a week (as in Kyoto: 10 hours per school)',
		hoursPerWeek: 'Hours a week per school',
		hoursPerVisit: 'Hours of one visit',
		baseVisits: 'Visit days per week',
		largeBy: 'Large schools by',
		byClasses: 'classes',
		byStudents: 'students',
		largeThresholdStudents: 'More visits from this many students',
		largeThreshold: 'More visits from this many classes',
		largeExtra: 'Extra days for large schools',
		islandVisits: 'Visit days for island schools (blank: as others)',
		circuity: 'Circuity (road ÷ straight line)',
		speed: 'Average speed (km/h)',
		stop: 'Stop time per arrival (min)',
		minOnsite: 'Least time at a school (min)',
		maxSchools: 'Most schools in a day',
		run: 'Make the schedule',
		rerun: 'Make it again, keeping the pins',
		cancel: 'Stop',
		cancelled: 'Stopped.',
		failed: 'The schedule could not be made.',
		phase: {
			travel: 'Computing travel times…',
			patterns: 'Listing possible days…',
			columns: 'Solving the LP relaxation to choose candidates…',
			assignment: 'Searching for the best combination…',
			bound: 'Bounding the travel for the visits that fit…',
			balance: 'Spreading the work over the staff…',
			weekdays: 'Placing days on weekdays…'
		},
		progressFigures: (best, bound) => `best so far ${best} · bound ${bound}`,
		skipped: (schools, staff) =>
			`${schools} school(s) without a location (latitude, longitude) and ${staff} staff member(s) with neither a base nor an employer office are left out of the schedule. Add their locations on the data screen.`,
		noStaff: 'This employer has no staff, so there is nothing to schedule.',
		noData: 'Available once the data is ready.',
		resultTitle: (name) => `Weekly schedule of ${name}`,
		travelWeek: 'Travel per week',
		hours: (h) => `${h} h`,
		minutes: (m) => `${m} min`,
		bound: 'Proven lower bound',
		gap: 'Gap to the bound',
		optimal: 'optimal (proven)',
		method: {
			exact: 'exact (integer programme over every route that fits a day)',
			heuristic: 'column generation and integer programme (approximate)'
		},
		visits: 'Visits the policy asks, made (week)',
		visitsMade: (made, required) => `${made} / ${required}`,
		staffDays: 'Staff-days used for visits',
		visitDaysPerSchool: 'Visit days per school (week)',
		visitsExtra: (policy, extra) => `policy ${policy} + ${extra} spare`,
		visitDaysFormula: 'visits a week ÷ schools planned',
		staffDayUse: (policy, extra, office, slots) =>
			`How the staff-days are used: the ${policy} visits the policy asks, plus ${extra} more visits from spare staff-days to the schools with the most requests (at most 2 a week per school). The ${office} staff-days without a visit are spent on remote support at the base, taking ${slots} requests a day in the simulation (assumption, editable).`,
		settingsShared:
			'The assumptions on this screen (visit policy, days set per school, fixed visits, travel) are saved and are also the baseline of the scenarios and the budget pack: changing them changes those figures too.',
		shortTitle: 'Visits that do not fit',
		short: (visits, staff) =>
			`${visits} visit-days a week are short: about ${staff} more staff (5 days a week) would carry them.`,
		unreachable: (visits) =>
			`${visits} visit-days cannot be reached and back within a working day from the bases (ferries). Consider remote support or another base.`,
		spread: (visits) => `${visits} visit-days could not be placed without visiting a school on consecutive days.`,
		sourceNote: (seconds) =>
			`Source: the loaded data (schools, staff, municipalities, ferries) and the assumptions above. Computed in ${seconds} s.`,
		cutShort:
			'The search for this week was cut short by its safety time limit (the computer was busy or slow): the week and its gap to the bound may differ from what a faster computer finds. The bound itself still holds.',
		sourceShort: 'Loaded data (schools, staff, ferries) and the travel assumptions (editable)',
		sourceSolver:
			'Bound proven over every route that fits a working day (not only routes among nearby schools): HiGHS LP relaxation and branch and bound, or for large cases the Lagrangian bound of column generation; when visits are short, among schedules leaving no more of them out',
		sourcePolicy: 'Visit policy (assumption, editable) and schools’ classes',
		sourceStaff: 'Days per week in the staff table',
		gapFormula: '(travel − bound) ÷ travel',
		mapTitle: 'Map of schools, bases and routes',
		mapDesc: (schools, staff, days) =>
			`${schools} schools, ${staff} staff bases, routes of the ${days} working days shown. The timetable has the details.`,
		mapDays: 'Weekday shown on the map',
		allDays: 'All days',
		port: 'Ferry port',
		baseOf: (name) => `Base of ${name}`,
		notFull: 'School not visited in full',
		legendSchool: 'School',
		legendBase: 'Staff base',
		mapSource:
			'Background: Natural Earth (1:50m land, world-atlas). Routes are drawn straight (travel times estimate the road).',
		visitsTitle: 'Visit days per school',
		visitsCaption:
			'Visit days the policy asks and the weekdays and staff the schedule gives. A number under “Own days” overrides the policy for that school the next time the schedule is made.',
		visitsAsked: 'Days asked (week)',
		visitDays: 'Weekdays visited',
		override: 'Own days',
		overrideLabel: (school) => `Visit days per week for ${school} (override)`,
		timetable: 'Days of the week',
		timetableCaption:
			'Each staff member’s day. Times assume leaving the base at 8:30. Press a school to pin it to that weekday and staff member.',
		staff: 'Staff',
		weekTravel: 'Weekly travel',
		off: '—',
		pinned: 'pinned',
		pinHint: (staff, day) => ` (press to pin to ${staff} on ${day})`,
		unpinHint: ' (press to unpin)',
		pins: (n) => `${n} pinned`,
		clearPins: 'Remove all pins',
		unmetTitle: 'Schools not visited in full',
		school: 'School',
		missing: 'Missing days',
		reason: 'Reason',
		reasons: { capacity: 'not enough staff-days', unreachable: 'too far for a day', spread: 'spacing of visits' },
		exportXlsx: 'Save as Excel',
		exportCsv: 'Save as CSV',
		weekday: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri' }
	},
	weekEdit: {
		move: 'Move',
		moveLabel: (school, staff, day) => `Move the visit to ${school} (${staff}, ${day})`,
		dialogTitle: (school) => `Move the visit to ${school}`,
		dialogFrom: (staff, day) => `It is now with ${staff} on ${day}.`,
		toDay: 'Move to weekday',
		toStaff: 'Move to staff member',
		dayTaken: (day) => `${day} (another visit to this school)`,
		allVisits: (staff) => `This school’s visits on other days go to ${staff} too (a staff member is fixed per school).`,
		confirm: 'Move here',
		cancel: 'Cancel',
		moved: 'Moved',
		hint: 'Drag a school onto another weekday or staff member’s cell, or choose where with “Move”. A moved visit is fixed there; a rebuild then keeps the other visits where they are as far as it can.',
		dropHere: (staff, day) => `${staff}, ${day}`,
		announced: (school, staff, day) => `Moved ${school} to ${staff} on ${day}. Rebuild to plan the week around it.`,
		edited: (moves) =>
			`The week with the ${moves === 1 ? 'visit' : `${moves} visits`} you moved, not rebuilt yet. Travel is measured again; the other visits are adjusted when you rebuild.`,
		problems: (n) =>
			`As it is, the week breaks ${n === 1 ? 'one rule' : `${n} rules`} (length of a day, spacing of a school’s visits …).`,
		rebuild: 'Rebuild around the moved visits',
		changes: (moves, changed) =>
			`Against the week before the rebuild: the ${moves === 1 ? 'visit' : `${moves} visits`} you moved kept, ${changed === 1 ? 'one other visit' : `${changed} other visits`} on another day or with another staff member.`,
		travelChange: (before, after, diff) => `Weekly travel ${before} → ${after} (${diff}).`,
		moves: (n) => `${n} moved`,
		clear: 'Remove all pins and moves',
		shared: 'Moved visits, like pins, are assumptions of the baseline week.',
		oneStaff: 'One staff member per school (担当制)',
		oneStaffNote: 'Every visit to a school is made by the same staff member (as 柏市 runs it). Travel may rise.',
		scenarioTitle: (name) => `The week of scenario “${name}”`,
		scenarioNote:
			'The week planned under the scenario’s assumptions (staff added or removed, visit policy …). Read only: visits are moved and pinned in the baseline week.',
		back: 'Back to the baseline week',
		notFound: 'This scenario is not in the employer chosen now. Open it from the scenarios screen.',
		viewWeek: 'See the week',
		viewWeekLabel: (name) => `See the week of ${name}`
	},
	scheduleSheets: {
		documents: 'Print and save',
		printStaff: 'Print staff rounds',
		printSchools: 'Print visit plans by school',
		printHint: 'Prints on A4 portrait: one sheet per staff member for the rounds, one per school for the visit plans.',
		machine: 'For other systems (English column names and ids, as npm run schedule writes):',
		machineCsv: 'CSV',
		machineXlsx: 'Excel',
		machineCsvLabel: 'Save as CSV for other systems',
		machineXlsxLabel: 'Save as Excel for other systems',
		fileColumns: ['Staff', 'Weekday', 'Order', 'Destination', 'Arrive', 'Depart', 'Travel (min)'],
		fileSheet: 'Schedule',
		back: 'Back to base',
		staffTitle: 'ICT support staff: weekly rounds',
		schoolTitle: 'ICT support staff: visit plan',
		employer: 'Employer',
		fiscalYear: 'Fiscal year',
		staffName: 'Staff member',
		schoolName: 'School',
		start: (time) => `Leaves the base at ${time} every day`,
		day: 'Day',
		order: 'No.',
		school: 'Destination',
		arrive: 'Arrive',
		depart: 'Depart',
		travel: 'Travel (min)',
		staff: 'Staff member',
		noVisits: 'No visits',
		withId: (name, id) => `${name} (${id})`,
		dayList: (days) => days.join(', '),
		officeNote: 'A working day marked “No visits” is spent at the base on remote support.',
		weekTotal: 'Week total',
		staffTotals: (visits, schools, days, onsite, travel) =>
			`${visits} visits (${schools} schools) on ${days} days; ${onsite} hours at schools, ${travel} hours travelling`,
		schoolTotals: (visits, asked, days) =>
			`${visits} visit days a week (the visit policy asks ${asked})${days ? `: ${days}` : ''}`,
		missing: (days, reason) => `${days} visit day(s) a week are not in the schedule (${reason}).`,
		timeNote:
			'Times are a guide: the base is left at 8:30 and travel is estimated (road distance ÷ average speed + stop). Time at schools is the working day less travel, shared equally between the day’s schools.',
		made: (date, source) => `Made ${date} with Haichi. Data: ${source}`,
		weekdayLong: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' }
	},
	scenarios: {
		needsSchools:
			'Scenarios compute the week’s visits and a year of requests from each school’s location and the list of staff. The data holds counts per municipality only, so they cannot be computed (see the missing tables above). Staff against the plan’s target are on the compare and overview screens.',
		title: 'Scenarios',
		lead: 'Answers "what if we add 3 staff?". Up to four scenarios of changes over the baseline (the loaded data) side by side: the plan target, annual cost, the optimised patrol schedule, and response times from a simulated school year of support requests.',
		scope: 'Employer',
		scopeOption: (name, schools, staff, belowTarget) =>
			`${name} (${schools} schools, ${staff} staff${belowTarget ? ', below target' : ''})`,
		pooledOption: (names, schools, staff) => `Pooled: ${names} (${schools} schools, ${staff} staff)`,
		addCount: 'Staff to add',
		create: (n) => `Create a +${n} staff scenario`,
		defaultName: (n) => `+${n} staff`,
		blankName: 'New scenario',
		copyName: (name) => `${name} (copy)`,
		maxReached: 'Four scenarios at most: delete one first.',
		baseline: 'Baseline (today)',
		name: 'Scenario name',
		edit: 'Edit',
		editing: 'Editing',
		duplicate: 'Duplicate',
		remove: 'Delete',
		deleted: (name) => `Deleted "${name}".`,
		opened: (name) => `Opened "${name}".`,
		undo: 'Undo',
		exportFile: 'Save scenarios to a file',
		importFile: 'Open scenarios from a file',
		imported: (file, n) => `Read ${n} scenario(s) from "${file}".`,
		importFailed: (file, reason) => `Could not read "${file}": ${reason}. Your scenarios are unchanged.`,
		importOtherScope: (file, codes) =>
			`"${file}" holds scenarios of an employer not in the loaded data (${codes}). Load that data first. Your scenarios are unchanged.`,
		importedFor: (file, n, scope) =>
			`Read ${n} scenario(s) for ${scope} from "${file}" (switched to the employer the file names).`,
		importReasons: {
			not_json: 'it is not JSON',
			not_scenarios: 'it is not a Haichi scenario file (format: haichi-scenarios, version 1)',
			damaged: 'a field is missing or out of range'
		},
		notFound: (id) => `The scenario in the address (${id}) is not kept in this browser.`,
		noData: 'No data loaded.',
		loadFailed: 'The data the scenarios need could not be read.',
		running: 'Computing…',
		phaseSchedule: 'Optimising the schedule…',
		phaseSimulate: (runs, total) => `Simulating the year (${runs}/${total} runs)…`,
		failed: 'Could not compute.',
		cancel: 'Stop computing',
		rerun: 'Compute again',
		notRun: 'Not computed',
		scheduleCsv: 'Save the schedule as CSV',
		comparison: 'Comparison',
		figure: 'Figure',
		delta: (text) => `change ${text}`,
		interval: (low, high) => `90% interval ${low}–${high}`,
		lowerBound: 'a lower bound: requests still open at the year end',
		cutShort:
			'the schedule search was cut short by its time limit, so the figures may differ from what a faster computer finds',
		tone: { better: 'better', worse: 'worse' },
		sentences: (parts) => parts.filter(Boolean).join('. '),
		aside: (text) => ` (${text})`,
		staffTerms: (employment, days) => ` (${employment}, ${days} days/week)`,
		yes: 'met',
		no: 'not met',
		rows: {
			staff: 'Staff',
			schoolsPerStaff: 'Schools per staff member',
			targetMet: 'Plan target (1 per 4 schools)',
			staffNeeded: 'Staff needed for the target',
			annualCost: 'Annual cost',
			visitDaysPerSchool: 'Visit days per school',
			unmetVisits: 'Visits the policy asks for but not made',
			travelHours: 'Travel (weekly)',
			medianDays: 'Response time, median',
			p90Days: 'Response time, p90',
			medianHours: 'Response time, median',
			p90Hours: 'Response time, p90',
			sameDay: 'Handled the same day',
			remoteHandled: 'Handled remotely',
			backlogPeak: 'Open requests (peak)',
			visitUtilisation: 'Staff-days with visits',
			remoteUtilisation: 'Remote slots used'
		},
		units: {
			people: 'head count',
			schools: 'schools',
			yen: 'yen',
			days: 'days/week',
			hours: 'hours',
			workDays: 'work days',
			requests: 'requests',
			visits: 'visits/week'
		},
		formulas: {
			schoolsPerStaff: 'schools ÷ staff (head count, as MEXT counts)',
			staffNeeded: '⌈schools ÷ 4⌉',
			annualCost:
				'Σ staff annual cost (the data’s value, else the unit cost of the employment type × days ÷ 5) + help desk (a shared desk divided by its members)',
			visitDaysPerSchool: 'visit days in the schedule ÷ schools',
			response:
				'from a request’s arrival to the start of its handling (remote: a free remote slot; on site: the next visit to the school), in work days; a request open at the year end counts with its days so far; the median over the runs',
			sameDay: 'requests whose handling starts on the day they arrive ÷ all requests',
			backlogPeak: 'most requests open at the end of any work day',
			visitUtilisation: 'staff-days with visits ÷ staff-days worked',
			remoteUtilisation: 'requests handled remotely ÷ remote slots (slots a day × work days)'
		},
		sources: {
			schedule: (seconds, gap) => `Optimised patrol schedule (HiGHS, ${seconds} s, gap to the bound ${gap})`,
			simulation: (runs, seed) => `${runs} simulated years (seed ${seed})`,
			scheduleSettings:
				'Optimised patrol schedule (HiGHS, least travel). The visit policy and travel assumptions are those of the Schedule screen (assumption — editable)',
			arrivalsLog: (fy) => `Arrival rates: support request log (${fy}), by school and month`,
			arrivalsPerStudent: (fy) =>
				`Arrival rates: schools without a log use students × the per-student rate of the log (${fy})`,
			arrivalsAssumed:
				'Arrival rates: no log, so students × a per-student rate (assumption — editable) with the seasonal load',
			plan: 'School ICT environment 3-year plan (FY2025–2027)',
			assumption: 'assumption — editable'
		},
		editor: {
			title: (name) => `Changes in "${name}"`,
			addStaff: 'Staff added',
			addGroup: 'Add staff',
			count: 'Number',
			base: 'Base',
			office: (name) => `${name} board of education`,
			schoolBase: (name) => `School: ${name}`,
			point: 'A point on the map (latitude, longitude)',
			pickOnMap: 'Click the map to pick the base',
			lat: 'Latitude',
			lon: 'Longitude',
			days: 'Days a week',
			employment: 'Employment',
			unitCost: 'Annual unit cost (yen, 5 days)',
			unitCostPlaceholder: 'assumed unit cost',
			removeGroup: 'Remove this row',
			removeStaff: 'Staff removed',
			noStaff: 'There are no staff today.',
			visitPolicy: 'Visit policy',
			sameAsBaseline: 'Same as the baseline',
			ownPolicy: 'Change it in this scenario',
			baseVisits: 'Visit days per week',
			largeExtra: 'Extra days for large schools (18+ classes)',
			islandVisits: 'Visit days of island schools (blank: as the others)',
			remote: 'Remote support',
			share: (category) => `${category}: share resolvable remotely (%)`,
			staffSlots: 'Remote requests a staff member takes on a visit day',
			officeSlots: 'Remote requests a staff member takes at the base on a day without visits',
			poolStaff: 'Staff patrol across municipal borders, as one shared team',
			poolStaffOn:
				'The chosen municipalities’ staff and schools are planned as one schedule (shared staffing). The baseline stays as today: each staff member serves the own municipality’s schools.',
			poolStaffOff:
				'Each staff member serves the own municipality’s schools, as today; added staff serve the schools of their base’s municipality.',
			helpDesk: 'Help desk',
			helpDeskMode: { none: 'None', own: 'Own desk', shared: 'Shared by several municipalities' },
			capacity: 'Requests a day (whole desk)',
			deskCost: 'Annual cost (yen, whole desk)',
			members: 'Municipalities sharing it'
		},
		assumptions: {
			title: 'Shared assumptions (editable)',
			note: 'The defaults are typical levels only: replace them with your own unit costs and terms. Every scenario uses them unless it changes the item.',
			unitCost: (employment) => `${employment}: annual unit cost (yen, 5 days)`,
			helpDeskToday: 'Help desk (today)',
			spread:
				'Use every staff-day for school visits (the policy’s days are the least; more visits go to the schools with most pupils)',
			visitsPerStaffDay: 'Schools visited per staff-day',
			breaks:
				'School breaks (month-day, e.g. 07-19). National holidays are those of the Cabinet Office (内閣府「国民の祝日について」)',
			season: { spring_break: 'Spring break', summer_break: 'Summer break', winter_break: 'Winter break' },
			from: 'From',
			to: 'To',
			monthDayInvalid: 'Enter month-day like "07-19". This value is not in use.',
			seed: 'Random seed',
			runs: 'Simulated years'
		},
		employment: { contract: 'Contracted', appointed: 'Fiscal-year appointee', regular: 'Regular employee' },
		csv: {
			fiscalYear: 'Fiscal year',
			scenario: 'Scenario',
			month: 'Month',
			arrived: 'Requests (median of runs)',
			medianDays: 'Median response (work days)',
			p90Days: 'p90 response (work days)',
			p90Low: 'p90 response, 90% interval low (work days)',
			p90High: 'p90 response, 90% interval high (work days)',
			p90Hours: 'p90 response (hours)',
			added: 'Staff added',
			staff: 'Staff',
			annualCost: 'Annual cost (yen)',
			sameDay: 'Share handled the same day (0–1)'
		},
		byMonth: {
			title: 'Response time by month (p90)',
			unit: 'work days',
			label: '90th percentile response time by month of arrival, for the baseline and each scenario.'
		},
		sweep: {
			title: 'Adding staff: annual cost and response time',
			lead: 'Annual cost and p90 response time with 0–10 staff (contracted, 5 days, based at the board) added to the baseline.',
			run: 'Try +0 to +10 staff',
			progress: (done, total) => `${done} of ${total} computed`,
			cost: 'Annual cost (million yen)',
			p90: 'p90 response (work days)',
			p90Hours: 'p90 response (hours)',
			added: 'Staff added',
			answer: (n, cost, added, target) =>
				`Help within ${target} work days for 90% of requests needs +${n} staff: ${added} more a year (annual cost ${cost} in all).`,
			answerNow: (target) => `The baseline already helps 90% of requests within ${target} work days.`,
			answerNone: (target) =>
				`Even +10 staff do not bring p90 within ${target} work days: consider the visit policy or remote support too.`,
			target: 'Target p90 response (work days)',
			targetLine: (n) => `target ${n} work days`,
			label: 'Annual cost (bars) and p90 response time (line) by staff added'
		}
	},
	survey: {
		title: 'Survey workbooks (asking the municipalities)',
		lead: 'A prefecture asks its municipalities for their ICT support staff (head count, full-time equivalent) and whether they run a help desk, with an Excel form: one file per municipality (its schools and school counts filled in, input cells in yellow, every other cell protected without a password), written together as a ZIP. The returned files are read back all at once.',
		prefecture: 'Prefecture',
		export: 'Write the survey workbooks (ZIP)',
		exported: (n: string, file: string) => `Survey workbooks of ${n} municipalities written to ${file}.`,
		noMunicipalities: 'The municipalities table has no municipality of this prefecture.',
		noPrefectures: 'The municipalities table has no municipality. Load the municipalities first.',
		pick: 'Read returned survey workbooks (several at once)',
		reading: 'Reading the survey workbooks…',
		checkedFiles: (n: string) => `${n} files checked.`,
		answers: (n: string) => `Answers that can be loaded: ${n}`,
		problems: (n: string) =>
			`Cells to put right: ${n} (those answers are not loaded; the corrected files can be read later)`,
		file: 'File',
		sheet: 'Sheet',
		row: 'Row',
		column: 'Column',
		value: 'Value',
		problem: 'Problem',
		municipality: 'Municipality',
		fiscalYear: 'Fiscal year',
		headcount: 'Staff (heads)',
		fte: 'Full-time equivalent',
		helpdesk: 'Help desk',
		yes: 'yes',
		no: 'no',
		load: (n: string) => `Load ${n} answers`,
		cancel: 'Cancel',
		cancelled: 'Cancelled. Nothing was loaded.',
		loaded: (n: string) => `${n} answers loaded (staff counts per municipality and the help desk indicator).`,
		refused: 'Could not be loaded: the import result says why.',
		rule: {
			unreadable: () => 'cannot be read as an Excel workbook (.xlsx)',
			not_survey: () => 'has no survey sheet (rows labelled 団体コード and ICT支援員数（人）)',
			headcount_missing: () => 'the number of ICT support staff is blank (write 0 if there are none)',
			unknown_municipality: () => 'a municipality code not in the municipalities table',
			duplicate_municipality: (file: string) =>
				`the same municipality and year is answered in ${file} too (that earlier answer is used)`,
			fte_over_headcount: (headcount: string) => `the full-time equivalent is at most the head count (${headcount})`
		}
	},
	staffEntry: {
		title: (year: string) => `Staff numbers (${year})`,
		lead: 'For each employer, type the number of ICT support staff (required), the full-time equivalent (optional) and whether it runs a help desk. You can paste from Excel: a column, or rows starting with a municipality code or name. What you type is kept in this browser and used by compare, the overview and the budget pack.',
		employer: 'Employer',
		schools: 'Schools',
		needed: 'Target staff',
		before: 'Earlier year',
		headcount: 'Staff (people)',
		fte: 'FTE (people)',
		helpdesk: 'Help desk',
		gap: 'Short of target',
		perStaff: 'Schools per staff',
		yes: 'yes',
		no: 'no',
		fromRows: (n: string) => `From the staff table: ${n}`,
		entered: (done: string, all: string, staff: string) => `${done} of ${all} employers entered, ${staff} staff in all`,
		saving: 'Saving…',
		saved: 'What you typed is saved.',
		pending: 'Typing (saved after a short pause)',
		refused: 'It could not be saved. The import result on the data screen says why.',
		problems: (n: string) => `${n} cells need correcting; their rows are not saved until then.`,
		fteOverHeadcount: (headcount: string) => `The FTE cannot exceed the head count (${headcount})`,
		cellLabel: (employer: string, column: string) => `${column} of ${employer}`,
		allCountsNote:
			'* School counts are national, public and private together (学校基本調査). Loading a list of public schools replaces them.',
		pasted: (n: string) => `${n} cells pasted.`
	},
	compare: {
		title: 'Compare municipalities',
		lead: 'Every employer of the loaded data against the 3-year plan’s target (1 staff member per 4 schools). The charts, map and table are linked: municipalities picked in one are highlighted in all.',
		filters: 'Filters',
		kinds: 'Kind of employer',
		schoolTypes: 'School types counted',
		noneMeansAll: '(none ticked means all)',
		prefecture: 'Prefecture',
		allPrefectures: 'All prefectures',
		search: 'Search by name or code',
		onlySelected: 'Show only the picked municipalities',
		clearSelection: 'Clear the selection',
		selected: (n) => `${n} picked`,
		shown: (n, total) => `${n} of ${total} shown`,
		ranking: 'Schools per staff member (furthest from the target first)',
		rankingNote: (n, total) =>
			`The ${n} furthest from the target (of ${total}). Red: target 4 schools; grey: national 4.5.`,
		rankingMore: 'All of them are in the table below. Press a bar to pick it.',
		scatter: 'Schools and staff',
		scatterNote: 'One dot per employer. Above the red line the target (1 per 4 schools) is met.',
		scatterPick: 'Press a dot to pick it.',
		schoolsAxis: 'Schools',
		staffAxis: 'Staff',
		targetLine: 'target 1:4',
		nationalLine: 'national 1:4.5',
		map: 'Map (staff short of the target)',
		mapNote: 'Circle size: schools; colour: staff short of the target. Press a circle to pick it.',
		mapLegend: { met: 'target met', short: 'short of staff', none: 'no staff' },
		areaMapNote:
			'Colours: staff against the target (1 per 4 schools). Click a municipality to pick it; the wheel zooms.',
		boundarySource: '国土数値情報（行政区域データ）(MLIT), processed (2025, CC BY 4.0)',
		boundaries: 'Load boundaries as GeoJSON or TopoJSON (choropleth)',
		boundariesLoaded: (file, n) => `Shaded by staff attainment with ${n} boundaries from "${file}".`,
		boundariesFailed: (file, reason) => `"${file}" cannot be used for the map: ${reason}`,
		boundariesReasons: {
			not_json: 'it is not JSON',
			not_geojson: 'it is neither a GeoJSON FeatureCollection nor a TopoJSON Topology',
			bad_topology:
				'the TopoJSON is damaged (its arcs are not longitude–latitude lists, a shape refers to an arc that does not exist, or a shape of its objects cannot be read)',
			bad_geometry: 'its coordinates are damaged (not the longitude–latitude lists of a Polygon or MultiPolygon)',
			no_match: 'no boundary carries a municipality code of the data (N03_007, code, …)'
		},
		heat: 'Attainment of the plan indicators',
		heatNote: 'Darker is closer to the target (100% = met). Blank: not reported. Press a heading to sort.',
		column: {
			name: 'Employer',
			schools: 'Schools',
			staff: 'Staff',
			schoolsPerStaff: 'Schools per staff',
			gap: 'Staff short',
			staffAttainment: 'Staff',
			attainment: 'Attainment',
			change: 'Change from last year'
		},
		change: {
			years: (from: string, fromStaff: string, to: string, toStaff: string) =>
				`${from}: ${fromStaff} → ${to}: ${toStaff} staff`,
			noEarlier: (fy: string) => `No head count of a year before ${fy}.`,
			formula:
				'Change = staff of this year − staff of the year before (the employer’s whole head count, whatever school types are ticked)'
		},
		select: (name) => `Pick ${name}`,
		heatKeys:
			'Move between rows with the ↑ and ↓ keys, a boxful of rows at a time with Page Up and Page Down, and to the first or last row with Home and End.',
		noStaffTitle: 'Municipalities deploying no staff',
		noStaffNote: (n, share) =>
			`${n} municipalities (${share} of those with schools). Nationally about 30% deploy none.`,
		noneWithoutStaff: 'Every municipality deploys staff.',
		showAll: (n) => `Show all ${n}`,
		showFewer: 'Show fewer',
		detail: (name) => `${name} in detail`,
		closeDetail: 'Close the detail',
		openScenarios: 'Try scenarios for this municipality',
		openSchedule: 'Make its patrol schedule',
		pool: 'Pooling small municipalities',
		poolNote:
			'Pool the schools and staff of the picked municipalities and try shared staff or a shared help desk as scenarios.',
		poolButton: (n) => `Make a pooled scenario of the ${n} picked`,
		poolNeedsTwo: 'Pick two municipalities or more.',
		poolShared: (n) => `Shared staff +${n}`,
		poolDesk: 'Shared help desk',
		poolReplaces: (names) =>
			`Four scenarios at most: "${names.join('", "')}" will give way to the pooled ones. Save them to a file on the Scenarios screen first if you need them. Go on?`,
		notFound: (code) => `No employer with code ${code} in the data.`,
		typeFilter: {
			title: 'Staff when filtered by school type',
			text: (types) =>
				`Staff count only as far as they serve ${types}: all of a municipality's staff divided by some of its schools would make it look at the target when it is not.`,
			formula:
				"Staff = Σ each staff member × (their assigned schools of the types ticked ÷ their assigned schools) (from the assignments table). A staff member without assignments counts for the share of the employer's schools of those types (schools per staff is then the same as for all types)",
			mark: '*',
			markLabel: 'staff without assignments apportioned by the school mix',
			markNote:
				'* Includes staff without assignments, apportioned by the share of the school types (schools per staff is then the same as for all types).',
			headcount: (n) => `${n} staff in all`,
			ratioFormula: 'Schools of the types ticked ÷ the staff serving them (formula above)',
			separator: ', '
		},
		csv: {
			prefecture: 'Prefecture code',
			code: 'Code',
			name: 'Name',
			kind: 'Kind',
			schools: 'Schools',
			staff: 'Staff',
			ratio: 'Schools per staff member',
			needed: 'Staff needed for the target',
			gap: 'Staff short',
			fiscalYear: 'Fiscal year',
			staffHeadcount: 'Staff in all',
			staffBasis: 'How staff were counted',
			beforeYear: 'Year before (fiscal year)',
			staffBefore: 'Staff in the year before',
			change: 'Change from the year before',
			basis: {
				headcount: 'head count',
				assignments: 'apportioned by the school types of their assigned schools',
				schoolMix: "apportioned by the employer's school mix (no assignments)",
				mixed: "by their assigned schools; those without assignments by the employer's school mix"
			}
		},
		attainmentHeader: (name) => `${name} attainment (0–1)`
	},
	publicFile: {
		kind: {
			p29: '国土数値情報「学校データ」(P29, MLIT)',
			school_list: 'MEXT 学校コード一覧 (list of school codes)',
			ssdse_a: 'Statistics Center SSDSE-A (municipalities)',
			header_row: 'A table whose header is not its first row'
		},
		found: (kept, total) => `${kept} of the file’s ${total} schools will be loaded.`,
		municipality: 'Municipality',
		all: 'All',
		types: 'School types',
		managers: 'Founders',
		manager: {
			national: 'national',
			prefecture: 'prefectural',
			municipality: 'municipal',
			private: 'private',
			other: 'other'
		},
		notPlanned: 'Not covered by the plan (kindergartens, universities …)',
		skipped: (n) => `${n} cannot be read (numbered under “Result of the load”).`,
		closed: (n) => `${n} closed schools are left out.`,
		located: (loaded, municipality) =>
			`Points: ${loaded} from the schools already loaded (by school code), ${municipality} at their municipality’s own point (named in warnings).`,
		unplaced: (n) => `${n} schools whose municipality the address does not tell (rows under “Result of the load”).`,
		ssdse: (year, municipalities, rows) =>
			`School counts of fiscal ${year} (national, public and private together) for ${municipalities} municipalities: ${rows} rows of the chosen prefectures load as “School counts”. High schools are counted on the prefecture’s row.`,
		prefecture: 'Prefecture',
		headerRow: (row) => `The header was read from row ${row} (the rows above it are a title, skipped).`,
		missing: (n) => `Municipalities or prefectures this file’s rows refer to and the municipalities table lacks: ${n}.`,
		addMunicipalities: 'Add the built-in list of municipalities',
		candidates: (names) => `The headers fit ${names} alike. Choose under “Kind of table”.`,
		renamed: 'These headers were read as another way of writing a column:'
	},
	schoolType: {
		elementary: 'Elementary',
		junior_high: 'Junior high',
		compulsory: 'Compulsory (1–9)',
		high: 'High',
		special_needs: 'Special needs',
		secondary: 'Secondary (6-year)'
	},
	report: {
		countsPack: {
			lead: 'From the school counts (school survey) and the staff numbers typed, what it takes to reach the plan’s target (1 per 4 schools): staff to add and their cost. The effects computed from visits and requests join once each school’s location and the list of staff are loaded.',
			whole: (name: string, employers: number) => `${name} as a whole (${employers} employers)`,
			employment: 'Employment of the added staff',
			months: 'Months worked in the year asked',
			subtitle: 'Estimate from school and staff counts (1 per 4 schools)',
			people: (added: string, before: string, after: string) => `Staff +${added} (${before} → ${after})`,
			met: 'The plan’s target (1 per 4 schools) is met: no more staff are asked for.',
			standing: (rank: string, of: string, atTarget: string) =>
				`${rank} of the prefecture’s ${of} municipalities by fewest schools per staff member (${atTarget} meet the target).`,
			shares: (atTarget: string, of: string, without: string, nationalAt: string, nationalWithout: string) =>
				`${atTarget} of ${of} municipalities meet the target (nationally about ${nationalAt}); ${without} deploy none (nationally about ${nationalWithout}).`,
			changeTitle: 'Change from the year before',
			change: (from: string, fromStaff: string, to: string, toStaff: string, change: string) =>
				`${from}: ${fromStaff} → ${to}: ${toStaff} staff (${change})`,
			noChange: (fy: string) =>
				`No staff numbers of a year before ${fy} (load last year’s on the data screen to see the change).`,
			costTitle: 'Staff needed and their cost (unit cost ÷ 12 × people × months)',
			added: 'Added',
			unitCost: (employment: string, yen: string) =>
				`Unit cost: ${employment}, ${yen} yen a year (assumption, can be changed)`,
			formula: (months: number) =>
				`Cost = annual unit cost ÷ 12 × staff added since today × months (${months} in the year asked, 12 after it). The staff to add are spread evenly over the years to the plan’s last`,
			effects:
				'Effects such as visit days and response times come from a week’s schedule and a simulated year of requests, which need each school’s location and the list of staff. The data holds counts per municipality only, so this pack leaves them out.',
			effectsLink: 'Load the list of schools and of staff on the data screen',
			madeWith: 'Made with Haichi (ICT support staff planning). Each table names the sources of its figures.'
		},
		needsSchools:
			'The budget pack is made from scenarios (visits and requests computed from each school’s location and the list of staff). The data holds counts per municipality only, so it cannot be made yet (see the missing tables above).',
		title: 'Budget pack',
		lead: 'For the employer and scenario chosen: today against the plan, the staff and cost needed, the expected effects, the patrol schedule, and the assumptions and sources, laid out on A4. "Print to PDF" saves it through the browser’s print dialog.',
		scope: 'Employer',
		scenario: 'Scenario',
		noScenario: 'No scenario yet: make one on the Scenarios screen.',
		budgetYear: 'Budget fiscal year',
		organisation: 'Prepared by (organisation)',
		organisationDefault: (name) => `${name} Board of Education`,
		print: 'Print to PDF',
		computing: 'Computing the figures of the pack…',
		docTitle: 'ICT support staff: placement plan and budget request',
		docSubtitle: (scenario) => `Proposal: "${scenario}"`,
		budgetFor: (fy) => `Budget request for ${fy}`,
		headline: {
			title: (fy) => `Requested for ${fy}`,
			increase: 'Increase',
			decrease: 'Decrease',
			unchanged: 'No change',
			people: (change, before, after) => `Staff ${change} (${before} → ${after})`,
			total: (yen) => `Annual cost, total ${yen} yen`,
			today: (yen) => `today ${yen} yen`
		},
		page: 'Page',
		prepared: (date) => `Prepared ${date}`,
		madeWith: 'Made with Haichi (ICT support staff planning). Sources and assumptions are on the last page.',
		fictional: 'This pack uses the fictional sample data.',
		sections: {
			current: '1. Why: today and the plan’s target',
			cost: '2. Staff and annual cost',
			effects: '3. Expected effects',
			schedule: '4. The patrol schedule',
			assumptions: '5. Assumptions and sources'
		},
		currentText: (name, ratio, target, needed, gap) =>
			gap > 0
				? `${name} has ${ratio} schools per staff member; the 3-year plan’s target (1 per ${target} schools) needs ${needed} staff, ${gap} more than today.`
				: `${name} has ${ratio} schools per staff member and meets the 3-year plan’s target (1 per ${target} schools).`,
		item: 'Item',
		value: 'Value',
		baselineColumn: 'Today (baseline)',
		scenarioColumn: (name) => `Proposal (${name})`,
		change: 'Change',
		national: (fy) => `National (end of ${fy})`,
		target: 'Target (3-year plan)',
		staffCost: 'Staff',
		deskCost: 'Help desk',
		totalCost: 'Annual cost, total',
		basis: {
			title: 'The national plan and its funding',
			text: (target, yen) =>
				`The national 3-year plan for school ICT (2025–2027) sets one ICT support staff member per ${target} schools, puts the cost at ${yen} a year and funds it through the local government finance measures (地方財政措置).`,
			national: (staff, ratio, fy, atTarget) =>
				`Nationally, ${staff} staff were deployed at the end of ${fy} (about one per ${ratio} schools); about ${atTarget} of municipalities deploy one per 4 schools or more.`,
			yen: (oku) => `${oku} hundred million yen (億円)`
		},
		breakdown: {
			title: 'Cost breakdown (unit cost × people × months)',
			added: 'Staff added',
			removed: 'Staff removed',
			today: 'Staff today',
			employment: 'Employment',
			unitCost: 'Annual unit cost (5 days)',
			days: 'Days a week',
			monthly: 'Per person a month',
			people: 'People',
			months: 'Months',
			amount: 'Amount (yen)',
			basisTitle: 'Basis of the unit cost',
			basis: {
				data: 'Annual cost in the staff table (data)',
				scenario: 'Unit cost set in this scenario',
				assumption: {
					contract: 'Paid to the contractor',
					appointed: 'Pay and allowances of a 会計年度任用職員',
					regular: 'Salary and employer’s contributions of a regular employee'
				}
			},
			desk: 'Help desk',
			changeTotal: 'Change, total',
			todayTotal: 'Today, total',
			newTotal: 'Annual cost after the request, total',
			formula:
				'Amount = annual unit cost × days ÷ 5 × people × months ÷ 12 (the staff table’s annual cost where given). Monthly amounts are shown rounded to the yen',
			noChange: 'This scenario neither adds nor removes staff.'
		},
		years: {
			title: 'Each year of the plan period (to FY2027)',
			year: 'Fiscal year',
			staff: 'Staff',
			cost: 'Annual cost (yen)',
			change: 'Increase over today (yen)',
			total: 'Plan period, total',
			note: 'Each year with the same staffing for 12 months (unit costs are assumptions, editable).',
			beyond: (fy) =>
				`${fy} is after the 3-year plan’s period (FY2025–2027), so no years of the plan are costed; the target (one per 4 schools) is the plan period’s.`
		},
		effect: {
			words: 'Effect',
			same: 'No change',
			omitted: (rows) => `Figures that are 0 on both sides are left out (${rows}).`,
			change: {
				visitDaysPerSchool: (d, up) => `Each school is visited ${d} days a week ${up ? 'more' : 'less'}`,
				medianDays: (d, up) => `Half of the requests wait ${d} work days ${up ? 'longer' : 'less'} for help`,
				p90Days: (d, up) => `9 in 10 requests wait ${d} work days ${up ? 'longer' : 'less'} for help`,
				p90Hours: (d, up) => `9 in 10 requests wait ${d} hours ${up ? 'longer' : 'less'} for help`,
				sameDay: (d, up) => `The share handled the day it arrives ${up ? 'rises' : 'falls'} by ${d}`,
				backlogPeak: (d, up) => `At most ${d} ${up ? 'more' : 'fewer'} requests wait at once`,
				travelHours: (d, up) => `${d} hours ${up ? 'more' : 'less'} travel a week`
			}
		},
		ranking: 'Schools per staff member in the prefecture',
		scheduleText: (visits, required, extra, days, available, slots, hours) =>
			`${visits} school visits a week (the ${required} the visit policy asks, and ${extra} more from spare staff-days to the schools with the most requests) on ${days} of the staff’s ${available} working days. ` +
			(available > days
				? `The ${available - days} staff-days without a visit are spent on remote support at the base, ${slots} requests a day (assumption, editable). `
				: '') +
			`${hours} hours of travel a week.`,
		assumptionList: {
			unitCost: (employment, yen) => `${employment}: annual unit cost ${yen} yen (5 days)`,
			remote: (shares, slots, office) =>
				`Share resolvable remotely: ${shares}; remote requests per staff member a day: ${slots} on a visit day, ${office} on a day without visits`,
			helpDesk: (mode, source) => `Help desk today: ${mode} (${source})`,
			visits: (base, perDay) =>
				`Visit policy: each school at least ${base} day(s) a week; spare staff-days give more visits to the schools with the most requests (${perDay} schools a day, at most 2 a week per school), the rest is remote support at the base`,
			travel: (circuity, speed, stop) =>
				`Travel: straight-line distance × ${circuity} ÷ ${speed} km/h + ${stop} min per arrival`,
			simulation: (runs, seed) =>
				`Response times: ${runs} simulated years of support requests (seed ${seed}); holidays from the Cabinet Office’s “National holidays” (国民の祝日について), breaks as set`
		},
		version: {
			label: 'Version to print',
			detailed: 'Full pack',
			summary: 'Summary (one A4 page)'
		},
		notes: {
			title: 'Explanations and approval boxes',
			lead: 'Short explanations printed at the start of each section (a section left empty prints none). Kept with the workspace in this browser and in the workspace file.',
			section: {
				purpose: 'Purpose of the proposal',
				current: 'Today and the problem',
				cost: 'Cost required',
				effects: 'Expected effects',
				week: 'How the visits are organised'
			},
			limit: (max) => `up to ${max.toLocaleString('en-US')} characters`,
			approvalsShown: 'Print approval boxes (cover and summary)',
			roles: 'Approval boxes (separated by commas)',
			defaultRoles: ['Drafted by', 'Section chief', 'Director'],
			approvals: 'Approvals'
		},
		summary: {
			title: 'Budget request: summary',
			reasons: 'Why',
			rank: (name, rank, of) =>
				`Among the ${of} employers of the prefecture, ${name} is number ${rank} by fewest schools per staff member.`,
			cost: 'Cost required',
			costLine: (total, today, change) =>
				`Annual cost after the request ${total} yen (today ${today} yen, ${change} yen)`,
			costPart: (employment, people, monthly, months, amount) =>
				monthly === null
					? `${employment} ${people} staff ${amount} yen`
					: `${employment} ${people} staff × ${monthly} yen a month × ${months} months = ${amount} yen`,
			costParts: (parts) => `. The change: ${parts}`,
			deskPart: (amount) => `help desk ${amount} yen`,
			effects: 'Main effects',
			overflow:
				'The summary no longer fits one A4 page (the explanations are long; it goes on to a second page). Shorten them to keep it to one page.',
			noEffect: 'This scenario changes none of the response-time and visit figures.',
			details:
				'The full pack has the cost breakdown and each year of the plan, the basis of the effects, the weekly visit table, and the assumptions and sources.',
			sources: (data, fy) =>
				`Sources: ${data}. MEXT, “ICT支援員の適正配置を” (March 2025; staff deployed at the end of ${fy}, the 3-year plan). Response times are simulated estimates.`
		},
		week: {
			title: 'Weekly visit table',
			caption: 'Schools visited per staff member and weekday (in visiting order, with arrival times)',
			staff: 'Staff',
			none: 'No visits',
			total: 'Schools visited, staff',
			added: (n) => `Added ${n}`,
			dayTotal: (visits, staff) => `${visits} schools, ${staff} staff`,
			note: 'The week planned for the proposed scenario, computed as on the Scenarios screen. Days without visits are remote support at the base.'
		},
		sourcesTitle: 'Sources',
		sourceList: {
			leaflet: (fy) =>
				`MEXT, “ICT支援員の適正配置を” (March 2025): staff deployed (end of ${fy}), the 3-year plan for school ICT (2025–2027) and its local government finance measures`,
			holidays: 'Cabinet Office, “国民の祝日について” (National holidays): the holidays (counting work days)',
			schedule:
				'The week of visits: planned by mathematical optimisation for the least travel, from the visit policy and travel assumptions set on the Schedule screen (editable)'
		}
	},
	kind: { city: 'City', ward: 'Ward', town: 'Town', village: 'Village', prefecture: 'Prefecture' },
	helpDeskNote: {
		title: (name) => `Help desk (${name}):`,
		what: (mode, source, cost, capacity) =>
			`${mode} (${source}). This scope’s share: ${cost} yen a year, ${capacity} remote requests a work day.`,
		split: (members, inScope) =>
			`Cost and capacity are split evenly among its ${members} municipalities; this scope carries ${inScope} of the shares.`,
		takes: (shares) => `It takes the requests that can be resolved remotely (${shares}; assumption, editable).`,
		source: {
			data: 'from the ICT environment indicator “help desk”',
			assumption: 'assumption, editable',
			scenario: 'set in this scenario'
		},
		why: {
			same: () => 'The same desk as today.',
			spare: (use, change) =>
				`Remote slots are already left over today (${use} used): requests wait for visits, so the response time (p90) changes by only ${change} work days.`,
			short: (use, change) =>
				`Remote slots run out today (${use} used): the desk takes the remote-resolvable requests, and the response time (p90) changes by ${change} work days.`
		}
	},
	category: { lesson: 'Lesson support', admin: 'School admin', environment: 'Environment', training: 'Training' },
	month: (m) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ?? String(m)
};
