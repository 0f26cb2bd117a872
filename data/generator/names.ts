/**
 * Fictional but readable Japanese names: neighbourhood names for schools (two-part compounds such
 * as 松原, 桜台, 緑ヶ丘) and the school name patterns of real Japanese schools. Nothing here is meant to
 * match a real school; the morphemes are everyday place-name parts.
 */
import type { Rng } from './random';

const HEADS = [
	'松',
	'桜',
	'緑',
	'若',
	'高',
	'大',
	'小',
	'中',
	'東',
	'西',
	'南',
	'北',
	'上',
	'下',
	'新',
	'本',
	'宮',
	'城',
	'浜',
	'川',
	'山',
	'野',
	'田',
	'原',
	'岡',
	'森',
	'池',
	'石',
	'岩',
	'竹',
	'梅',
	'花',
	'朝',
	'旭',
	'青',
	'白',
	'清',
	'錦',
	'鶴',
	'亀',
	'泉',
	'吉',
	'福',
	'平',
	'長',
	'春',
	'星',
	'月',
	'柳',
	'杉',
	'菊',
	'藤',
	'榎',
	'楠',
	'桑',
	'稲',
	'麦',
	'栗',
	'柿',
	'汐'
] as const;

const TAILS = [
	'原',
	'田',
	'川',
	'野',
	'山',
	'浜',
	'台',
	'ヶ丘',
	'谷',
	'崎',
	'尾',
	'園',
	'里',
	'沢',
	'瀬',
	'浦',
	'井',
	'見',
	'坂',
	'江',
	'津',
	'岡',
	'森',
	'之原',
	'木',
	'丘',
	'町',
	'島',
	'平',
	'口'
] as const;

/** Compounds that read as a prefecture or a well-known city: confusing in a dataset about prefectures. */
const EXCLUDED = new Set([
	'福岡',
	'福島',
	'岡山',
	'宮崎',
	'長崎',
	'山口',
	'石川',
	'福井',
	'長野',
	'青森',
	'川崎',
	'松山',
	'高岡',
	'岡崎',
	'宮島'
]);

/** Doubled parts (原原) and near-doubles (岡丘) are not names. */
function isPlausible(head: string, tail: string): boolean {
	return head !== tail && !(head === '岡' && tail === '丘') && !EXCLUDED.has(head + tail);
}

/** Draws place names unique within one municipality. */
export class AreaNames {
	private readonly used = new Set<string>();

	constructor(private readonly rng: Rng) {}

	reserve(name: string): void {
		this.used.add(name);
	}

	next(): string {
		for (let attempt = 0; attempt < 1000; attempt++) {
			const head = this.rng.pick(HEADS);
			const tail = this.rng.pick(TAILS);
			const name = head + tail;
			if (!isPlausible(head, tail) || this.used.has(name)) continue;
			this.used.add(name);
			return name;
		}
		throw new Error('ran out of area names');
	}
}

const KANJI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 12 → 十二 (enough for 第一…第十九). */
export function kanjiNumber(n: number): string {
	if (n < 1 || n > 99) throw new RangeError(`kanjiNumber: ${n}`);
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return (tens === 0 ? '' : tens === 1 ? '十' : KANJI_DIGITS[tens]! + '十') + (ones === 0 ? '' : KANJI_DIGITS[ones]!);
}

/** 汐見市 → 汐見, 西汐島町 → 西汐島: the name prefectural schools take from their place. */
export function shortPlaceName(municipalityName: string): string {
	return municipalityName.replace(/[市町村]$/, '');
}

/** Suffixes of prefectural high-school names, in the order a place typically acquires them. */
export const HIGH_SCHOOL_SUFFIXES = [
	'',
	'中央',
	'東',
	'西',
	'南',
	'北',
	'工業',
	'商業',
	'農業',
	'総合',
	'情報',
	'国際',
	'第一',
	'第二',
	'水産',
	'城南',
	'海洋'
] as const;
export const SPECIAL_NEEDS_SUFFIXES = ['', '東', '西', '南', '北', '中央', '若葉', 'みどり'] as const;
