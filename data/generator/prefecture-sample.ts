/**
 * 汐見県 (Shiomi Prefecture): a fictional prefecture laid over the real land of southern Kyushu
 * (the Kagoshima area) and three islands reached by ferry. The names are invented; the code range
 * 46901–46999 is unused by real municipalities, so nothing here can be mistaken for a real body.
 * Centres are town centres on land (checked when the sample is built).
 */
import type { LatLon } from './geography';
import type { StaffPolicy } from './staffing';
import type { Profile } from './types';

export const SAMPLE_FISCAL_YEAR = 2025;
export const DEFAULT_SEED = 20250401;

export const SAMPLE_PREFECTURE = {
	code: '46',
	name_ja: '汐見県',
	name_en: 'Shiomi Prefecture',
	/** 県庁 and the prefecture's staff base. */
	office: { lat: 31.56, lon: 130.54 }
} as const;

/** Prefecture-wide staffing: the whole near the national 4.5 schools per staff. */
export const SAMPLE_SCHOOLS_PER_STAFF = 4.5;
/** The prefecture employs its own staff for its high and special-needs schools at about this ratio. */
export const PREFECTURE_SCHOOLS_PER_STAFF = 4.4;

/** The region the land mask covers: Kyushu south of Kumamoto, Koshikijima, Yakushima, Tanegashima. */
export const SAMPLE_REGION = { latMin: 29.8, latMax: 32.6, lonMin: 129.4, lonMax: 131.6 } as const;

export interface FerryRoute {
	/**
	 * The mainland departure port: staff of the prefecture (and of mainland municipalities) start
	 * there, so travel = road to this port + wait + crossing. Snapped to the nearest land point.
	 */
	port: LatLon;
	crossingMinutes: readonly [number, number];
	waitMinutes: readonly [number, number];
}

export interface MunicipalityDef {
	/** 901–999: the 3-digit municipality number (the code adds 46 before and a check digit after). */
	number: number;
	name: string;
	kind: 'city' | 'town' | 'village';
	profile: Profile;
	/** Office (役所・役場) and the centre its schools scatter around. */
	centre: LatLon;
	radiusKm: number;
	/** Schools the municipality runs (elementary, junior high, compulsory and its own high schools). */
	schools: readonly [number, number];
	compulsory?: number;
	municipalHigh?: number;
	staffing: StaffPolicy;
	/** Lowest schools-per-staff drawn for a 'dense' municipality (default 2.8). */
	denseLow?: number;
	/** Prefectural schools standing in the municipality. */
	prefHigh?: number;
	prefSpecialNeeds?: number;
	ferry?: FerryRoute;
}

const KUSHIKINO_PORT: LatLon = { lat: 31.72, lon: 130.265 };
const SHIOMI_PORT: LatLon = { lat: 31.588, lon: 130.565 };

/**
 * 25 municipalities: 1 core city, 6 cities, 11 towns, 4 mountain villages, 3 island towns.
 * Staffing: 8 deploy none (32%), 12 are at 1 per 4 or better, 5 are worse (national shape:
 * about 30% none, about half at 1 per 4).
 */
