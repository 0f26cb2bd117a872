/**
 * Finding a municipality of the built-in reference (reference.ts) by its code or by an address, as
 * public files give them: 国土数値情報 P29 names a school's 政令市の区 (名古屋市中区 23106), which
 * the reference merges into the city (名古屋市 231002); MEXT's 学校コード一覧 gives only the
 * address (「愛知県海部郡蟹江町大字蟹江本町…」). The reference is passed in: the domain loads nothing.
 */
import { normaliseMunicipalityCode } from './codes';
import type { ReferenceIndex, ReferenceMunicipality } from './reference';

export type AddressMatch =
	{ ok: true; municipality: ReferenceMunicipality } | { ok: false; reason: 'not_found' | 'ambiguous' };

/**
 * The form names are compared in: NFKC, no spaces, and the small and large ケ of place names
 * (袖ケ浦市 / 袖ヶ浦, 鶴ヶ島市) and 龍/竜 (龍ケ崎市 / 竜ヶ崎) written one way, as offices write both.
 */
export function placeKey(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/\s+/gu, '')
		.replace(/[ヶヵケ]/gu, 'ケ')
		.replace(/龍/gu, '竜');
}

/** A designated city's number ends in 00 … 50 (川崎市 14130, 浜松市 22130); its wards follow it. */
const WARD = /^\d{2}1\d{2}$/u;

export class MunicipalityLookup {
	readonly #byBody = new Map<string, ReferenceMunicipality>();
	readonly #prefectures: { code: string; key: string }[];
	/** Per prefecture: the names an address may start with (county + name, name), longest first. */
	readonly #names = new Map<string, { key: string; municipality: ReferenceMunicipality }[]>();

	constructor(index: Pick<ReferenceIndex, 'municipalities' | 'prefectures'>) {
		for (const m of index.municipalities) {
			this.#byBody.set(m.code.slice(0, 5), m);
			const names = this.#names.get(m.prefecture) ?? [];
			names.push({ key: placeKey(m.name), municipality: m });
			if (m.county) names.push({ key: placeKey(m.county + m.name), municipality: m });
			this.#names.set(m.prefecture, names);
		}
		for (const names of this.#names.values()) names.sort((a, b) => b.key.length - a.key.length);
		this.#prefectures = index.prefectures.map((p) => ({ code: p.code, key: placeKey(p.name) }));
	}

	/**
	 * The municipality of a 5- or 6-digit code (a 6-digit one must carry its check digit); a ward
	 * of a designated city gives the city: the nearest city code below it in the same hundred.
	 */
	byCode(raw: string): ReferenceMunicipality | null {
		const checked = normaliseMunicipalityCode(raw);
		if (!checked.ok) return null;
		const body = checked.code.slice(0, 5);
		const own = this.#byBody.get(body);
		if (own || !WARD.test(body)) return own ?? null;
		for (let n = Number(body.slice(2)); n >= 100; n--) {
			const city = this.#byBody.get(body.slice(0, 2) + String(n));
			if (city) return city.kind === 'city' ? city : null;
		}
		return null;
	}

	/**
	 * The municipality an address lies in: the prefecture's name if it starts with one (else
	 * `prefecture`, 2 digits, when the file gives it), then the longest municipality name, with or
	 * without its 郡, that the rest starts with. 政令市の区 need nothing more: 「名古屋市中区…」
	 * starts with 名古屋市. Without a prefecture, a name two prefectures share (府中市) is ambiguous.
	 */
	fromAddress(address: string, prefecture?: string): AddressMatch {
		let rest = placeKey(address);
		let within = prefecture && this.#names.has(prefecture) ? prefecture : undefined;
		const named = this.#prefectures.find((p) => rest.startsWith(p.key));
		if (named) {
			within = named.code;
			rest = rest.slice(named.key.length);
		}
		const lists = within ? [this.#names.get(within) ?? []] : [...this.#names.values()];
		const found = new Set<ReferenceMunicipality>();
		for (const names of lists) {
			const hit = names.find((n) => rest.startsWith(n.key));
			if (hit) found.add(hit.municipality);
		}
		if (found.size === 0) return { ok: false, reason: 'not_found' };
		if (found.size > 1) return { ok: false, reason: 'ambiguous' };
		return { ok: true, municipality: [...found][0]! };
	}
}
