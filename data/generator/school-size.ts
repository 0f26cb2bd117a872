/**
 * Students, classes and teachers of a school, plausible for its type and setting: big schools in
 * the core city, small ones in mountain villages and on islands. Classes ≈ students ÷ class size
 * (at least 3: small schools combine grades, 複式学級) plus special-needs classes (特別支援学級);
 * teachers ≈ classes × 1.5 + 3.
 */
import type { SchoolType } from '../../src/lib/domain/tables';
import type { Rng } from './random';
import type { Profile } from './types';

type Range = readonly [number, number];

const STUDENTS: Record<SchoolType, Partial<Record<Profile, Range>> & { default: Range }> = {
	elementary: {
		core: [150, 900],
		city: [60, 700],
		town: [30, 400],
		mountain: [30, 90],
		island: [30, 250],
		default: [30, 600]
	},
	junior_high: {
		core: [200, 850],
		city: [80, 700],
		town: [40, 350],
		mountain: [30, 80],
		island: [30, 200],
		default: [40, 600]
	},
	compulsory: { town: [60, 300], mountain: [30, 120], island: [40, 150], default: [60, 400] },
	high: {
		core: [400, 1100],
		city: [300, 1000],
		town: [120, 500],
		mountain: [80, 250],
		island: [80, 300],
		default: [150, 900]
	},
	secondary: { default: [400, 900] },
	special_needs: { island: [30, 80], default: [60, 300] }
};

/** Pupils per ordinary class: 35 is the legal maximum for elementary, 40 for secondary levels. */
const CLASS_SIZE: Record<SchoolType, number> = {
	elementary: 25,
	junior_high: 28,
	compulsory: 25,
	high: 36,
	secondary: 34,
	special_needs: 3.5
};

export interface SchoolSize {
	students: number;
	classes: number;
	teachers: number;
}

export function sizeSchool(rng: Rng, type: SchoolType, profile: Profile): SchoolSize {
	const table = STUDENTS[type];
	const [lo, hi] = table[profile] ?? table.default;
	// Skewed towards the small end: most schools are ordinary, a few are very large.
	const students = Math.round(lo + (hi - lo) * Math.pow(rng.float(), 1.3));
	const ordinary = Math.max(type === 'compulsory' ? 6 : 3, Math.round(students / CLASS_SIZE[type]));
	const special =
		type === 'elementary' || type === 'junior_high' || type === 'compulsory'
			? students < 60
				? rng.int(0, 1)
				: rng.int(1, 3)
			: 0;
	const classes = ordinary + special;
	const perClass = type === 'special_needs' ? 1.8 : type === 'high' || type === 'secondary' ? 1.7 : 1.5;
	const teachers = Math.max(4, Math.round(classes * perClass + 3 + rng.int(-1, 2)));
	return { students, classes, teachers };
}