export const MUNICIPALITIES: readonly MunicipalityDef[] = [
	{
		number: 901,
		name: '汐見市',
		kind: 'city',
		profile: 'core',
		centre: { lat: 31.58, lon: 130.5 },
		radiusKm: 9,
		schools: [78, 84],
		municipalHigh: 2,
		staffing: 'dense',
		denseLow: 3.7,
		prefHigh: 13,
		prefSpecialNeeds: 3
	},
	{
		number: 902,
		name: '南浜市',
		kind: 'city',
		profile: 'city',
		centre: { lat: 31.42, lon: 130.34 },
		radiusKm: 8,
		schools: [20, 28],
		staffing: 'dense',
		prefHigh: 3,
		prefSpecialNeeds: 1
	},
	{
		number: 903,
		name: '霧原市',
		kind: 'city',
		profile: 'city',
		centre: { lat: 31.75, lon: 130.76 },
		radiusKm: 9,
		schools: [24, 32],
		staffing: 'sparse',
		prefHigh: 3,
		prefSpecialNeeds: 1
	},
	{
		number: 904,
		name: '朝凪市',
		kind: 'city',
		profile: 'city',
		centre: { lat: 31.82, lon: 130.32 },
		radiusKm: 9,
		schools: [25, 33],
		staffing: 'dense',
		prefHigh: 3,
		prefSpecialNeeds: 1
	},
	{
		number: 905,
		name: '白砂市',
		kind: 'city',
		profile: 'city',
		centre: { lat: 31.4, lon: 130.87 },
		radiusKm: 9,
		schools: [24, 32],
		staffing: 'sparse',
		prefHigh: 3,
		prefSpecialNeeds: 1
	},
	{
		number: 906,
		name: '湯之原市',
		kind: 'city',
		profile: 'city',
		centre: { lat: 31.26, lon: 130.6 },
		radiusKm: 7,
		schools: [15, 20],
		staffing: 'dense',
		prefHigh: 3
	},
	{
		number: 907,
		name: '千浜市',
		kind: 'city',
		profile: 'city',
		centre: { lat: 32.07, lon: 130.38 },
		radiusKm: 8,
		schools: [18, 24],
		staffing: 'sparse',
		prefHigh: 3,
		prefSpecialNeeds: 1
	},
	{
		number: 921,
		name: '鶴浜町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 32.02, lon: 130.26 },
		radiusKm: 6,
		schools: [8, 11],
		staffing: 'dense',
		prefHigh: 1
	},
	{
		number: 922,
		name: '椿台町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.63, lon: 130.4 },
		radiusKm: 6,
		schools: [8, 12],
		staffing: 'dense'
	},
	{
		number: 923,
		name: '浜風町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.28, lon: 130.32 },
		radiusKm: 6,
		schools: [6, 9],
		staffing: 'none'
	},
	{
		number: 924,
		name: '小鷺町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 32.05, lon: 130.62 },
		radiusKm: 7,
		schools: [8, 11],
		staffing: 'sparse',
		prefHigh: 1
	},
	{
		number: 925,
		name: '夕凪町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.5, lon: 130.76 },
		radiusKm: 6,
		schools: [6, 9],
		staffing: 'dense',
		prefHigh: 1
	},
	{
		number: 926,
		name: '花房町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.5, lon: 131.08 },
		radiusKm: 6,
		schools: [7, 10],
		staffing: 'none',
		prefHigh: 1
	},
	{
		number: 927,
		name: '青松町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.33, lon: 130.95 },
		radiusKm: 6,
		schools: [6, 9],
		compulsory: 1,
		staffing: 'dense',
		prefHigh: 1
	},
	{
		number: 928,
		name: '野間原町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.2, lon: 130.82 },
		radiusKm: 5,
		schools: [5, 7],
		compulsory: 1,
		staffing: 'none'
	},
	{
		number: 929,
		name: '東雲町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.64, lon: 131.0 },
		radiusKm: 7,
		schools: [9, 12],
		staffing: 'sparse',
		prefHigh: 1
	},
	{
		number: 930,
		name: '千鳥町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.9, lon: 130.45 },
		radiusKm: 6,
		schools: [6, 9],
		compulsory: 1,
		staffing: 'dense'
	},
	{
		number: 931,
		name: '菜摘町',
		kind: 'town',
		profile: 'town',
		centre: { lat: 31.72, lon: 130.62 },
		radiusKm: 5,
		schools: [5, 8],
		staffing: 'none'
	},
	{
		number: 961,
		name: '杉ノ谷村',
		kind: 'village',
		profile: 'mountain',
		centre: { lat: 31.98, lon: 130.75 },
		radiusKm: 4,
		schools: [2, 4],
		compulsory: 1,
		staffing: 'none'
	},
	{
		number: 962,
		name: '奥霧村',
		kind: 'village',
		profile: 'mountain',
		centre: { lat: 31.88, lon: 130.86 },
		radiusKm: 4,
		schools: [3, 4],
		staffing: 'dense'
	},
	{
		number: 963,
		name: '森ノ尾村',
		kind: 'village',
		profile: 'mountain',
		centre: { lat: 31.25, lon: 130.95 },
		radiusKm: 4,
		schools: [2, 3],
		staffing: 'none'
	},
	{
		number: 964,
		name: '鹿ノ原村',
		kind: 'village',
		profile: 'mountain',
		centre: { lat: 31.45, lon: 130.46 },
		radiusKm: 4,
		schools: [2, 4],
		staffing: 'none'
	},
	// Island towns: Koshikijima (from Kushikino), Yakushima and Tanegashima (from the city port).
	{
		number: 981,
		name: '西汐島町',
		kind: 'town',
		profile: 'island',
		centre: { lat: 31.7, lon: 129.73 },
		radiusKm: 6,
		schools: [4, 6],
		compulsory: 1,
		staffing: 'none',
		prefHigh: 1,
		ferry: { port: KUSHIKINO_PORT, crossingMinutes: [70, 90], waitMinutes: [20, 60] }
	},
	{
		number: 982,
		name: '緑ヶ島町',
		kind: 'town',
		profile: 'island',
		centre: { lat: 30.36, lon: 130.52 },
		radiusKm: 11,
		schools: [6, 8],
		staffing: 'dense',
		prefHigh: 1,
		ferry: { port: SHIOMI_PORT, crossingMinutes: [110, 150], waitMinutes: [20, 60] }
	},
	{
		number: 983,
		name: '長磯島町',
		kind: 'town',
		profile: 'island',
		centre: { lat: 30.7, lon: 130.99 },
		radiusKm: 10,
		schools: [5, 8],
		staffing: 'dense',
		prefHigh: 1,
		ferry: { port: SHIOMI_PORT, crossingMinutes: [90, 100], waitMinutes: [20, 60] }
	}
];
