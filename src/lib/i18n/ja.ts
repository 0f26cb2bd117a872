/** Japanese messages (default). The English file must have exactly the same shape. */
import type { IssueRule } from '$lib/domain/issues';

export const ja = {
	lang: '日本語',
	app: {
		name: 'Haichi',
		tagline: 'ICT支援員 配置計画',
		skipToContent: '本文へ移動',
		nav: { label: '主要ナビゲーション', overview: '概要', data: 'データ' },
		language: '表示言語',
		footer: 'データはこのブラウザの中だけで処理され、外部に送信されません。'
	},
	status: {
		starting: 'データベース（DuckDB）を起動しています…',
		loading: 'データを読み込んでいます…',
		reload: 'ページを再読み込み',
		restoreSample: 'サンプルデータを読み込み直す',
		details: '技術的な詳細',
		precomputed: '表示中の数値は、同じサンプルファイルから事前に計算したものです。データベースの起動後、このブラウザ内で計算し直した結果に置き換わります。'
	},
	failure: {
		title: 'データを表示できません',
		unsupported_browser:
			'このブラウザは WebAssembly の例外処理に対応していないため、Haichi を動かせません。最新の Chrome、Edge、Firefox、Safari をお使いください。',
		engine: 'ブラウザ内のデータベースを起動できませんでした。ページを再読み込みしてください。',
		fetch: (file: string, status: number) =>
			`サンプルファイル「${file}」を取得できませんでした${status ? `（HTTP ${status}）` : ''}。ネットワーク接続とサーバーを確認してください。`,
		invalid_data: (count: number) => `データの検証で ${count.toLocaleString('ja-JP')} 件の問題が見つかったため、読み込みを取り消しました。`,
		stored_state: 'このブラウザに保存されたデータを読み込めません（破損しているか、別の版の形式です）。「サンプルデータを読み込み直す」を押すと、保存内容を消して始め直します。',
		workspace_file: (detail: string) => `作業データのファイルを読み込めません（${detail}）。Haichi で書き出したファイルを選んでください。今のデータはそのままです。`,
		unexpected: '予期しないエラーが発生しました。サンプルデータを読み込み直すか、ページを再読み込みしてください。',
		keptEarlier: 'それまでに読み込まれていたデータはそのまま使えます。',
		issuesShown: (shown: number, total: number) => `最初の ${shown} 件を表示（全 ${total.toLocaleString('ja-JP')} 件）`
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
					binary: 'CSV ではありません（Excel などの形式のままの可能性があります）',
					encoding: '文字コードを判別できません（UTF-8 か Shift_JIS で保存してください）',
					no_header: '見出し行がありません',
					truncated: 'ファイルが途中で切れています（閉じていない " があります）',
					xlsx: 'Excel ファイルを読み取れません（壊れているか、.xlsx 形式ではありません）',
					parquet: 'Parquet ファイルを読み取れません（壊れているか、対応していない圧縮形式です）'
				})[expected] ?? 'ファイルに問題があります',
			field_count: (expected: string) => `項目の数が見出し行（${expected} 列）と一致しません`,
			missing_column: (expected: string) => `必須の列がありません（見出し: ${expected}）`,
			unknown_column: () => '認識できない列のため読み込みません',
			zero_value: () => '値が 0 です。正しいか確認してください',
			unknown_table: () => '列見出しから表の種類（学校・支援員・支援依頼など）を判別できません',
			same_table_twice: () => '同じ種類の表のファイルが複数あります。1つにまとめてください',
			no_rows: () => 'データ行がありません。読み込むとこの表は空になります'
		} satisfies Record<IssueRule, (expected: string) => string>
	},
	sample: {
		badge: '架空データ',
		notice: (prefecture: string) =>
			`表示中のデータは、架空の「${prefecture}」のサンプルです。自治体・学校・支援員はすべて架空で、実在のものとは関係ありません。`
	},
	source: {
		label: '出典',
		dataset: (name: string, fy: string) => `${name}（${fy}）`,
		sampleName: (prefecture: string) => `サンプルデータ（架空の${prefecture}）`,
		importedName: '読み込んだデータ',
		plan: '学校のICT環境整備3か年計画（2025〜2027年度）',
		national: (fy: string) => `文部科学省「ICT支援員の適正配置を」（令和7年3月）、${fy}末時点`,
		formula: '計算式',
		assumption: '前提（変更可）'
	},
	overview: {
		title: '配置の概況',
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
			rankingNote: '短いほど手厚い配置。赤線: 目標（4校）、灰線: 全国（4.5校）。支援員のいない設置者は下にまとめて「未配置」と表示。',
			requests: '月別の支援依頼件数（区分別）',
			requestsNote: '学校からの支援依頼の受付件数。4月（アカウント・新端末）と3月（卒業生端末の初期化・更新）に山があります。',
			requestsUnit: '件',
			notDeployed: '未配置'
		}
	},
	charts: {
		save: '保存:',
		saveAs: (title: string, format: string) => `「${title}」を ${format} で保存`,
		exportGroup: (title: string) => `「${title}」の保存`,
		exportFailed: '図を書き出せませんでした。もう一度お試しください。',
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
		caption: '設置者（市町村と県）ごとに報告された値を目標と比べた結果。平均達成率は各設置者の達成率（上限100%）の平均です。',
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
		resultTitle: '読み込みの結果',
		loaded: '読み込みました。概要の数値に反映されています。',
		rejected: '問題が見つかったため、何も変更していません。読み込み済みのデータはそのままです。',
		file: 'ファイル',
		table: '表',
		encoding: '文字コード',
		rows: '行数',
		status: '状態',
		ok: 'OK',
		hasErrors: 'エラーあり',
		unknown: '判別できません',
		loadedTitle: '読み込み済みのデータ',
		loadedCaption: '表ごとの元ファイルと行数。CSV は UTF-8（BOM付き）で Excel でそのまま開けます。',
		origin: '由来',
		originSample: 'サンプル（架空）',
		originImport: '読み込み',
		loadedAt: '読み込み日時',
		export: 'CSV',
		exportLabel: (table: string) => `「${table}」を CSV で保存`,
		restore: 'サンプルデータに戻す',
		revert: '元に戻す',
		revertLabel: (table: string) => `「${table}」を読み込み前（サンプル）に戻す`,
		workspaceTitle: '作業データのファイル',
		workspaceLead: '読み込んだデータを1つのファイルに書き出し、別のパソコンやブラウザで読み込めます。',
		workspaceExport: '作業データを書き出す',
		workspaceImport: '作業データを読み込む',
		storageError: 'このブラウザに保存できませんでした（容量不足やプライベートモードの可能性があります）。データはこのまま使えますが、ページを再読み込みすると失われます。',
		kept: '読み込んだデータはこのブラウザに保存され、再読み込みしても残ります。',
		tableName: {
			municipalities: '市区町村',
			schools: '学校',
			staff: '支援員',
			assignments: '担当（現在の配置）',
			support_requests: '支援依頼の記録',
			ict_environment: 'ICT環境の指標',
			travel_times: '移動時間',
			ferries: 'フェリー航路'
		}
	},
	kind: { city: '市', ward: '区', town: '町', village: '村', prefecture: '県' },
	category: { lesson: '授業支援', admin: '校務支援', environment: '環境整備', training: '校内研修' },
	month: (m: number) => `${m}月`
};

export type Messages = typeof ja;
