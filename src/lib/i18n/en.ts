/** English messages: the same shape as ja.ts, checked by the type. */
import type { Messages } from './ja';

const n = (x: number) => x.toLocaleString('en-US');

export const en: Messages = {
	lang: 'English',
	app: {
		name: 'Haichi',
		tagline: 'ICT support staff planning',
		skipToContent: 'Skip to content',
		nav: { label: 'Main navigation', overview: 'Overview', data: 'Data' },
		language: 'Language',
		footer: 'Your data is processed in this browser only and never sent anywhere.'
	},
	status: {
		starting: 'Starting the database (DuckDB)…',
		loading: 'Loading data…',
		reload: 'Reload the page',
		restoreSample: 'Reload the sample data',
		details: 'Technical details',
		precomputed: 'The figures shown were computed in advance from these same sample files. Once the database is ready, they are replaced by the result computed in this browser.'
	},
	failure: {
		title: 'The data cannot be shown',
		unsupported_browser:
			'This browser lacks WebAssembly exception handling, which Haichi needs. Please use a current Chrome, Edge, Firefox or Safari.',
		engine: 'The in-browser database could not start. Please reload the page.',
		fetch: (file, status) => `The sample file “${file}” could not be fetched${status ? ` (HTTP ${status})` : ''}. Check the connection and the server.`,
		invalid_data: (count) => `Validation found ${n(count)} problem(s), so the load was undone.`,
		stored_state: 'The data saved in this browser cannot be read (damaged, or saved by another version). “Reload the sample data” clears it and starts afresh.',
		workspace_file: (detail) => `The workspace file cannot be read (${detail}). Choose a file saved by Haichi. The current data is unchanged.`,
		unexpected: 'Something unexpected went wrong. Reload the sample data or reload the page.',
		keptEarlier: 'The data loaded before is still in use.',
		issuesShown: (shown, total) => `Showing the first ${shown} of ${n(total)}`
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
					binary: 'Not a CSV file (perhaps still in a spreadsheet format)',
					encoding: 'Unknown text encoding (save as UTF-8 or Shift_JIS)',
					no_header: 'There is no header row',
					truncated: 'The file is cut off (a " is never closed)',
					xlsx: 'The Excel file cannot be read (damaged, or not .xlsx)',
					parquet: 'The Parquet file cannot be read (damaged, or an unsupported compression)'
				})[expected] ?? 'The file has a problem',
			field_count: (expected) => `The number of fields does not match the header (${expected} columns)`,
			missing_column: (expected) => `A required column is missing (header: ${expected})`,
			unknown_column: () => 'Unrecognised column; it is not imported',
			zero_value: () => 'The value is 0; please check it is right',
			unknown_table: () => 'The kind of table (schools, staff, support requests, …) cannot be told from the column headers',
			same_table_twice: () => 'Several files hold the same kind of table; combine them into one',
			no_rows: () => 'There are no data rows; loading empties this table'
		}
	},
	sample: {
		badge: 'Fictional data',
		notice: (prefecture) =>
			`You are looking at sample data for the fictional “${prefecture}”. Every municipality, school and staff member in it is made up.`
	},
	source: {
		label: 'Source',
		dataset: (name, fy) => `${name}, ${fy}`,
		sampleName: (prefecture) => `Sample data (fictional ${prefecture})`,
		importedName: 'Imported data',
		plan: 'School ICT environment 3-year plan (FY2025–2027)',
		national: (fy) => `MEXT leaflet “Appropriate placement of ICT support staff” (March 2025), as of the end of ${fy}`,
		formula: 'Formula',
		assumption: 'Assumption (editable)'
	},
	overview: {
		title: 'Placement overview',
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
			caption: 'Schools and staff of each municipality and of the prefecture (employer of prefectural schools). Select a column header to sort.',
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
			rankingNote: 'Shorter means better coverage. Red line: target (4), grey line: national (4.5). Employers with no staff are listed at the bottom as “none”.',
			requests: 'Support requests per month, by category',
			requestsNote: 'Requests received from schools. Peaks in April (accounts, new devices) and March (wiping graduates’ devices, renewals).',
			requestsUnit: 'requests',
			notDeployed: 'none'
		}
	},
	charts: {
		save: 'Save:',
		saveAs: (title, format) => `Save “${title}” as ${format}`,
		exportGroup: (title) => `Save “${title}”`,
		exportFailed: 'The chart could not be exported. Please try again.',
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
		caption: 'Values reported per employer (municipalities and the prefecture) against the targets. Mean attainment averages each employer’s attainment, capped at 100%.',
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
		resultTitle: 'Result of the load',
		loaded: 'Loaded. The overview figures now use this data.',
		rejected: 'Problems were found, so nothing was changed. The data loaded before is kept.',
		file: 'File',
		table: 'Table',
		encoding: 'Encoding',
		rows: 'Rows',
		status: 'Status',
		ok: 'OK',
		hasErrors: 'Errors',
		unknown: 'not recognised',
		loadedTitle: 'Loaded data',
		loadedCaption: 'Source file and rows of each table. CSV downloads are UTF-8 with BOM and open as is in Excel.',
		origin: 'Origin',
		originSample: 'Sample (fictional)',
		originImport: 'Imported',
		loadedAt: 'Loaded at',
		export: 'CSV',
		exportLabel: (table) => `Save “${table}” as CSV`,
		restore: 'Go back to the sample data',
		revert: 'Undo import',
		revertLabel: (table) => `Put “${table}” back to the sample’s`,
		workspaceTitle: 'Workspace file',
		workspaceLead: 'Save the loaded data as one file, and open it in another browser or on another computer.',
		workspaceExport: 'Save the workspace',
		workspaceImport: 'Open a workspace file',
		storageError: 'The data could not be saved in this browser (storage full, or private mode). It stays in use, but a page reload will lose it.',
		kept: 'Imported data is saved in this browser and kept across reloads.',
		tableName: {
			municipalities: 'Municipalities',
			schools: 'Schools',
			staff: 'Staff',
			assignments: 'Assignments (current placement)',
			support_requests: 'Support requests',
			ict_environment: 'ICT environment indicators',
			travel_times: 'Travel times',
			ferries: 'Ferries'
		}
	},
	kind: { city: 'City', ward: 'Ward', town: 'Town', village: 'Village', prefecture: 'Prefecture' },
	category: { lesson: 'Lesson support', admin: 'School admin', environment: 'Environment', training: 'Training' },
	month: (m) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ?? String(m)
};
