/** Japanese messages (default). The English file must have exactly the same shape. */
import type { IssueRule } from '$lib/domain/issues';
import type { TableName } from '$lib/domain/tables';
import type { GapEffect } from '$lib/domain/data-gaps';
import { BUDGET_YEAR_MAX, BUDGET_YEAR_MIN, ORGANISATION_MAX_CHARS } from '$lib/domain/report-notes';

export const ja = {
	lang: '日本語',
	app: {
		name: 'Haichi',
		tagline: 'ICT支援員 配置計画',
		skipToContent: '本文へ移動',
		nav: {
			label: '主要ナビゲーション',
			overview: '概要',
			compare: '市町村比較',
			scenarios: 'シナリオ比較',
			schedule: '巡回スケジュール',
			report: '予算資料',
			data: 'データ'
		},
		language: '表示言語',
		footer: 'データはこのブラウザの中だけで処理され、外部に送信されません。'
	},
	status: {
		starting: 'データベース（DuckDB）を起動しています…',
		loading: 'データを読み込んでいます…',
		reload: 'ページを再読み込み',
		restoreSample: 'サンプルデータを読み込み直す',
		details: '技術的な詳細',
		precomputed:
			'表示中の数値は、同じサンプルファイルから事前に計算したものです。データベースの起動後、このブラウザ内で計算し直した結果に置き換わります。',
		keptShown:
			'表示中の数値は、このブラウザが前回、同じデータ（ファイルの内容と年度が一致）から計算して保存したものです。データベースの起動後、計算し直した結果に置き換わります。'
	},
	failure: {
		title: 'データを表示できません',
		unsupported_browser:
			'このブラウザは WebAssembly の例外処理に対応していないため、Haichi を動かせません。最新の Chrome、Edge、Firefox、Safari をお使いください。',
		engine: 'ブラウザ内のデータベースを起動できませんでした。ページを再読み込みしてください。',
		fetch: (file: string, status: number) =>
			`サンプルファイル「${file}」を取得できませんでした${status ? `（HTTP ${status}）` : ''}。ネットワーク接続とサーバーを確認してください。`,
		invalid_data: (count: number) =>
			`データの検証で ${count.toLocaleString('ja-JP')} 件の問題が見つかったため、読み込みを取り消しました。`,
		unexpected: '予期しないエラーが発生しました。サンプルデータを読み込み直すか、ページを再読み込みしてください。',
		keptEarlier: 'それまでに読み込まれていたデータはそのまま使えます。',
		issuesShown: (shown: number, total: number) => `最初の ${shown} 件を表示（全 ${total.toLocaleString('ja-JP')} 件）`
	},
	keeping: {
		saving: '保存中…',
		savingHint: 'このブラウザへの保存が終わるまで、ページを閉じたり再読み込みしたりしないでください。',
		failed: {
			quota: 'このブラウザに保存できませんでした（ディスクまたはこのサイトの保存容量が足りません）。',
			blocked: 'このブラウザに保存できませんでした（保存が許可されていないか、プライベートモードの可能性があります）。'
		},
		notKeptData:
			'今のデータはこのまま使えますが、このブラウザには保存されていません。ページを再読み込みしたり閉じたりすると、最後に保存できた状態に戻ります。作業データのファイルに書き出して保管してください。',
		notKeptDocument: (what: string) =>
			`${what}の最近の変更は、このブラウザに保存されていません。ページを再読み込みしたり閉じたりすると失われます。作業データのファイルに書き出して保管してください。`,
		document: {
			'scenario-book': 'シナリオ',
			'schedule-settings': 'スケジュールの設定',
			'last-schedule': '最後に作った週間スケジュール',
			'report-notes': '予算資料の年度・作成者・説明文・決裁欄'
		} as Record<string, string>,
		export: '作業データを書き出す',
		retry: 'もう一度保存する',
		otherTab: '別のタブで保存されたデータの変更を読み込みました。',
		otherTabDocument: (what: string) => `別のタブで保存された${what}の変更を読み込みました。`,
		dismiss: '閉じる',
		stored: {
			text: 'このブラウザに保存された作業データを表示できないため、サンプル（架空）のデータを表示しています。保存された作業データは消していません。新しくデータを読み込むと、保存された作業データは置き換わります。',
			unreadable: '保存された作業データは壊れているか別の版の形式のため、ファイルに書き出すこともできません。',
			export: '保存された作業データをファイルに書き出す',
			retry: 'もう一度読み込む',
			discard: '保存された作業データを消してサンプルで始める'
		}
	},
	issue: {
		file: 'ファイル',
		line: '行',
		column: '列',
		value: '値',
		problem: '内容',
		rule: {
			required: () => '必須の値が空です',
			enum: (expected: string) => `次のいずれかが必要です: ${expected}`,
			range: (expected: string) => `範囲 ${expected} の数値が必要です`,
			duplicate: () => 'この値は既に別の行にあります（重複）',
			reference: (expected: string) => `参照先（${expected}）に存在しないコードです`,
			check_digit: () => 'チェックディジットが正しくありません',
			type: (expected: string) =>
				({
					integer: '整数が必要です',
					number: '数値が必要です',
					'text code': 'コードが数値に変換されています（Excel の表示形式を「文字列」にして保存し直してください）',
					'municipality code': '団体コード（5桁または6桁）が必要です',
					'date or date-time': '日付または日時（例: 2025-04-01 09:30）が必要です',
					date: '日付（例: 2025-04-01）が必要です'
				})[expected] ?? 'ファイルを読み取れません',
			file: (expected: string) =>
				({
					empty: 'ファイルが空です',
					binary: 'CSV ではありません（Excel・PDF・画像などの形式のままの可能性があります）',
					encoding: '文字コードを判別できません（UTF-8 か Shift_JIS で保存してください）',
					mixed_encoding:
						'この行から文字コードが変わっています（UTF-8 と Shift_JIS が混ざっています）。どちらか一方で保存し直してください',
					nul: 'NUL 文字（0x00）が含まれています。テキストの CSV として保存し直してください',
					no_header: '見出し行がありません',
					truncated: 'ファイルが途中で切れています（閉じていない " があります）',
					too_many_columns: '列が多すぎます（読めるのは 1 万列まで）。読み込む列だけを残したファイルにしてください',
					xlsx: 'Excel ファイルを読み取れません（壊れているか、.xlsx 形式ではありません）',
					parquet: 'Parquet ファイルを読み取れません（壊れているか、対応していない圧縮形式です）'
				})[expected] ?? 'ファイルに問題があります',
			field_count: (expected: string) => `項目の数が見出し行（${expected} 列）と一致しません`,
			missing_column: (expected: string) => `必須の列がありません（見出し: ${expected}）`,
			order: (expected: string) => `受付日時（${expected}）より前の日時です`,
			code_type: (expected: string) => `学校コードの学校種（先頭 ${expected}）と一致しません`,
			duplicate_column: (expected: string) =>
				`同じ列（${expected}）を表す見出しが複数あります。どの列の値を使うか判断できないため読み込みません。確認画面で一方を「（取り込まない）」にしてください`,
			unknown_column: () => '認識できない列のため読み込みません',
			zero_value: () => '値が 0 です。正しいか確認してください',
			unknown_table: () => '列見出しから表の種類（学校・支援員・支援依頼など）を判別できません',
			same_table_twice: () => '同じ種類の表のファイルが複数あります。1つにまとめてください',
			no_rows: () => 'データ行がありません。読み込むとこの表は空になります',
			formula: (sheet: string) =>
				`数式のセルに計算結果が保存されていません（シート「${sheet}」）。Excel で開いて保存し直すか、値として貼り付けてから読み込んでください`,
			nested_column: () =>
				'リストや入れ子の値（LIST・STRUCT）の列です。表のセルには入らないので、1 つの値の列にして書き出してください',
			public_feature: () =>
				'この学校は読み込みません（行政区域コードが組み込みの市区町村一覧にない、位置がない、または学校コードがないかチェックディジットが合いません）。GeoJSON では「行」は地物の番号です',
			address: (expected: string): string =>
				expected === 'ambiguous'
					? '所在地から市区町村を1つに決められません（同じ名前の市区町村が複数あります）。都道府県名から書いてください'
					: '所在地が組み込みの市区町村一覧のどの市区町村にも当たりません。都道府県名と市区町村名から書いてください',
			located_at_municipality: () =>
				'位置（緯度・経度）が分からないため、市区町村の代表点に置きました。P29 の学校データを先に読み込むと学校コードで位置が入ります'
		} satisfies Record<IssueRule, (expected: string) => string>
	},
	sample: {
		badge: '架空データ',
		notice: (prefecture: string) =>
			`表示中のデータは、架空の「${prefecture}」のサンプルです。自治体・学校・支援員はすべて架空で、実在のものとは関係ありません。`
	},
	start: {
		title: '自分の都道府県・市区町村から始める',
		lead: '都道府県を選ぶと、その市区町村の一覧・境界・学校数（公開データ）が入ります。入力するのは支援員の人数だけです。',
		prefecture: '都道府県',
		choosePrefecture: '選んでください',
		municipality: '自分の市区町村（任意）',
		wholePrefecture: '都道府県全体（教育委員会として）',
		preview: (municipalities: string, schools: string) =>
			`市区町村 ${municipalities}、学校 ${schools} 校（小・中・義務教育・高等学校、国公私立計）`,
		start: 'この都道府県で始める',
		starting: '読み込み中…',
		replaces: '今のデータ（読み込んだファイル）は置き換わります。先にワークスペースを保存しておけます。',
		confirmReplace: '今のデータを置き換えて、選んだ都道府県で始めますか？',
		failed: '組み込みデータを読み込めませんでした。ページを再読み込みしてください。',
		refused: '読み込めませんでした。データ画面に理由があります。',
		sources:
			'出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成（CC BY 4.0）、独立行政法人統計センター SSDSE-A-2025（学校基本調査 2023年）'
	},
	dataNotes: {
		mixedBadge: '一部架空',
		mixedTitle: '架空のサンプルを含むデータです',
		mixedTable: (name: string, fictional: string, total: string) =>
			`${name}: ${total} 件中 ${fictional} 件が架空のサンプル`,
		mixedMeaning:
			'これらの表を使う合計・比較・順位には、架空の自治体・学校・支援員が入っています。データ画面でこれらの表を置き換えるか空にすると、なくなります。',
		separator: '、',
		gapsTitle: 'このデータにない表と、その扱い',
		toData: 'データ画面へ',
		gap: (name: string, effect: string) => `${name}がありません: ${effect}`,
		effect: {
			noStaff: '支援員が0人のため、どの設置者も未配置です。スケジュールは作れません。',
			requestsEmpty: '月別の支援依頼件数のグラフと、表の「支援依頼件数」は空（0件）です。',
			demandFromPupils:
				'支援依頼の数は、児童生徒数 × 1人あたりの率（前提・変更可）と季節の繁閑から見積もっています。応答時間などは、この見積もりによる値です。',
			indicatorsBlank:
				'3か年計画の他の指標（ネットワーク、端末、大型提示装置、ヘルプデスクなど）は、値がないため示せません。',
			helpDeskNone: '現状のヘルプデスクの有無はデータにないため、共通の前提（既定: なし）で計算しています。',
			travelFromDistance:
				'移動時間は、直線距離 × 迂回率 ÷ 速度 + 停車時間で見積もっています（巡回スケジュールの前提・変更可）。',
			staffApportioned: '学校種で絞り込むと、支援員は設置者の学校の学校種の割合で按分します。',
			schoolsNeeded:
				'週間スケジュールとシナリオには、学校ごとの位置（緯度・経度）が要ります。学校数だけでは作れません。データ画面で学校の一覧（国土数値情報 P29 など）を読み込んでください。',
			staffListNeeded:
				'週間スケジュールには、支援員ごとの勤務日数と拠点が要ります。人数だけでは作れません。データ画面で支援員の一覧（1人1行）を読み込んでください。'
		} satisfies Record<GapEffect, string>
	},
	source: {
		label: '出典',
		dataset: (name: string, fy: string) => `${name}（${fy}）`,
		sampleName: (prefecture: string) => `サンプルデータ（架空の${prefecture}）`,
		importedName: '読み込んだデータ',
		importedMixedName: '読み込んだデータ（一部は架空のサンプル）',
		schoolCounts: (source: string, fy: string, all: boolean, employers: string) =>
			`学校数: ${source.replace(/^出典[：:]\s*/, '')}（${fy}${all ? '、国公私立計' : ''}、${employers} 設置者）`,
		staffCounts: (fy: string, employers: string) => `支援員数: 入力・読み込んだ人数（${fy}、${employers} 設置者）`,
		plan: '学校のICT環境整備3か年計画（2025〜2027年度）',
		national: (fy: string) => `文部科学省「ICT支援員の適正配置を」（令和7年3月）、${fy}末時点`,
		formula: '計算式',
		assumption: '前提（変更可）'
	},
	overview: {
		title: '配置の概況',
		trend: {
			title: '支援員数の推移と計画の目標',
			year: '年度',
			change: '前年度からの増減',
			toTarget: (fy: string, needed: string, short: string, perYear: string) =>
				`${fy}（計画の最終年度）に目標の ${needed} 人とするには、あと ${short} 人（1年あたり ${perYear} 人）の増員が必要です。`,
			met: (fy: string, needed: string) => `目標の ${needed} 人に達しています（${fy}が計画の最終年度）。`,
			oneYear: '前の年度の人数を入力または読み込むと、増減を示します（支援員数の表は年度ごとに持てます）。',
			likeForLike: (compared: string, of: string) =>
				`前年度からの増減は、両年度の人数がある ${compared} 設置者（全 ${of} 設置者のうち）で比べています。前年度の人数がない設置者は含めていません。`
		},
		lead: '読み込んだデータの ICT支援員の配置を、3か年計画の目標（4校に1人）と全国の状況に照らして示します。',
		figures: '主な数値',
		schools: '学校数',
		staff: 'ICT支援員数',
		staffUnit: '人',
		schoolUnit: '校',
		fte: '常勤換算',
		fteFormula: '勤務日数の合計 ÷ 5',
		schoolsPerStaff: '支援員1人あたり学校数',
		schoolsPerStaffFormula: '学校数 ÷ 支援員数（人数）',
		perStaffUnit: '校/人',
		target: '目標',
		national: '全国',
		nationalValue: (ratio: string, staff: string) => `約${ratio}校（${staff}人）`,
		staffNeeded: '目標達成に必要な人数',
		staffNeededFormula: '⌈学校数 ÷ 4⌉',
		gap: '不足人数',
		gapFormula: '必要人数 − 現在の人数',
		surplus: (n: string) => `${n}人の余裕`,
		shortfallByEmployer: (n: string) => `設置者ごとの不足の合計: ${n}人`,
		municipalitiesWithoutStaff: '支援員を配置していない市町村',
		municipalitiesAtTarget: '4校に1人以上を達成した市町村',
		ofMunicipalities: (n: string, total: string) => `${total}市町村中 ${n}`,
		nationalShare: (share: string) => `全国: 約${share}`,
		noStaff: '未配置',
		table: {
			title: '設置者別の配置状況',
			caption: '市町村と県（県立学校の設置者）ごとの学校数と支援員数。列見出しを押すと並べ替えます。',
			code: '団体コード',
			name: '名称',
			kind: '区分',
			schools: '学校数',
			staff: '支援員数',
			fte: '常勤換算',
			ratio: '1人あたり学校数',
			needed: '必要人数',
			gap: '不足',
			requests: '支援依頼件数',
			sortAscending: '昇順',
			sortDescending: '降順'
		},
		export: {
			button: 'この表をCSVでダウンロード',
			note: 'UTF-8（BOM付き）。Excel でそのまま開けます。',
			headers: {
				fiscalYear: '年度（西暦）',
				code: '団体コード',
				name: '名称',
				kind: '区分',
				schools: '学校数（校）',
				staff: '支援員数（人）',
				fte: '常勤換算（人）',
				ratio: '支援員1人あたり学校数（校/人）',
				needed: '目標達成に必要な人数（人）',
				gap: '不足人数（人）',
				requests: '支援依頼件数（件）'
			}
		},
		charts: {
			ranking: '支援員1人あたり学校数（設置者別）',
			rankingNote:
				'短いほど手厚い配置。赤線: 目標（4校）、灰線: 全国（4.5校）。支援員のいない設置者は下にまとめて「未配置」と表示。',
			requests: '月別の支援依頼件数（区分別）',
			requestsNote:
				'学校からの支援依頼の受付件数。4月（アカウント・新端末）と3月（卒業生端末の初期化・更新）に山があります。',
			requestsUnit: '件',
			notDeployed: '未配置'
		}
	},
	field: {
		outOfRange: (min: string, max: string) => `${min}〜${max} の数値を入れてください。`,
		notKept: 'この値は使われていません。'
	},
	charts: {
		save: '保存:',
		saveAs: (title: string, format: string) => `「${title}」を ${format} で保存`,
		exportGroup: (title: string) => `「${title}」の保存`,
		exportFailed: '図を書き出せませんでした。もう一度お試しください。',
		simulated: (runs: number, seed: number) =>
			`シミュレーションによる値: 1年分の支援依頼を ${runs} 回シミュレーションした、各回の値の中央値（乱数の種 ${seed}）。`,
		references: (plan: string, national: string) =>
			`目標の線（4校に1人）: ${plan}。全国の線（約4.5校に1人）: ${national}。`,
		headers: {
			fiscalYear: '年度（西暦）',
			name: '名称',
			ratio: '支援員1人あたり学校数（校/人）',
			schools: '学校数（校）',
			staff: '支援員数（人）',
			year: '年',
			month: '月',
			category: '区分',
			requests: '支援依頼件数（件）'
		}
	},
	indicators: {
		title: '3か年計画の指標（達成状況）',
		caption:
			'設置者（市町村と県）ごとに報告された値を目標と比べた結果。平均達成率は各設置者の達成率（上限100%）の平均です。',
		indicator: '指標',
		target: '目標',
		atTarget: '目標を満たす設置者',
		mean: '平均達成率',
		ofScopes: (n: string, total: string) => `${total}中 ${n}`,
		name: {
			wireless_lan: '校内無線LAN',
			recommended_bandwidth: '当面の推奨帯域を満たすネットワーク',
			teacher_devices: '指導者用端末',
			work_displays: '業務用ディスプレイ',
			admin_system: '次世代校務支援システム等',
			large_displays: '大型提示装置（電子黒板等）',
			document_cameras: '実物投影機',
			helpdesk: 'ヘルプデスク',
			hs_spare_devices: '高校の予備機等'
		},
		targetText: {
			wireless_lan: '全校（100%）',
			recommended_bandwidth: '全校（100%）',
			teacher_devices: '教員1人1台',
			work_displays: '教員1人1台',
			admin_system: '全校（100%）',
			large_displays: '普通教室数＋特別教室用6台/校',
			document_cameras: '大型提示装置と同数（小・特支）',
			helpdesk: '設置（共同設置も可）',
			hs_spare_devices: '生徒数の約3分の1'
		}
	},
	data: {
		title: 'データ',
		lead: '自分の市区町村のデータ（学校、支援員、支援依頼の記録など）を CSV、Excel（.xlsx）または Parquet で読み込みます。列見出しから表の種類を判別し、日本語の見出しにも対応します。文字コードは UTF-8（BOM 有無とも）と Shift_JIS（Excel で保存した CSV）を自動判別します。',
		pick: 'CSV・Excel・Parquet ファイルを選ぶ（複数可）',
		drop: 'またはここにファイルをドロップ',
		notReady: 'データベースの準備ができると読み込めます。',
		importing: '読み込み中…',
		reviewTitle: '取り込む前の確認',
		reviewLead:
			'表の種類、文字コード、列の対応を確かめてから「取り込む」を押してください。各ファイルの先頭の数行を表示しています。',
		fileFacts: (size: string, format: string) => `${size}・${format}`,
		chooseTable: '表の種類',
		tableNotChosen: '選んでください',
		encodingAuto: (detected: string) => `自動判別（${detected}）`,
		sheet: 'シート',
		mode: '取り込み方',
		modeReplace: '置き換える',
		modeAppend: '今のデータに追加する',
		mappingCaption: (rows: number) => `列の対応と先頭 ${rows} 行。各列の下の選択で、取り込む列を直せます。`,
		duplicates: {
			found: (file: string, table: string, n: string, rows: string) =>
				`「${file}」の ${rows} 行のうち ${n} 行は、今の「${table}」にまったく同じ行があります（同じファイルをもう一度追加しようとしているのかもしれません）。`,
			question: '同じ行をどうしますか。',
			skip: '同じ行を除いて追加する',
			keep: 'すべてそのまま追加する',
			cancel: 'やめる（何も読み込まない）'
		},
		columnsNotShown: (shown: string, total: string) =>
			`このファイルは ${total} 列あります。はじめの ${shown} 列だけを表示しています（ほかの列は見出しで対応づけます）。`,
		header: 'ファイルの見出し',
		notImported: '（取り込まない）',
		required: '必須',
		mapsTo: (header: string) => `見出し「${header}」を取り込む列`,
		missingRequired: (columns: string) => `必須の列が対応していません: ${columns}`,
		duplicateHeaders: (column: string, headers: string) =>
			`${headers} はどれも「${column}」の見出しです。どれの値を使うか判断できないため、使わない方を「（取り込まない）」にしてください。`,
		noRows: 'データ行がありません（見出しだけのファイル）。',
		unreadable: 'このファイルは読めません。',
		removeFile: '外す',
		removeLabel: (name: string) => `「${name}」を一覧から外す`,
		run: '取り込む',
		clear: 'すべて取りやめる',
		inspecting: 'ファイルを調べています…',
		reading: 'ファイルを読み、1行ずつ検査しています',
		loadingDb: 'データベースに入れ、表どうしの関係を検査しています…',
		cancel: '中止',
		cancelled: '取り込みを中止しました。データは変わっていません。',
		workerFailed: '読み込みの処理が止まりました。データは変わっていません。',
		tableNotRecognised: '見出しから表の種類を判別できませんでした。「表の種類」を選んでください。',
		previewCaption: (rows: number) => `先頭 ${rows} 行`,
		notReadyToRun: '読めないファイルを外し、すべてのファイルで表の種類と必須の列の対応を決めると取り込めます。',
		exportFailed: 'ファイルを書き出せませんでした。データは変わっていません。',
		resultTitle: '読み込みの結果',
		loaded: '読み込みました。概要の数値に反映されています。',
		rejected: '問題が見つかったため、何も変更していません。読み込み済みのデータはそのままです。',
		sampleConflict: {
			text: (tables: string) =>
				`問題はすべて、あなたが読み込んでいないサンプル（架空）の表にあります: ${tables}。これらの表は、置き換える表にない学校や支援員を指しています。サンプルのこれらの表を空にして、あなたのファイルを読み込めます（あとで「サンプルに戻す」で元に戻せます）。`,
			table: (name: string, file: string, rows: string, errors: string) =>
				`${name}（${file}、${rows} 行、問題 ${errors} 件）`,
			fictional: (name: string, file: string, rows: string) => `${name}（${file}、${rows} 行、架空の自治体の値）`,
			drop: 'サンプルのこれらの表を空にして読み込む'
		},
		file: 'ファイル',
		table: '表',
		encoding: '文字コード',
		rows: '行数',
		status: '状態',
		ok: 'OK',
		hasErrors: 'エラーあり',
		unknown: '判別できません',
		loadedTitle: '読み込み済みのデータ',
		fiscalYear: 'データの年度',
		fiscalYearFound:
			'支援依頼の記録の日付から（記録がなければ読み込んだ日の年度）。どの画面・資料もこの年度で表示します。',
		fiscalYearSet: 'あなたが設定した年度です。どの画面・資料もこの年度で表示します。',
		loadedCaption: '表ごとの元ファイルと行数。CSV（UTF-8・BOM付き）または Excel 形式で保存できます。',
		origin: '由来',
		originSample: 'サンプル（架空）',
		originImport: '読み込み',
		loadedAt: '読み込み日時',
		export: '保存',
		exportLabel: (table: string, format: string) => `「${table}」を ${format} で保存`,
		restore: 'サンプルデータに戻す',
		restoreAsk:
			'読み込んだあなたのデータを外して、架空のサンプルに戻します。このブラウザに保存したあなたのデータも消えますが、すぐ後なら元に戻せます。戻しますか？',
		restoreCancel: 'やめる',
		restored: 'サンプルデータに戻しました。',
		undoRestore: '元に戻す（あなたのデータを読み込み直す）',
		revert: '元に戻す',
		revertLabel: (table: string) => `「${table}」を読み込み前（サンプル）に戻す`,
		workspaceTitle: '作業データのファイル',
		workspaceLead: '読み込んだデータを1つのファイルに書き出し、別のパソコンやブラウザで読み込めます。',
		workspaceExport: '作業データを書き出す',
		workspaceImport: '作業データを読み込む',
		workspaceFile: {
			checking: (file: string) => `作業データ「${file}」の表を1行ずつ検査しています…`,
			loaded: (file: string) => `作業データ「${file}」を読み込みました。`,
			corrected:
				'ファイルに書かれていた表の由来（サンプルか、読み込んだデータか）は中身と合わないため、中身から判定し直しました。',
			unchanged: '何も読み込んでいません。今のデータはそのままです。',
			refused: {
				not_json: (file: string) => `「${file}」は JSON 形式ではないため、作業データとして読み込めません。`,
				not_workspace: (file: string) =>
					`「${file}」は Haichi の作業データのファイルではありません。「作業データを書き出す」で保存したファイルを選んでください。`,
				version: (file: string, value: string) =>
					`「${file}」は、この Haichi が対応していない版（${value}）の作業データです。`,
				incomplete: (file: string) =>
					`「${file}」には作業データに必要な項目（データの説明、都道府県、表の一覧）が欠けているか壊れています。`,
				fiscal_year: (file: string, value: string) =>
					`「${file}」のデータの年度「${value}」は 1900〜2200 の整数ではありません。`,
				table_entry: (file: string) => `「${file}」の表の一つが壊れています（表の種類、名前または内容がありません）。`,
				schedule: (file: string) => `「${file}」のスケジュールの設定が壊れています。`,
				scenarios: (file: string) => `「${file}」のシナリオが壊れています。`,
				report: (file: string) => `「${file}」の予算資料の説明文と決裁欄が壊れています。`,
				report_year: (file: string, value: string) =>
					`「${file}」の予算資料の「予算の年度（西暦）」の値「${value}」は ${BUDGET_YEAR_MIN}〜${BUDGET_YEAR_MAX} の整数ではありません。`,
				report_organisation: (file: string) =>
					`「${file}」の予算資料の「作成者（組織名）」は、改行などの制御文字を含まない ${ORGANISATION_MAX_CHARS} 文字までの文字列でなければなりません。`,
				tables: (file: string) =>
					`「${file}」の表に問題が見つかりました。ファイルの読み込みと同じ検査の結果を「読み込みの結果」に示しています。`
			}
		},
		savingResult: 'データベースに入れました。このブラウザに保存中…',
		notKept: 'データベースに入れましたが、このブラウザに保存できませんでした。再読み込みすると失われます。',
		kept: '読み込んだデータはこのブラウザに保存され、再読み込みしても残ります。',
		tableName: {
			municipalities: '市区町村',
			schools: '学校',
			staff: '支援員',
			assignments: '担当（現在の配置）',
			support_requests: '支援依頼の記録',
			ict_environment: 'ICT環境の指標',
			travel_times: '移動時間',
			ferries: 'フェリー航路',
			school_counts: '学校数（市区町村別）',
			staff_counts: '支援員数（市区町村別）'
		}
	},
	formats: {
		link: '読み込めるファイルの形式（表・列・見出しの一覧と例）',
		title: '読み込めるファイルの形式',
		lead: 'データの画面で読み込める表と、その列・見出し・値の書き方です。この一覧は、取り込みの処理が使う表の定義そのものから作っています。',
		back: 'データの画面に戻る',
		contents: '目次',
		filesTitle: 'ファイルの種類',
		files: {
			csv: {
				title: 'CSV・TSV（.csv、.tsv、.txt）',
				text: '文字コードは UTF-8（BOM 付き・なし）、Shift_JIS（CP932。日本語版 Excel の「CSV（コンマ区切り）」）、UTF-16（Excel の「Unicode テキスト」）を自動で判別し、確認画面で選び直せます。1つのファイルに UTF-8 と Shift_JIS の行が混ざっていると、変わった行を示して読み込みません。NUL 文字（0x00）を含むファイルも、その行を示して読み込みません。区切りはコンマかタブ（見出し行に多い方）です。値は " で囲めば、中のコンマ・改行・""（" 1字）もそのまま読みます。空行は読み飛ばします。見出しが 1 万列を超えるファイルは読み込みません。'
			},
			xlsx: {
				title: 'Excel ブック（.xlsx）',
				text: '各シートの1行目を見出しとして読みます。見出しから表を判別できる最初のシートを使い、確認画面で別のシートを選べます。日付のセルは日付として読みます。計算結果が保存されていない数式のセル（Excel 以外のソフトで作ったファイルなど）は、シート・行・列を示して読み込みません。Excel で開いて保存し直してください。古い .xls 形式は、.xlsx で保存し直してください。'
			},
			parquet: {
				title: 'Parquet（.parquet）',
				text: '列名を見出しとして、ブラウザの中で読みます。大量の記録を DuckDB などで集計してから読み込むときに使えます。リストや入れ子の値（LIST・STRUCT・MAP・JSON）の列は、列名を示して読み込みません。'
			},
			publicP29: {
				title: '公開データ: 国土数値情報「学校データ」（P29、GeoJSON）',
				text: '国土交通省が都道府県ごとに公開する GeoJSON を、そのまま読み込めます（2021年版の数値の属性も、2023年版の文字列の属性も）。学校分類 16001 小学校・16002 中学校・16003 中等教育学校・16004 高等学校・16012 特別支援学校・16014 義務教育学校が計画の対象で、それ以外（幼稚園・大学など）は読み込みません。管理者 2（都道府県）・3（市区町村）が公立です。学校コードは P29_002、所在市区町村は P29_001（5桁にチェックディジットを付けます。政令市の区は市にまとめます）、位置は地物の点です。設置者は、管理者 3 ならその市区町村、2 なら都道府県（例: 愛知県 230006）です。確認画面で市区町村・学校種・設置者を選ぶと、読み込む学校の数がその場で分かります（既定は公立の、計画の対象の学校種すべて）。チェックディジットの合わない学校コードの学校は、警告で示して読み込みません。参照する市区町村が市区町村の表にないときは、組み込みの市区町村一覧を一緒に読み込めます。出典：国土数値情報（学校データ）（国土交通省）'
			},
			publicSchoolList: {
				title: '公開データ: 文部科学省「学校コード一覧」（CSV）',
				text: '学校コード・学校種（B1 などの記号か「小学校」）・都道府県番号・設置区分（1 国立・2 公立・3 私立）・学校名・学校所在地 … の列の一覧を、学校の表として読み込みます。市区町村は所在地から組み込みの市区町村一覧で探します（都道府県名、郡名、政令市の区、「ヶ」と「ケ」の違い、大字はそのままで構いません）。所在地から決まらない公立の学校は、行を示して読み込みません。属性情報廃止年月日のある学校は読み込みません。公立で名前が「○○県立」「県立」などで始まる学校は都道府県が、それ以外は市区町村が設置者です。緯度・経度は、読み込み済みの学校（P29 など）に同じ学校コードがあればその位置、なければ市区町村の代表点とし、その学校を警告で示します。'
			},
			publicSsdse: {
				title: '公開データ: SSDSE-A と、見出しが複数行の表',
				text: '統計センター「教育用標準データセット」SSDSE-A（市区町村）は、1行目のコード行（E2101 小学校数 など）、2行目の年度、3行目の項目名のまま読み込めます。小学校・中学校・義務教育学校・高等学校の学校数・教員数・児童生徒数が「学校数（市区町村別）」になり（国公私立計、年度は年度の行から、出典「独立行政法人統計センター SSDSE-A-2025」など）、高等学校は都道府県の行にまとめます。確認画面で都道府県を選べます。そのほかの表も、1行目が表題で見出しが2〜6行目にあるときは、表の種類が分かる最初の行を見出しとして読みます（行番号はファイルのまま）。'
			},
			survey: {
				title: '調査票（.xlsx、市区町村への照会）',
				text: 'この画面の「調査票を書き出す」で、都道府県の市区町村ごとに 1 ファイルを ZIP にまとめて作ります。シート「調査票」には団体コード・市区町村名・年度、読み込み済みの学校の一覧（なければ学校数（市区町村別））が記入済みで、黄色の入力欄に ICT支援員数（整数、必須）、常勤換算（任意、人数以下）、ヘルプデスク（一覧から「あり」「なし」）を書きます。入力欄のほかはパスワードなしで保護しています。返ってきたファイルは「回答された調査票を取り込む」でまとめて選べます。ファイルごとに問題をシート・行・列で示し、問題のない回答だけを「支援員数（市区町村別）」とヘルプデスクの指標に取り込みます（同じ市区町村・年度の行は置き換え）。「取りやめる」と何も読み込みません。'
			},
			workspace: {
				title: '作業データのファイル（.json）',
				text: 'この画面の「作業データを書き出す」で作るファイルです（形式 haichi-workspace、版 1）。読み込んだ表（検査済みの CSV）、巡回スケジュールの前提とピン、シナリオをまとめて持ちます。「作業データを読み込む」で開くと、今の作業データと置き換わります。'
			},
			scenarios: {
				title: 'シナリオのファイル（.json）',
				text: 'シナリオ比較の画面で保存し、開くファイルです（形式 haichi-scenarios、版 1）。対象の設置者、共通の前提（費用、遠隔対応、ヘルプデスク、休業期間、乱数の種と回数）と最大4つのシナリオを持ちます。形や値の範囲が正しくないファイルは開きません。'
			}
		},
		rulesTitle: '取り込みの決まり',
		rules: [
			'ファイルを選ぶと、取り込む前に確認画面が出ます。列見出しから表の種類を判別し（判別できないときは選んでもらいます）、文字コード、シート、見出しと列の対応、先頭の数行を示します。どれも直せます。',
			'「取り込む」を押すと、すべての行を検査します。全か無か: エラーが1件でもあれば何も変えず、読み込み済みのデータはそのままです。',
			'問題は、ファイル・行・列・値と、何が必要かを添えて示します（最初の100件と総数）。',
			'1行ずつの検査: 必須の値、型（数値・日付など）、範囲、決められた値、コードのチェックディジット、項目の数が見出しと同じこと。行の中の値どうしの検査: 完了日時が受付日時より後であること、学校の割合の指標が 0〜1 でヘルプデスクが 0 か 1 であること、学校コード（文部科学省）の学校種と学校種の列が一致すること。同じ列を表す見出しが2つあれば、どちらを使うか選ぶまで読み込みません。',
			'表どうしの検査: 重複してはいけない列の重複と、参照（学校→市区町村・設置者、支援員→配置自治体、担当→支援員・学校、支援依頼→学校、フェリー→学校）。参照先は、一緒に取り込むファイルか読み込み済みの表にあれば足ります。表を置き換えて、ほかの表が参照しているコードがなくなる場合もエラーです。',
			'警告（取り込みは進みます）: どの列にも当たらない見出し（その列は読みません）、児童生徒数が 0 の学校、勤務日数が 0 の支援員、データ行のないファイル（その表は空になります）。',
			'ファイルごとに「置き換える」か「今のデータに追加する」を選べます。追加は今の行に新しい行を足し（翌月分の記録など）、合わせた全体を同じ規則で検査します。今の表にまったく同じ行があるとき（同じ記録をもう一度追加するときなど）は、読み込む前に、同じ行を除くか、そのまま追加するか、やめるかを尋ねます（自動で付けた受付番号は比べません）。1回の取り込みに、同じ種類の表のファイルは1つだけです。',
			'取り込んだデータはこのブラウザ（IndexedDB）に保存され、外部には送られません。表ごとに読み込み前に戻すことも、サンプルに戻すこともできます。'
		],
		headersTitle: '見出しの書き方',
		headers: [
			'見出しは、列名（英語。例 school_code）か、下の表の日本語の見出しのどちらでも構いません。列の順番は自由で、任意の列は省けます。',
			'全角・半角、空白、末尾の括弧書きの単位や注記（（分）、[人]、【任意】など）、英字の大文字・小文字、_ と - の違いは問いません。例:「対応時間（分）」は minutes、「School Code」は school_code に当たります。',
			'同じ列に当たる見出しが2つあるときは左の方を使います。どの列にも当たらない見出しは読み込みません。',
			'表の種類は、必須の列がすべてそろい、最も多くの見出しが当たる表と判断します。2つの表が同じくらい当たるときは、確認画面で選んでいただきます。よくある見出しの書き方（所在市区町村コードの代わりに市区町村コード・所在地コード・行政区域コード、学校名称、設置者、緯度（世界測地系）など）も読み、読み替えた見出しを確認画面に示します。'
		],
		valuesTitle: '値の書き方',
		values: [
			'数値: 全角数字、桁区切りのコンマ（1,234）、全角のマイナスも読みます。単位はセルに書かず、見出しに書きます。空欄と 0 は別の意味です。',
			'日付・日時: 2025-04-08、2025/4/8、2025.4.8、2025年4月8日、令和7年4月8日（令和元年、平成も可）。時刻は日付の後に空白か T を置いて 9:15 や 09:15:00 と書きます。日付は日本の暦日のまま扱い、時差でずれることはありません。',
			'コードは文字列として保存してください。Excel が数値にしてしまったコード（122173.0、1.22E+05）は、先頭の 0 などが失われている恐れがあるためエラーにします。',
			'団体コード（全国地方公共団体コード）: 6桁ならチェックディジットを検査し、5桁ならチェックディジットを補います。都道府県の行は、鹿児島県 460001 のように市区町村の番号が 000 です。',
			'学校コード: 文部科学省の13桁の学校コード（英字1字と数字12桁）はチェックディジットを検査します。それ以外の独自の ID もそのまま使えます（表の中で重複しないこと）。',
			'決められた値の列は、英語の値（elementary など）か日本語の表記（小学校 など）で書きます。',
			'はい・いいえの列: はい、○、有、あり、1、true と、いいえ、×、無、なし、0、false など。空欄は「不明」です。'
		],
		tablesTitle: '表',
		tableCaption: (table: string) => `「${table}」の列`,
		col: {
			column: '列名',
			headers: '日本語の見出し',
			type: '型',
			required: '必須',
			blank: '空欄のとき',
			description: '説明',
			values: '値'
		},
		requiredYes: '必須',
		requiredNo: '任意',
		key: (columns: string) => `重複できない列: ${columns}`,
		noKey: '同じ内容の行が複数あっても構いません。',
		type: {
			text: '文字列',
			integer: '整数',
			number: '数値',
			boolean: 'はい・いいえ',
			date: '日付',
			timestamp: '日付または日時',
			enum: '決められた値'
		},
		rangeNote: (range: string) => `（${range}）`,
		range: (lo: string, hi: string) => `${lo}〜${hi}`,
		atLeast: (lo: string) => `${lo} 以上`,
		blank: {
			value: (value: string) => `${value}`,
			column: (column: string) => `${column} と同じ`,
			prefectureOf: (column: string) => `${column} の先頭2桁`,
			lineNumber: '行番号から付ける'
		},
		valueMeaning: {
			public: '公立',
			all: '国公私立計',
			contract: '委託',
			appointed: '会計年度任用職員',
			regular: '正規職員',
			onsite: '訪問',
			remote: '遠隔',
			road: '道路',
			ferry: 'フェリー',
			mon: '月曜日',
			tue: '火曜日',
			wed: '水曜日',
			thu: '木曜日',
			fri: '金曜日',
			true: 'はい',
			false: 'いいえ'
		} as Record<string, string>,
		alsoRead: (labels: string) => `次の書き方も可: ${labels}`,
		example: '例（この内容で取り込めます）',
		download: 'この例を CSV で保存',
		purpose: {
			municipalities:
				'市区町村と都道府県の一覧です。学校の所在地と設置者、支援員の配置先になります。都道府県も1行として入れます（県立学校の設置者、支援員の雇用者として）。',
			schools:
				'学校の一覧です。目標（支援員1人あたり4校）との比較は学校数から計算します。巡回スケジュールには位置（緯度・経度）が必要です。',
			staff: '支援員の一覧です（1人1行）。支援員1人あたりの学校数は、文部科学省と同じく人数で数えます。',
			assignments: '今の配置（任意）: どの支援員がどの学校を担当しているか。週の訪問日数か訪問曜日を書きます。',
			support_requests:
				'支援依頼の記録（任意）です。月ごとの依頼数と、需要のシミュレーション（学校・月ごとの依頼の頻度、区分の割合）に使います。記録は月ごとなどに分けて「追加」で読み込めます。',
			ict_environment:
				'3か年計画の指標（任意）です。縦持ちで、1行に1つの指標の値を書きます。対象は市区町村（団体コード）か学校（学校コード）です。',
			travel_times:
				'移動時間（任意）です。経路検索などで求めた所要時間で、直線距離からの見積もりを組ごとに置き換えます。逆向きにも使います。',
			ferries: '離島の学校へのフェリー（任意）です。その学校へは、港まで車で行き、待って、渡る時間がかかります。',
			school_counts:
				'学校の一覧がないときの、市区町村・学校種ごとの学校数（任意）です。学校基本調査の数などを年度ごとに入れます。学校の表を読み込むと、そちらを優先します。',
			staff_counts:
				'支援員の一覧がないときの、配置先ごと・年度ごとの支援員数（任意）です。人数と常勤換算を入れます。支援員の表を読み込むと、そちらを優先します。'
		} satisfies Record<TableName, string>,
		column: {
			municipalities: {
				municipality_code: '全国地方公共団体コード（6桁。5桁ならチェックディジットを補います）',
				name: '名称',
				prefecture_code: '都道府県コード（01〜47）',
				kind: '区分',
				office_lat: '役所（教育委員会）の緯度。拠点のない支援員はここから出発します',
				office_lon: '役所（教育委員会）の経度'
			},
			schools: {
				school_code: '文部科学省の学校コード（13桁）か、重複しない独自の ID',
				name: '学校名',
				school_type: '学校種',
				municipality_code: '所在地の市区町村の団体コード（市区町村の表にあること）',
				employer_code: '設置者（学校を運営する市区町村か都道府県）の団体コード',
				lat: '緯度（世界測地系）。巡回スケジュールに必要です',
				lon: '経度（世界測地系）',
				students: '児童生徒数。訪問日数の配分と、記録がないときの依頼数の見積もりに使います',
				classes: '学級数。大規模校の訪問の上乗せに使います',
				teachers: '教員数',
				island: '離島の学校か'
			},
			staff: {
				staff_id: '支援員の ID（重複しないこと）',
				name: '氏名または呼び名',
				employer_code: '配置（雇用）する市区町村か都道府県の団体コード',
				employment: '雇用形態。費用の見積もりに使います',
				days_per_week: '週の勤務日数',
				hours_per_day: '1日の勤務時間（時間）',
				base_lat: '拠点の緯度。空欄なら配置自治体の役所から出発します',
				base_lon: '拠点の経度',
				annual_cost: '年間費用（円）。空欄なら雇用形態ごとの単価 × 勤務日数 ÷ 5 で見積もります'
			},
			assignments: {
				staff_id: '支援員の ID（支援員の表にあること）',
				school_code: '担当校の学校コード（学校の表にあること）',
				days_per_week: '週の訪問日数',
				weekday: '訪問曜日'
			},
			support_requests: {
				request_id: '受付番号（重複しないこと）',
				requested_at: '受け付けた日、または日時',
				school_code: '依頼した学校の学校コード（学校の表にあること）',
				category: '区分（文部科学省のリーフレットの4つの業務）',
				mode: '対応方法',
				minutes: '対応にかかった時間（分）',
				resolved_at: '完了した日、または日時'
			},
			ict_environment: {
				scope_code: '対象: 団体コード（5〜6桁の数字）か学校コード',
				fiscal_year: '年度（西暦。令和7年度なら 2025）',
				indicator: '指標',
				value:
					'値: 学校の割合は 0〜1、端末・ディスプレイは教員1人あたりの台数、ヘルプデスクは 1（あり）か 0（なし）、高校の予備機は生徒1人あたりの台数'
			},
			travel_times: {
				from_id: '出発地: 学校コード、または支援員 ID（その支援員の拠点）',
				to_id: '到着地: 学校コード、または支援員 ID',
				minutes: '所要時間（分）。そのまま使うので、駐車などの時間も含めてください',
				mode: '交通手段（参考）'
			},
			ferries: {
				school_code: '島の学校の学校コード（学校の表にあること）',
				port_lat: '本土側の港の緯度',
				port_lon: '本土側の港の経度',
				crossing_minutes: '片道の乗船時間（分）',
				wait_minutes: '待ち時間（分）'
			},
			school_counts: {
				municipality_code: '設置者の全国地方公共団体コード（市区町村の表にあること）',
				fiscal_year: '年度（西暦）',
				school_type: '学校種',
				schools: '学校数',
				teachers: '教員数',
				students: '児童生徒数',
				founders: '数える学校: 公立（空欄も公立）か、国公私立計',
				source: '出典（例: 学校基本調査 2023年）'
			},
			staff_counts: {
				employer_code: '配置先（雇用する自治体）の全国地方公共団体コード',
				fiscal_year: '年度（西暦）',
				headcount: '支援員の人数',
				fte: '常勤換算の人数（週5日勤務を1として）'
			}
		}
	},
	schedule: {
		title: '巡回スケジュール',
		lead: '設置者ごとに、支援員が週のどの曜日にどの学校を回るかを作ります。移動時間の合計が最も短くなるよう最適化し（HiGHS による厳密解、大規模では列生成）、証明された下限との差を示します。',
		employer: '設置者',
		employerOption: (name: string, schools: number, staff: number, belowTarget: boolean) =>
			`${name}（学校 ${schools} 校・支援員 ${staff} 人${belowTarget ? '・未達' : ''}）`,
		assumptions: '仮定（編集できます）',
		assumptionNote: '既定値は仮定で、ここで変更できます。変えると次の作成から使われます。',
		visitRule: '訪問日数の決め方',
		byDays: '週の日数で決める（柏市型）',
		byHours: '週の時間で決める（京都府型: 1校週10時間）',
		hoursPerWeek: '1校あたりの週の時間',
		hoursPerVisit: '1回の訪問の時間',
		baseVisits: '基本の訪問日数（週）',
		largeBy: '大規模校の決め方',
		byClasses: '学級数',
		byStudents: '児童生徒数',
		largeThresholdStudents: '訪問を増やす児童生徒数（以上）',
		largeThreshold: '訪問を増やす学級数（以上）',
		largeExtra: '大規模校の追加日数',
		islandVisits: '離島校の訪問日数（空欄は基本どおり）',
		circuity: '迂回率（道のり ÷ 直線距離）',
		speed: '平均速度（km/h）',
		stop: '到着ごとの停車時間（分）',
		minOnsite: '1校あたりの最低滞在（分）',
		maxSchools: '1日に回る学校の上限',
		run: 'スケジュールを作成',
		rerun: '固定を守って作り直す',
		cancel: '中止',
		cancelled: '作成を中止しました。',
		failed: 'スケジュールを作成できませんでした。',
		phase: {
			travel: '移動時間を計算しています…',
			patterns: '1日の回り方の候補を作っています…',
			columns: '線形緩和を解いて候補を絞っています…',
			assignment: '最適な組み合わせを探しています…',
			bound: '足りない訪問を除いた移動時間の下限を求めています…',
			balance: '支援員の負担をならしています…',
			weekdays: '曜日に割り当てています…'
		},
		progressFigures: (best: string, bound: string) => `暫定 ${best}・下限 ${bound}`,
		skipped: (schools: number, staff: number) =>
			`位置（緯度・経度）のない学校 ${schools} 校と、拠点も設置者の所在地もない支援員 ${staff} 人は、スケジュールに入っていません。データ画面で位置を補ってください。`,
		noStaff: 'この設置者には支援員がいないため、スケジュールを作れません。',
		noData: 'データの準備ができると作成できます。',
		resultTitle: (name: string) => `${name}の週間スケジュール`,
		travelWeek: '週の移動時間',
		hours: (h: string) => `${h} 時間`,
		minutes: (m: string) => `${m} 分`,
		bound: '証明された下限',
		gap: '下限との差',
		optimal: '最適（証明済み）',
		method: { exact: '厳密解（1日に回れる全経路の整数計画）', heuristic: '列生成と整数計画による近似解' },
		visits: '方針どおりの訪問（週）',
		visitsMade: (made: string, required: string) => `${made} / ${required}`,
		staffDays: '訪問に使った勤務日',
		visitDaysPerSchool: '1校あたりの訪問日数（週）',
		visitsExtra: (policy: number, extra: number) => `方針 ${policy}＋追加 ${extra}`,
		visitDaysFormula: '週の訪問数 ÷ 計画した学校数',
		staffDayUse: (policy: string, extra: string, office: string, slots: string) =>
			`勤務日の使い方: 訪問方針の訪問 ${policy} 回に加え、余った勤務日で依頼の多い学校へ追加の訪問 ${extra} 回（1校 週2回まで）。訪問のない勤務日 ${office} 日は拠点での遠隔支援にあて、1日 ${slots} 件を受けるとしてシミュレーションに入れています（件数は前提で、変更できます）。`,
		settingsShared:
			'この画面の前提（訪問方針・学校ごとの日数・固定した訪問・移動の仮定）は保存され、シナリオ比較と予算資料のベースラインにも使われます。変えると、それらの数値も変わります。',
		shortTitle: '入りきらない訪問',
		short: (visits: number, staff: number) =>
			`訪問が週 ${visits} 日分足りません。あと約 ${staff} 人の支援員（週5日）が必要です。`,
		unreachable: (visits: number) =>
			`${visits} 日分の訪問は、拠点から1日の勤務時間内に往復できません（フェリーなど）。遠隔支援か別の拠点を検討してください。`,
		spread: (visits: number) => `${visits} 日分の訪問は、同じ学校の訪問を連続しない曜日に配置できませんでした。`,
		sourceNote: (seconds: string) =>
			`出典: 読み込んだデータ（学校・支援員・市区町村・フェリー）と上の仮定。計算 ${seconds} 秒。`,
		cutShort:
			'この週の計算は、安全のための時間の上限で打ち切られました（パソコンが混んでいたか遅かったため）。週の予定と下限との差は、速いパソコンで計算したものと異なることがあります。下限そのものは正しい値です。',
		sourceShort: '読み込んだデータ（学校・支援員・フェリー）と移動時間の仮定（編集可）',
		sourceSolver:
			'下限は、勤務時間に収まる1日のすべての経路（近くの学校どうしに限らない）について HiGHS の線形緩和・分枝限定で、大規模では列生成のラグランジュ緩和で証明したもの。訪問が足りないときは、残す訪問がこれ以下のスケジュールの中での下限',
		sourcePolicy: '訪問方針（仮定・編集可）と学校の学級数',
		sourceStaff: '支援員表の勤務日数（週）',
		gapFormula: '（移動時間 − 下限）÷ 移動時間',
		mapTitle: '学校・拠点・巡回ルートの地図',
		mapDesc: (schools: number, staff: number, days: number) =>
			`学校 ${schools} 校、支援員の拠点 ${staff} か所、表示中の勤務日 ${days} 日分のルート。詳細は曜日ごとの予定の表にあります。`,
		mapDays: '地図に表示する曜日',
		allDays: 'すべての曜日',
		port: 'フェリーの港',
		baseOf: (name: string) => `${name}の拠点`,
		notFull: '訪問が足りない学校',
		legendSchool: '学校',
		legendBase: '支援員の拠点',
		mapSource: '背景: Natural Earth（1:50m 陸地、world-atlas）。ルートは直線で描いています（移動時間は道のりの推定）。',
		visitsTitle: '学校ごとの訪問日',
		visitsCaption:
			'方針による訪問日数と、スケジュールで割り当てた曜日・担当。「個別の日数」を入れると、次に作るときその学校だけ方針より優先します。',
		visitsAsked: '方針の日数（週）',
		visitDays: '訪問する曜日',
		override: '個別の日数',
		overrideLabel: (school: string) => `${school}の週の訪問日数（個別）`,
		timetable: '曜日ごとの予定',
		timetableCaption:
			'支援員ごとの1日の回り方。時刻は 8:30 に拠点を出る想定です。学校名を押すとその曜日・担当に固定します。',
		staff: '支援員',
		weekTravel: '週の移動',
		off: '—',
		pinned: '固定',
		pinHint: (staff: string, day: string) => `（押すと${staff}の${day}曜に固定）`,
		unpinHint: '（押すと固定を外す）',
		pins: (n: number) => `固定 ${n} 件`,
		clearPins: '固定をすべて外す',
		unmetTitle: '訪問できない学校',
		school: '学校',
		missing: '不足日数',
		reason: '理由',
		reasons: { capacity: '支援員の勤務日が足りない', unreachable: '1日で往復できない', spread: '曜日の間隔を守れない' },
		exportXlsx: 'Excel で保存',
		exportCsv: 'CSV で保存',
		weekday: { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金' }
	},
	weekEdit: {
		move: '移動',
		moveLabel: (school: string, staff: string, day: string) => `${school}（${staff}・${day}曜）の訪問を移動`,
		dialogTitle: (school: string) => `${school}の訪問を移動`,
		dialogFrom: (staff: string, day: string) => `いまは${staff}の${day}曜です。`,
		toDay: '移動先の曜日',
		toStaff: '移動先の支援員',
		dayTaken: (day: string) => `${day}（この学校の別の訪問あり）`,
		allVisits: (staff: string) =>
			`この学校のほかの曜日の訪問も${staff}の担当になります（担当者の固定は学校ごとです）。`,
		confirm: 'ここへ移動',
		cancel: 'やめる',
		moved: '移動',
		hint: '学校名をドラッグして別の曜日・支援員の欄に落とすか、「移動」ボタンで移動先を選べます。動かした訪問はそこに固定され、作り直すとほかの訪問はなるべくそのままに組み直します。',
		dropHere: (staff: string, day: string) => `${staff}の${day}曜`,
		announced: (school: string, staff: string, day: string) =>
			`${school}を${staff}の${day}曜へ移動しました。「作り直す」で週を組み直します。`,
		edited: (moves: number) =>
			`動かした訪問（${moves} 件）を反映した、作り直す前の週です。移動時間は測り直していますが、ほかの訪問の調整は作り直すときに行います。`,
		problems: (n: number) => `このままでは規則に合わない点が ${n} 件あります（1日の長さ、同じ学校の訪問の間隔など）。`,
		rebuild: '動かした訪問を守って作り直す',
		changes: (moves: number, changed: number) =>
			`作り直す前の週から: 動かした訪問 ${moves} 件はそのまま、ほかに曜日か担当が変わった訪問 ${changed} 件。`,
		travelChange: (before: string, after: string, diff: string) => `週の移動時間 ${before} → ${after}（${diff}）。`,
		moves: (n: number) => `移動 ${n} 件`,
		clear: '固定と移動をすべて外す',
		shared: '動かした訪問も、固定と同じくベースラインの週の前提です。',
		oneStaff: '一人の支援員が一校を担当（担当制）',
		oneStaffNote: '学校ごとの訪問をすべて同じ支援員が行います（柏市などの方式）。移動時間は増えることがあります。',
		scenarioTitle: (name: string) => `シナリオ「${name}」の週`,
		scenarioNote:
			'シナリオの前提（支援員の増減・訪問方針など）で作った週です。閲覧のみで、訪問を動かす・固定するのは基準の週で行います。',
		back: '基準の週に戻る',
		notFound: 'このシナリオは、いまの設置者の範囲にありません。シナリオ比較の画面から開いてください。',
		viewWeek: '週の予定を見る',
		viewWeekLabel: (name: string) => `${name}の週の予定を見る`
	},
	scheduleSheets: {
		documents: '印刷と保存',
		printStaff: '巡回表を印刷',
		printSchools: '学校別の訪問予定を印刷',
		printHint: 'A4縦で印刷します。巡回表は支援員1人につき1枚、訪問予定は1校につき1枚です。',
		machine: 'システム連携用（英語の列名とID。npm run schedule と同じ形式）:',
		machineCsv: 'CSV',
		machineXlsx: 'Excel',
		machineCsvLabel: 'システム連携用の CSV で保存',
		machineXlsxLabel: 'システム連携用の Excel で保存',
		fileColumns: ['支援員', '曜日', '順番', '行き先', '到着', '出発', '移動時間（分）'],
		fileSheet: '巡回スケジュール',
		back: '拠点に戻る',
		staffTitle: 'ICT支援員 巡回表',
		schoolTitle: 'ICT支援員 訪問予定',
		employer: '設置者',
		fiscalYear: '年度',
		staffName: '支援員',
		schoolName: '学校',
		start: (time: string) => `毎日 ${time} に拠点を出発`,
		day: '曜日',
		order: '順',
		school: '訪問先',
		arrive: '到着',
		depart: '出発',
		travel: '移動（分）',
		staff: '支援員',
		noVisits: '訪問なし',
		withId: (name: string, id: string) => `${name}（${id}）`,
		dayList: (days: string[]) => days.join('・'),
		officeNote: '「訪問なし」の日が勤務日なら、その日は拠点で遠隔支援にあたる想定です。',
		weekTotal: '週の合計',
		staffTotals: (visits: string, schools: string, days: string, onsite: string, travel: string) =>
			`訪問 ${visits} 回（${schools} 校）・訪問日 ${days} 日・学校での時間 ${onsite} 時間・移動 ${travel} 時間`,
		schoolTotals: (visits: string, asked: string, days: string) =>
			`週 ${visits} 日の訪問（訪問方針では週 ${asked} 日）${days ? `: ${days}` : ''}`,
		missing: (days: number, reason: string) => `週 ${days} 日分の訪問は予定に入っていません（${reason}）。`,
		timeNote:
			'時刻は目安です（拠点を 8:30 に出て、移動時間は道のり÷平均速度＋停車の推定）。学校での時間は、その日の勤務時間から移動を除いて訪問先で等分しています。',
		made: (date: string, source: string) => `作成 ${date}・Haichi ／ データ: ${source}`,
		weekdayLong: { mon: '月曜日', tue: '火曜日', wed: '水曜日', thu: '木曜日', fri: '金曜日' }
	},
	scenarios: {
		needsSchools:
			'シナリオは、学校ごとの位置と支援員の一覧から巡回と1年分の依頼を計算します。今のデータは市区町村ごとの数だけのため、計算できません（上の「このデータにない表」を参照）。計画目標に対する人数は「市町村比較」と「概要」に出ています。',
		title: 'シナリオ比較',
		lead: '「支援員を3人増やしたら？」に答えます。ベースライン（現状のデータ）に変更を重ねたシナリオを最大4つまで並べ、計画目標、年間費用、巡回スケジュール（最適化）と、1年分の支援依頼のシミュレーションによる応答時間を比べます。',
		scope: '対象の設置者',
		scopeOption: (name: string, schools: number, staff: number, belowTarget: boolean) =>
			`${name}（学校 ${schools} 校・支援員 ${staff} 人${belowTarget ? '・未達' : ''}）`,
		pooledOption: (names: string, schools: number, staff: number) =>
			`共同: ${names}（学校 ${schools} 校・支援員 ${staff} 人）`,
		addCount: '増やす人数',
		create: (n: number) => `支援員 +${n}人 のシナリオを作る`,
		defaultName: (n: number) => `支援員 +${n}人`,
		blankName: '新しいシナリオ',
		copyName: (name: string) => `${name}（複製）`,
		maxReached: 'シナリオは4つまでです。どれかを削除してから作ってください。',
		baseline: 'ベースライン（現状）',
		name: 'シナリオ名',
		edit: '編集',
		editing: '編集中',
		duplicate: '複製',
		remove: '削除',
		deleted: (name: string) => `「${name}」を削除しました。`,
		opened: (name: string) => `「${name}」を開きました。`,
		undo: '元に戻す',
		exportFile: 'シナリオをファイルに保存',
		importFile: 'シナリオをファイルから読み込む',
		imported: (file: string, n: number) => `「${file}」から ${n} 件のシナリオを読み込みました。`,
		importFailed: (file: string, reason: string) =>
			`「${file}」を読み込めませんでした: ${reason}。いまのシナリオはそのままです。`,
		importOtherScope: (file: string, codes: string) =>
			`「${file}」は、読み込んだデータにない設置者（${codes}）のシナリオです。そのデータを読み込んでから開いてください。いまのシナリオはそのままです。`,
		importedFor: (file: string, n: number, scope: string) =>
			`「${file}」から ${scope} のシナリオを ${n} 件読み込みました（ファイルが示す設置者に切り替えました）。`,
		importReasons: {
			not_json: 'JSON 形式ではありません',
			not_scenarios: 'Haichi のシナリオファイル（format: haichi-scenarios, version 1）ではありません',
			damaged: '項目が欠けているか、値が範囲外です'
		},
		notFound: (id: string) => `URL のシナリオ（${id}）はこのブラウザに保存されていません。`,
		noData: 'データがありません。',
		loadFailed: 'シナリオの計算に必要なデータを読み込めませんでした。',
		running: '計算中…',
		phaseSchedule: 'スケジュールを最適化しています…',
		phaseSimulate: (runs: number, total: number) => `1年分をシミュレーションしています（${runs}/${total} 回）…`,
		failed: '計算できませんでした。',
		cancel: '計算を中止',
		rerun: '再計算',
		notRun: '未計算',
		scheduleCsv: 'スケジュールを CSV で保存',
		comparison: '比較表',
		figure: '指標',
		delta: (text: string) => `差 ${text}`,
		interval: (low: string, high: string) => `90%区間 ${low}〜${high}`,
		lowerBound: '年度末に未対応の依頼を含むため下限値',
		cutShort: '巡回スケジュールの計算が時間の上限で打ち切られたため、速いパソコンで計算した結果と異なることがあります',
		tone: { better: '改善', worse: '悪化' },
		/** Joins sentences and wraps an aside in the language's punctuation. */
		sentences: (parts: string[]) => parts.filter(Boolean).join('。'),
		aside: (text: string) => `（${text}）`,
		staffTerms: (employment: string, days: string) => `（${employment}・${days}日／週）`,
		yes: '達成',
		no: '未達',
		rows: {
			staff: '支援員数',
			schoolsPerStaff: '支援員1人あたりの学校数',
			targetMet: '計画目標（4校に1人）',
			staffNeeded: '目標に必要な支援員数',
			annualCost: '年間費用',
			visitDaysPerSchool: '1校あたりの訪問日数',
			unmetVisits: '方針どおりにできない訪問',
			travelHours: '移動時間（週）',
			medianDays: '応答時間 中央値',
			p90Days: '応答時間 p90',
			medianHours: '応答時間 中央値',
			p90Hours: '応答時間 p90',
			sameDay: '当日対応の割合',
			remoteHandled: '遠隔で対応した割合',
			backlogPeak: '未対応の依頼（ピーク）',
			visitUtilisation: '勤務日の訪問利用率',
			remoteUtilisation: '遠隔枠の利用率'
		},
		units: {
			people: '人',
			schools: '校',
			yen: '円',
			days: '日／週',
			hours: '時間',
			workDays: '勤務日',
			requests: '件',
			visits: '回／週'
		},
		formulas: {
			schoolsPerStaff: '学校数 ÷ 支援員数（人数で数える。文部科学省と同じ）',
			staffNeeded: '⌈学校数 ÷ 4⌉',
			annualCost:
				'Σ 支援員の年間費用（データの値、なければ雇用形態の単価 × 勤務日数 ÷ 5）＋ ヘルプデスク費用（共同なら参加数で割る）',
			visitDaysPerSchool: 'スケジュールの訪問日数の合計 ÷ 学校数',
			response:
				'依頼の受付から対応開始まで（遠隔: 遠隔枠が空いた時、訪問: その学校への次の訪問）。勤務日で数え、年度末に未対応の依頼は年度末までの日数で含める。各回の値の中央値',
			sameDay: '受付日のうちに対応が始まった依頼 ÷ 全依頼',
			backlogPeak: '勤務日の終わりに残る未対応の依頼の最大',
			visitUtilisation: '訪問のある勤務日 ÷ 勤務日',
			remoteUtilisation: '遠隔で対応した依頼 ÷ 遠隔枠（1日の枠 × 勤務日）'
		},
		sources: {
			schedule: (seconds: string, gap: string) => `巡回スケジュールの最適化（HiGHS、${seconds}秒、下限との差 ${gap}）`,
			simulation: (runs: number, seed: number) => `1年分のシミュレーション ${runs} 回（乱数の種 ${seed}）`,
			scheduleSettings:
				'巡回スケジュールの最適化（HiGHS、移動時間が最小）。訪問方針と移動の前提は「巡回スケジュール」画面の設定（前提・変更可）',
			arrivalsLog: (fy: string) => `到着率: 支援依頼の記録（${fy}）の学校別・月別の件数`,
			arrivalsPerStudent: (fy: string) => `到着率: 記録のない学校は児童生徒数 × 1人あたりの率（${fy}の記録から）`,
			arrivalsAssumed: '到着率: 記録がないため、児童生徒数 × 1人あたりの率（前提・変更可）と季節の繁閑',
			plan: '学校のICT環境整備3か年計画（2025〜2027年度）',
			assumption: '前提（変更可）'
		},
		editor: {
			title: (name: string) => `「${name}」の変更内容`,
			addStaff: '増やす支援員',
			addGroup: '支援員を加える',
			count: '人数',
			base: '拠点',
			office: (name: string) => `${name} 教育委員会`,
			schoolBase: (name: string) => `学校: ${name}`,
			point: '地図の地点（緯度・経度）',
			pickOnMap: '地図をクリックして拠点を選ぶ',
			lat: '緯度',
			lon: '経度',
			days: '勤務日数（週）',
			employment: '雇用形態',
			unitCost: '年間単価（円、5日勤務）',
			unitCostPlaceholder: '前提の単価',
			removeGroup: 'この行を削除',
			removeStaff: '減らす支援員',
			noStaff: '現状の支援員はいません。',
			visitPolicy: '訪問方針',
			sameAsBaseline: 'ベースラインと同じ',
			ownPolicy: 'このシナリオで変える',
			baseVisits: '基本の訪問日数（週）',
			largeExtra: '大規模校（18学級以上）の追加日数',
			islandVisits: '離島校の訪問日数（空欄は基本どおり）',
			remote: '遠隔支援',
			share: (category: string) => `${category}のうち遠隔で解決できる割合（%）`,
			staffSlots: '支援員1人が訪問日に遠隔で受ける件数',
			officeSlots: '支援員1人が訪問のない日に拠点で遠隔で受ける件数',
			poolStaff: '支援員を市町村の境を越えて共同で巡回させる',
			poolStaffOn:
				'選んだ市町村の支援員と学校を一つの巡回計画にまとめます（共同配置）。ベースラインは現状どおり、各支援員が自分の市町村の学校を回ります。',
			poolStaffOff:
				'各支援員は現状どおり自分の市町村の学校だけを回ります。追加した支援員は拠点の市町村の学校を回ります。',
			helpDesk: 'ヘルプデスク',
			helpDeskMode: { none: 'なし', own: '単独で設置', shared: '複数の市町村で共同設置' },
			capacity: '1日に受けられる件数（デスク全体）',
			deskCost: '年間費用（円、デスク全体）',
			members: '共同設置の参加市町村数'
		},
		assumptions: {
			title: '共通の前提（編集できます）',
			note: '既定値は一般的な水準の目安です。自治体の実際の単価・条件に置き換えてください。すべてのシナリオに使われます（シナリオで変えた項目を除く）。',
			unitCost: (employment: string) => `${employment}の年間単価（円、5日勤務）`,
			helpDeskToday: 'ヘルプデスク（現状）',
			spread: '支援員の勤務日をすべて学校訪問に使う（方針の日数を最低として、児童生徒数の多い学校から訪問を増やす）',
			visitsPerStaffDay: '勤務日1日あたりの訪問校数',
			breaks: '学校の長期休業（月-日、例 07-19）。祝日は内閣府「国民の祝日について」のとおり',
			season: { spring_break: '春休み', summer_break: '夏休み', winter_break: '冬休み' },
			from: '開始',
			to: '終了',
			monthDayInvalid: '「07-19」のように月-日で入れてください。この値は使われていません。',
			seed: '乱数の種',
			runs: 'シミュレーション回数'
		},
		employment: { contract: '委託', appointed: '会計年度任用職員', regular: '正規職員' },
		csv: {
			fiscalYear: '年度（西暦）',
			scenario: 'シナリオ',
			month: '月',
			arrived: '受付件数（件、各回の中央値）',
			medianDays: '応答時間 中央値（勤務日）',
			p90Days: '応答時間 p90（勤務日）',
			p90Low: '応答時間 p90 90%区間下限（勤務日）',
			p90High: '応答時間 p90 90%区間上限（勤務日）',
			p90Hours: '応答時間 p90（時間）',
			added: '追加する支援員（人）',
			staff: '支援員数（人）',
			annualCost: '年間費用（円）',
			sameDay: '当日対応の割合（0〜1）'
		},
		byMonth: {
			title: '月別の応答時間（p90）',
			unit: '勤務日',
			label: '受付月ごとの応答時間の90パーセンタイル。ベースラインと各シナリオ。'
		},
		sweep: {
			title: '支援員を増やすと：年間費用と応答時間',
			lead: 'ベースラインに支援員（委託・5日勤務・教育委員会が拠点）を 0〜10 人加えたときの、年間費用と応答時間 p90。',
			run: '+0〜+10人を試算する',
			progress: (done: number, total: number) => `${done}/${total} 通りを計算しました`,
			cost: '年間費用（百万円）',
			p90: '応答時間 p90（勤務日）',
			p90Hours: '応答時間 p90（時間）',
			added: '追加する支援員（人）',
			answer: (n: number, cost: string, added: string, target: number) =>
				`応答時間 p90 を ${target} 勤務日以内にするには、支援員 +${n}人が必要です。追加の費用は年 ${added}（年間費用の合計 ${cost}）です。`,
			answerNow: (target: number) => `ベースラインで応答時間 p90 は ${target} 勤務日以内です。`,
			answerNone: (target: number) =>
				`+10人までで応答時間 p90 は ${target} 勤務日以内になりません。訪問方針や遠隔支援の見直しも検討してください。`,
			target: '目標の応答時間 p90（勤務日）',
			targetLine: (n: number) => `目標 ${n} 勤務日`,
			label: '追加人数ごとの年間費用（棒）と応答時間 p90（線）'
		}
	},
	survey: {
		title: '調査票（市区町村への照会）',
		lead: '都道府県から市区町村へ、ICT支援員の人数・常勤換算・ヘルプデスクの有無を Excel の調査票で照会します。市区町村ごとに 1 ファイル（学校の一覧と学校数は記入済み、入力欄は黄色、ほかのセルはパスワードなしで保護）を ZIP にまとめて書き出します。返ってきたファイルはまとめて取り込めます。',
		prefecture: '都道府県',
		export: '調査票を書き出す（ZIP）',
		exported: (n: string, file: string) => `${n} 市区町村の調査票を ${file} に書き出しました。`,
		noMunicipalities: '市区町村の表に、この都道府県の市区町村がありません。',
		noPrefectures: '市区町村の表に市区町村がありません。先に市区町村を読み込んでください。',
		pick: '回答された調査票を取り込む（複数選択可）',
		reading: '調査票を読んでいます…',
		checkedFiles: (n: string) => `${n} ファイルを確認しました。`,
		answers: (n: string) => `取り込める回答: ${n} 件`,
		problems: (n: string) =>
			`直す必要がある箇所: ${n} 件（その回答は取り込みません。直したファイルを後で取り込めます）`,
		file: 'ファイル',
		sheet: 'シート',
		row: '行',
		column: '列',
		value: '値',
		problem: '内容',
		municipality: '市区町村',
		fiscalYear: '年度',
		headcount: '支援員数（人）',
		fte: '常勤換算（人）',
		helpdesk: 'ヘルプデスク',
		yes: 'あり',
		no: 'なし',
		load: (n: string) => `${n} 件の回答を取り込む`,
		cancel: '取りやめる',
		cancelled: '取りやめました。何も読み込んでいません。',
		loaded: (n: string) => `${n} 件の回答を読み込みました（支援員数（市区町村別）とヘルプデスクの指標）。`,
		refused: '読み込めませんでした。読み込みの結果に理由があります。',
		rule: {
			unreadable: () => 'Excel ファイル（.xlsx）として読めません',
			not_survey: () => '調査票のシート（「団体コード」と「ICT支援員数（人）」の行）がありません',
			headcount_missing: () => 'ICT支援員数が入力されていません（いなければ 0）',
			unknown_municipality: () => '市区町村の表にない団体コードです',
			duplicate_municipality: (file: string) =>
				`同じ市区町村・年度の回答が ${file} にもあります（先のファイルの回答を使います）`,
			fte_over_headcount: (headcount: string) => `常勤換算は人数（${headcount} 人）以下です`
		}
	},
	staffEntry: {
		title: (year: string) => `支援員数の入力（${year}）`,
		lead: '設置者ごとに ICT支援員の人数（必須）、常勤換算（任意）、ヘルプデスクの有無を入力します。Excel からの貼り付け（1列でも、団体コードか市区町村名から始まる行でも）もできます。入力はこのブラウザに保存され、比較・概況・予算資料のすべてに使われます。',
		employer: '設置者',
		schools: '学校数',
		needed: '目標の人数',
		before: '前年度までの人数',
		headcount: '支援員数（人）',
		fte: '常勤換算（人）',
		helpdesk: 'ヘルプデスク',
		gap: '目標まで',
		perStaff: '1人あたり学校数',
		yes: 'あり',
		no: 'なし',
		fromRows: (n: string) => `支援員の表: ${n} 人`,
		entered: (done: string, all: string, staff: string) => `入力済み ${done} / ${all} 設置者、合計 ${staff} 人`,
		saving: '保存中…',
		saved: '入力は保存されています。',
		pending: '入力中（少し止まると保存します）',
		refused: '保存できませんでした。データ画面の読み込み結果に理由があります。',
		problems: (n: string) => `${n} か所の入力を直すまで、その行は保存されません。`,
		fteOverHeadcount: (headcount: string) => `常勤換算は人数（${headcount} 人）以下です`,
		cellLabel: (employer: string, column: string) => `${employer} の${column}`,
		allCountsNote: '※ 学校数は国公私立計（学校基本調査）。公立学校の一覧を読み込むと、そちらを使います。',
		pasted: (n: string) => `${n} 個のセルを貼り付けました。`
	},
	compare: {
		title: '市町村の比較',
		lead: '読み込んだデータのすべての設置者を、3か年計画の目標（支援員1人あたり4校）と比べます。グラフ・地図・表は連動しており、どれかで選んだ市町村はすべてで強調されます。',
		filters: '絞り込み',
		kinds: '設置者の種類',
		schoolTypes: '数える学校種',
		noneMeansAll: '（どれも選ばなければ、すべて）',
		prefecture: '都道府県',
		allPrefectures: 'すべての都道府県',
		search: '名称・コードで検索',
		onlySelected: '選んだ市町村だけを表示',
		clearSelection: '選択を解除',
		selected: (n: number) => `${n} 件を選択中`,
		shown: (n: string, total: string) => `${total} 件中 ${n} 件を表示`,
		ranking: '支援員1人あたりの学校数（目標から遠い順）',
		rankingNote: (n: number, total: number) =>
			`目標から遠い ${n} 件（全 ${total} 件中）。赤線: 目標 4校、灰線: 全国 4.5校。`,
		rankingMore: '全件は下の表にあります。棒を押すと選択します。',
		scatter: '学校数と支援員数',
		scatterNote: '点ひとつが設置者。赤線より上なら目標（4校に1人）を満たします。',
		scatterPick: '点を押すと選択します。',
		schoolsAxis: '学校数（校）',
		staffAxis: '支援員数（人）',
		targetLine: '目標 1:4',
		nationalLine: '全国 1:4.5',
		map: '地図（支援員の不足）',
		mapNote: '円の大きさは学校数、色は目標までの不足人数。円を押すと選択します。',
		mapLegend: { met: '目標を満たす', short: '不足あり', none: '支援員なし' },
		areaMapNote: '色は支援員の目標（4校に1人）に対する状況。市区町村を押すと選択します。ホイールで拡大できます。',
		boundarySource: '国土数値情報（行政区域データ）（国土交通省）を加工して作成（2025年、CC BY 4.0）',
		boundaries: '境界の GeoJSON・TopoJSON を読み込む（塗り分け地図）',
		boundariesLoaded: (file: string, n: number) => `「${file}」の境界 ${n} 件で塗り分けています（支援員の達成率）。`,
		boundariesFailed: (file: string, reason: string) => `「${file}」を地図に使えません: ${reason}`,
		boundariesReasons: {
			not_json: 'JSON ではありません',
			not_geojson: 'GeoJSON の FeatureCollection でも TopoJSON の Topology でもありません',
			bad_topology:
				'TopoJSON が壊れています（arcs が経度・緯度の並びでない、存在しない arc を参照している、または objects の図形が読めません）',
			bad_geometry: '境界の座標が壊れています（Polygon・MultiPolygon の経度・緯度の並びになっていません）',
			no_match: '市町村コード（N03_007、code など）が一致する境界がありません'
		},
		heat: '計画指標の達成状況',
		heatNote: '色が濃いほど目標に近い（100% で目標達成）。空欄は報告なし。見出しを押すと並べ替えます。',
		column: {
			name: '設置者',
			schools: '学校数',
			staff: '支援員数',
			schoolsPerStaff: '1人あたり学校数',
			gap: '不足人数',
			staffAttainment: '支援員',
			attainment: '達成率',
			change: '前年度比'
		},
		change: {
			years: (from: string, fromStaff: string, to: string, toStaff: string) =>
				`${from} ${fromStaff}人 → ${to} ${toStaff}人`,
			noEarlier: (fy: string) => `${fy}より前の年度の人数がありません。`,
			formula: '前年度比 = この年度の支援員数 − その前の年度の支援員数（設置者全体の人数。学校種の絞り込みによらない）'
		},
		select: (name: string) => `${name} を選ぶ`,
		heatKeys:
			'行の間は ↑ ↓ キーで、表の枠ひとつ分は PageUp・PageDown キーで、先頭と末尾の行へは Home・End キーで移れます。',
		noStaffTitle: '支援員を配置していない市町村',
		noStaffNote: (n: number, share: string) =>
			`${n} 市町村（学校のある市町村の ${share}）。全国では約3割が未配置です。`,
		noneWithoutStaff: 'すべての市町村が支援員を配置しています。',
		showAll: (n: number) => `すべて表示（${n} 件）`,
		showFewer: '一部だけ表示',
		detail: (name: string) => `${name} の詳細`,
		closeDetail: '詳細を閉じる',
		openScenarios: 'この市町村でシナリオを試す',
		openSchedule: '巡回スケジュールを作る',
		pool: '小規模市町村の共同化',
		poolNote: '選んだ市町村の学校と支援員をまとめ、支援員の共同配置や共同ヘルプデスクをシナリオで試します。',
		poolButton: (n: number) => `選んだ ${n} 市町村で共同シナリオを作る`,
		poolNeedsTwo: '2つ以上の市町村を選んでください。',
		poolShared: (n: number) => `共同で支援員 +${n}人`,
		poolDesk: '共同ヘルプデスク',
		poolReplaces: (names: string[]) =>
			`シナリオは4つまでのため、「${names.join('」「')}」が共同シナリオに置き換わります。必要ならシナリオ比較の画面でファイルに保存してから進めてください。続けますか？`,
		notFound: (code: string) => `コード ${code} の設置者はデータにありません。`,
		typeFilter: {
			title: '学校種で絞り込んだときの支援員数',
			text: (types: string) =>
				`支援員数は、${types}を担当している分だけを数えます。支援員全員を一部の学校の数で割ると、目標に届いていない市町村も届いたように見えるためです。`,
			formula:
				'支援員数 = Σ 各支援員 ×（担当校のうち選んだ学校種の校数 ÷ 担当校の数）（担当校: assignments の表）。担当の記録がない支援員は、その設置者の学校のうち選んだ学校種の割合で数えます（このときの1人あたり学校数は、すべての学校種で数えた値と同じ）',
			mark: '※',
			markLabel: '担当の記録がない支援員を学校種の割合で按分',
			markNote:
				'※ 担当の記録がない支援員を含むため、その分は学校種の割合で按分しています（1人あたり学校数は、すべての学校種で数えた値と同じ）。',
			headcount: (n: string) => `支援員は全体で ${n}人`,
			ratioFormula: '選んだ学校種の学校数 ÷ その学校を担当する支援員数（上の計算式）',
			separator: '・'
		},
		csv: {
			prefecture: '都道府県コード',
			code: '団体コード',
			name: '名称',
			kind: '区分',
			schools: '学校数（校）',
			staff: '支援員数（人）',
			ratio: '支援員1人あたり学校数（校/人）',
			needed: '目標に必要な支援員数（人）',
			gap: '不足人数（人）',
			fiscalYear: '年度（西暦）',
			staffHeadcount: '支援員数 全体（人）',
			staffBasis: '支援員数の数え方',
			beforeYear: '前年度（西暦）',
			staffBefore: '前年度の支援員数（人）',
			change: '前年度比（人）',
			basis: {
				headcount: '人数',
				assignments: '担当校の学校種で按分',
				schoolMix: '設置者の学校種の割合で按分（担当の記録なし）',
				mixed: '担当校の学校種と、担当の記録がない分は設置者の学校種の割合で按分'
			}
		},
		attainmentHeader: (name: string) => `${name} 達成率（0〜1）`
	},
	publicFile: {
		kind: {
			p29: '国土数値情報「学校データ」（P29）',
			school_list: '文部科学省「学校コード一覧」',
			ssdse_a: '統計センター SSDSE-A（市区町村）',
			header_row: '見出しが1行目にない表'
		},
		found: (kept: string, total: string) => `ファイルの学校 ${total} 校のうち ${kept} 校を読み込みます。`,
		municipality: '市区町村',
		all: 'すべて',
		types: '学校種',
		managers: '設置者',
		manager: {
			national: '国立',
			prefecture: '都道府県立',
			municipality: '市区町村立',
			private: '私立',
			other: 'その他'
		},
		notPlanned: '計画の対象外（幼稚園・大学など）',
		skipped: (n: string) => `${n} 件は読み込めません（「読み込み結果」に番号を示します）。`,
		closed: (n: string) => `廃止された学校 ${n} 校は読み込みません。`,
		located: (loaded: string, municipality: string) =>
			`位置: 読み込み済みの学校から学校コードで ${loaded} 校、市区町村の代表点に ${municipality} 校（代表点の学校は警告で示します）。`,
		unplaced: (n: string) => `所在地から市区町村が分からない学校が ${n} 校あります（「読み込み結果」に行を示します）。`,
		ssdse: (year: string, municipalities: string, rows: string) =>
			`${year}年度の学校数（国公私立計）。市区町村 ${municipalities} のうち、選んだ都道府県の ${rows} 行を「学校数（市区町村別）」として読み込みます。高等学校は都道府県の行にまとめます。`,
		prefecture: '都道府県',
		headerRow: (row: string) => `見出しは ${row} 行目として読みました（その前の行は表題として読み飛ばします）。`,
		missing: (n: string) => `このファイルの行が参照する市区町村・都道府県 ${n} 件が、市区町村の表にありません。`,
		addMunicipalities: '組み込みの市区町村一覧を追加する',
		candidates: (names: string) => `見出しは ${names} のどれとも読めます。「表の種類」で選んでください。`,
		renamed: '次の見出しは、別の書き方として読み替えました:'
	},
	schoolType: {
		elementary: '小学校',
		junior_high: '中学校',
		compulsory: '義務教育学校',
		high: '高等学校',
		special_needs: '特別支援学校',
		secondary: '中等教育学校'
	},
	report: {
		countsPack: {
			lead: '学校数（学校基本調査）と入力した支援員数から、3か年計画の目標（4校に1人）に届くまでの増員と費用をまとめます。巡回と依頼の計算による効果は、学校ごとの位置と支援員の一覧を読み込むと加わります。',
			whole: (name: string, employers: number) => `${name}全体（${employers} 設置者）`,
			employment: '増やす支援員の雇用形態',
			months: '要求年度の配置月数',
			subtitle: '学校数と支援員数による試算（4校に1人）',
			people: (added: string, before: string, after: string) => `支援員 +${added} 人（${before} 人 → ${after} 人）`,
			met: '計画の目標（4校に1人）に達しているため、増員の要求はありません。',
			standing: (rank: string, of: string, atTarget: string) =>
				`県内 ${of} 市町村のうち、支援員1人あたりの学校数が少ない順に ${rank} 番目です（目標を満たす市町村は ${atTarget}）。`,
			shares: (atTarget: string, of: string, without: string, nationalAt: string, nationalWithout: string) =>
				`目標を満たす市町村は ${of} のうち ${atTarget}（全国 約 ${nationalAt}）、支援員を配置していない市町村は ${without}（全国 約 ${nationalWithout}）です。`,
			changeTitle: '前年度からの増減',
			change: (from: string, fromStaff: string, to: string, toStaff: string, change: string) =>
				`${from} ${fromStaff} 人 → ${to} ${toStaff} 人（${change} 人）`,
			noChange: (fy: string) =>
				`${fy}より前の年度の支援員数がありません（データの画面で前年度の人数を読み込むと増減を示します）。`,
			costTitle: '必要な支援員と費用（単価 ÷ 12 × 人数 × 月数）',
			added: '増やす人数',
			unitCost: (employment: string, yen: string) => `単価: ${employment} 年 ${yen} 円（前提、変更可）`,
			formula: (months: number) =>
				`費用 = 年間単価 ÷ 12 × 現状から増やす人数 × 月数（要求年度 ${months} か月、その後の年度は12か月）。増員は計画の最終年度までの各年度に均等に配分`,
			effects:
				'訪問日数や依頼への対応時間などの効果は、学校ごとの位置と支援員の一覧から巡回スケジュールと1年間の依頼を計算して示します。今のデータは市区町村ごとの数だけのため、この資料には含めていません。',
			effectsLink: 'データの画面で学校の一覧と支援員の一覧を読み込む',
			madeWith: 'Haichi（ICT支援員 配置計画）で作成。数値の出典は各表の下に記載。'
		},
		needsSchools:
			'予算資料は、シナリオ（学校ごとの位置と支援員の一覧による巡回と依頼の計算）から作ります。今のデータは市区町村ごとの数だけのため、まだ作れません（上の「このデータにない表」を参照）。',
		title: '予算要求資料',
		lead: '選んだ設置者とシナリオについて、現状と計画目標、必要な支援員と費用、期待される効果、巡回スケジュール、前提と出典をA4の資料にまとめます。「PDFとして印刷」でブラウザの印刷からPDFに保存できます。',
		scope: '設置者',
		scenario: 'シナリオ',
		noScenario: 'シナリオがありません。シナリオ比較の画面で作ってください。',
		budgetYear: '予算の年度（西暦）',
		organisation: '作成者（組織名）',
		organisationDefault: (name: string) => `${name}教育委員会`,
		print: 'PDFとして印刷',
		computing: '資料の数値を計算しています…',
		docTitle: 'ICT支援員の配置計画と予算要求',
		docSubtitle: (scenario: string) => `「${scenario}」の提案`,
		budgetFor: (fy: string) => `${fy} 予算要求`,
		headline: {
			title: (fy: string) => `${fy} 予算要求額`,
			increase: '増額',
			decrease: '減額',
			unchanged: '増減なし',
			people: (change: string, before: string, after: string) => `支援員 ${change} 人（${before} 人 → ${after} 人）`,
			total: (yen: string) => `年間費用 合計 ${yen} 円`,
			today: (yen: string) => `現状 ${yen} 円`
		},
		page: '頁',
		prepared: (date: string) => `作成日 ${date}`,
		madeWith: 'Haichi（ICT支援員 配置計画）で作成。数値の出典と前提は最終ページに記載。',
		fictional: 'この資料はサンプルデータ（架空）によるものです。',
		sections: {
			current: '1. 要求の理由: 現状と計画目標',
			cost: '2. 必要な支援員と年間費用',
			effects: '3. 期待される効果',
			schedule: '4. 巡回スケジュールの概要',
			assumptions: '5. 前提と出典'
		},
		currentText: (name: string, ratio: string, target: number, needed: number, gap: number) =>
			gap > 0
				? `${name}の支援員1人あたりの学校数は ${ratio} 校で、3か年計画の目標（${target} 校に1人）に届くには ${needed} 人が必要です（現状から ${gap} 人不足）。`
				: `${name}の支援員1人あたりの学校数は ${ratio} 校で、3か年計画の目標（${target} 校に1人）を満たしています。`,
		item: '項目',
		value: '値',
		baselineColumn: '現状（ベースライン）',
		scenarioColumn: (name: string) => `提案（${name}）`,
		change: '増減',
		national: (fy: string) => `全国（${fy}末）`,
		target: '目標（3か年計画）',
		staffCost: '支援員の費用',
		deskCost: 'ヘルプデスクの費用',
		totalCost: '年間費用 合計',
		basis: {
			title: '国の計画と財源',
			text: (target: number, yen: string) =>
				`国は「学校のICT環境整備3か年計画（2025〜2027年度）」で、ICT支援員を ${target} 校に1人配置する水準を定め、必要な事業費を単年度で ${yen} とし、所要の地方財政措置を講じています。`,
			national: (staff: string, ratio: string, fy: string, atTarget: string) =>
				`全国では${fy}末に ${staff} 人が配置され（約 ${ratio} 校に1人）、4校に1人以上を配置している自治体は約 ${atTarget} です。`,
			yen: (oku: string) => `${oku}億円`
		},
		breakdown: {
			title: '費用の内訳（単価 × 人数 × 月数）',
			added: '増やす支援員',
			removed: '減らす支援員',
			today: '現状の支援員',
			employment: '雇用形態',
			unitCost: '年間単価（週5日）',
			days: '勤務日（週）',
			monthly: '1人の月額',
			people: '人数',
			months: '月数',
			amount: '金額（円）',
			basisTitle: '単価の根拠',
			basis: {
				data: '職員表の年額（データ）',
				scenario: 'このシナリオで設定した単価',
				assumption: {
					contract: '委託先への支払額',
					appointed: '会計年度任用職員の報酬と手当',
					regular: '正規職員の給与と事業主負担'
				}
			},
			desk: 'ヘルプデスク',
			changeTotal: '増減 合計',
			todayTotal: '現状 合計',
			newTotal: '要求後の年間費用 合計',
			formula:
				'金額 = 年間単価 × 勤務日 ÷ 5 × 人数 × 月数 ÷ 12（職員表に年額があればその値）。月額は円未満を四捨五入して表示',
			noChange: 'このシナリオは支援員を増減しません。'
		},
		years: {
			title: '計画期間（2027年度まで）の各年度',
			year: '年度',
			staff: '支援員数',
			cost: '年間費用（円）',
			change: '現状からの増額（円）',
			total: '計画期間の合計',
			note: '各年度とも同じ配置で12か月分として計算（単価は前提、変更可）。',
			beyond: (fy: string) =>
				`${fy}は3か年計画の期間（2025〜2027年度）の後のため、計画期間の各年度の費用は示していません。目標（4校に1人）は計画期間の水準です。`
		},
		effect: {
			words: '効果',
			same: '変わりません',
			omitted: (rows: string) => `どちらも 0 で差のない指標は省いています（${rows}）。`,
			change: {
				visitDaysPerSchool: (d: string, up: boolean) => `1校あたりの訪問が週 ${d} 日${up ? '増えます' : '減ります'}`,
				medianDays: (d: string, up: boolean) =>
					`半数の依頼が対応を受けるまでの日数が ${d} 勤務日${up ? '長くなります' : '短くなります'}`,
				p90Days: (d: string, up: boolean) =>
					`9割の依頼が対応を受けるまでの日数が ${d} 勤務日${up ? '長くなります' : '短くなります'}`,
				p90Hours: (d: string, up: boolean) =>
					`9割の依頼が対応を受けるまでの時間が ${d} 時間${up ? '長くなります' : '短くなります'}`,
				// The change comes in points ("3.7 pt"), which Japanese documents write as ポイント.
				sameDay: (d: string, up: boolean) =>
					`受け付けた日のうちに対応される依頼の割合が ${d.replace(/\s*pt$/, ' ポイント')}${up ? '上がります' : '下がります'}`,
				backlogPeak: (d: string, up: boolean) => `対応を待つ依頼の最多件数が ${d} 件${up ? '増えます' : '減ります'}`,
				travelHours: (d: string, up: boolean) => `移動時間が週 ${d} 時間${up ? '増えます' : '減ります'}`
			}
		},
		ranking: '県内の支援員1人あたり学校数',
		scheduleText: (
			visits: number,
			required: number,
			extra: number,
			days: number,
			available: number,
			slots: number,
			hours: string
		) =>
			`週 ${visits} 回の学校訪問（訪問方針の ${required} 回と、余った勤務日で依頼の多い学校へ追加する ${extra} 回）を、支援員の勤務日 ${available} 日のうち ${days} 日で行います。` +
			(available > days
				? `訪問のない ${available - days} 日は拠点での遠隔支援にあて、1日 ${slots} 件を受けます（件数は前提で、変更できます）。`
				: '') +
			`移動時間は週 ${hours} 時間です。`,
		assumptionList: {
			unitCost: (employment: string, yen: string) => `${employment}の年間単価: ${yen} 円（5日勤務）`,
			remote: (shares: string, slots: number, office: number) =>
				`遠隔で解決できる割合: ${shares}。支援員1人が遠隔で受ける件数: 訪問日 ${slots} 件、訪問のない日 ${office} 件`,
			helpDesk: (mode: string, source: string) => `ヘルプデスク（現状）: ${mode}（${source}）`,
			visits: (base: number, perDay: number) =>
				`訪問方針: 各校 週 ${base} 日以上。余った勤務日は依頼の多い学校への追加の訪問にあて（1日 ${perDay} 校、1校 週2回まで）、残りは拠点での遠隔支援`,
			travel: (circuity: number, speed: number, stop: number) =>
				`移動時間: 直線距離 × ${circuity} ÷ 時速 ${speed} km + 到着ごと ${stop} 分`,
			simulation: (runs: number, seed: number) =>
				`応答時間: 1年分の支援依頼を ${runs} 回シミュレーション（乱数の種 ${seed}）。祝日は内閣府「国民の祝日について」、長期休業は設定どおり`
		},
		version: {
			label: '印刷する版',
			detailed: '詳細版',
			summary: '概要版（A4 1枚）'
		},
		notes: {
			title: '説明文と決裁欄',
			lead: '各節の初めに印刷する短い説明です（書かない節には何も印刷しません）。このブラウザの作業データに保存され、作業データのファイルにも含まれます。',
			section: {
				purpose: '提案の趣旨',
				current: '現状と課題',
				cost: '所要経費',
				effects: '期待される効果',
				week: '巡回の体制'
			},
			limit: (max: number) => `${max.toLocaleString('ja-JP')}字まで`,
			approvalsShown: '決裁欄を印刷する（表紙と概要版）',
			roles: '決裁欄の役職（「、」で区切る）',
			defaultRoles: ['起案者', '係長', '課長'],
			approvals: '決裁欄'
		},
		summary: {
			title: '予算要求の概要',
			reasons: '要求の理由',
			rank: (name: string, rank: number, of: number) =>
				`${name}の支援員1人あたりの学校数は、県内 ${of} 設置者のうち少ない方から ${rank} 番目です。`,
			cost: '所要経費',
			costLine: (total: string, today: string, change: string) =>
				`要求後の年間費用 ${total} 円（現状 ${today} 円から ${change} 円）`,
			costPart: (employment: string, people: string, monthly: string | null, months: number, amount: string) =>
				monthly === null
					? `${employment} ${people} 人 ${amount} 円`
					: `${employment} ${people} 人 × 月額 ${monthly} 円 × ${months} か月 = ${amount} 円`,
			costParts: (parts: string) => `。増減の内訳: ${parts}`,
			deskPart: (amount: string) => `ヘルプデスク ${amount} 円`,
			effects: '主な効果',
			overflow:
				'概要版が A4 1枚に収まりません（説明文が長いため、2枚目に続きます）。1枚にするには、説明文を短くしてください。',
			noEffect: 'このシナリオでは、応答時間と訪問の指標に差がありません。',
			details: '費用の内訳と計画期間の各年度、効果の根拠、週の巡回表、前提と出典は詳細版に記載しています。',
			sources: (data: string, fy: string) =>
				`出典: ${data}。文部科学省「ICT支援員の適正配置を」（令和7年3月、${fy}末の配置状況と3か年計画）。応答時間はシミュレーションによる推計。`
		},
		week: {
			title: '週の巡回表',
			caption: '支援員ごと・曜日ごとの訪問校（訪問の順、時刻は到着）',
			staff: '支援員',
			none: '訪問なし',
			total: '訪問校数・支援員',
			added: (n: number) => `増員${n}`,
			dayTotal: (visits: string, staff: string) => `${visits} 校・${staff} 人`,
			note: '提案のシナリオで作った週の巡回で、シナリオ比較の数値と同じ計算によります。訪問のない日は拠点での遠隔支援です。'
		},
		sourcesTitle: '出典',
		sourceList: {
			leaflet: (fy: string) =>
				`文部科学省「ICT支援員の適正配置を」（令和7年3月）: ICT支援員の配置状況（${fy}末）、学校のICT環境整備3か年計画（2025〜2027年度）と地方財政措置`,
			holidays: '内閣府「国民の祝日について」: 国民の祝日（勤務日の数え方）',
			schedule:
				'週の巡回: 訪問方針と移動の前提（「巡回スケジュール」画面の設定、変更可）から、移動時間が最も短くなるよう数理最適化で作成'
		}
	},
	kind: { city: '市', ward: '区', town: '町', village: '村', prefecture: '県' },
	helpDeskNote: {
		title: (name: string) => `ヘルプデスク（${name}）:`,
		what: (mode: string, source: string, cost: string, capacity: string) =>
			`${mode}（${source}）。この範囲の負担 年 ${cost} 円、遠隔で受ける件数 1日 ${capacity} 件。`,
		split: (members: number, inScope: number) =>
			`費用と受付件数は参加 ${members} 市町村で均等に分け、この範囲は ${inScope} 市町村分を負担します。`,
		takes: (shares: string) => `受けるのは遠隔で解決できる依頼です（${shares}。割合は前提で、変更できます）。`,
		source: { data: 'ICT環境の指標「ヘルプデスク」から', assumption: '前提（変更可）', scenario: 'このシナリオの設定' },
		why: {
			same: (_use: string, _change: string) => '現状と同じデスクです。',
			spare: (use: string, change: string) =>
				`現状でも遠隔の受付枠は余っています（利用率 ${use}）。待ち時間は訪問を待つ依頼で決まるため、応答時間（p90）の変化は ${change} 勤務日にとどまります。`,
			short: (use: string, change: string) =>
				`現状では遠隔の受付枠が足りません（利用率 ${use}）。デスクが遠隔で解決できる依頼を受けることで、応答時間（p90）が ${change} 勤務日変わります。`
		}
	},
	category: { lesson: '授業支援', admin: '校務支援', environment: '環境整備', training: '校内研修' },
	month: (m: number) => `${m}月`
};

export type Messages = typeof ja;
