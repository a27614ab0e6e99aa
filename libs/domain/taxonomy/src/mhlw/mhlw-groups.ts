/** MHLW 2022 大分類 (all 15), names as in reference/occupations.md §1.1. */
export const MHLW_MAJOR_GROUPS: Readonly<Record<string, string>> = Object.freeze({
  '01': '管理的職業',
  '02': '研究・技術の職業',
  '03': '法務・経営・文化芸術等の専門的職業',
  '04': '医療・看護・保健の職業',
  '05': '保育・教育の職業',
  '06': '事務的職業',
  '07': '販売・営業の職業',
  '08': '福祉・介護の職業',
  '09': 'サービスの職業',
  '10': '警備・保安の職業',
  '11': '農林漁業の職業',
  '12': '製造・修理・塗装・製図等の職業',
  '13': '配送・輸送・機械運転の職業',
  '14': '建設・土木・電気工事の職業',
  '15': '運搬・清掃・包装・選別等の職業',
});

/**
 * The MHLW 2022 中分類 named in reference/occupations.md §1.1 (not all 99), with their 大分類.
 * Names as in source [J1]; the official names may end in 「の職業」 (UNVERIFIED).
 */
export const MHLW_MIDDLE_GROUPS: Readonly<Record<string, { major: string; name: string }>> = Object.freeze({
  '001': { major: '01', name: '法人・団体役員' },
  '002': { major: '01', name: '法人・団体管理職員' },
  '003': { major: '01', name: 'その他の管理的職業' },
  '004': { major: '02', name: '研究者' },
  '006': { major: '02', name: '開発技術者' },
  '007': { major: '02', name: '製造技術者' },
  '008': { major: '02', name: '建築・土木・測量技術者' },
  '009': { major: '02', name: '情報処理・通信技術者（ソフトウェア開発）' },
  '010': { major: '02', name: '情報処理・通信技術者（ソフトウェア開発を除く）' },
  '011': { major: '02', name: 'その他の技術の職業' },
  '012': { major: '03', name: '法務' },
  '013': { major: '03', name: '経営・金融・保険の専門的職業' },
  '015': { major: '03', name: '著述家・記者・編集者' },
  '016': { major: '03', name: '美術家・写真家・映像撮影者' },
  '017': { major: '03', name: 'デザイナー' },
  '018': { major: '03', name: '音楽家・舞台芸術家' },
  '019': { major: '03', name: '図書館司書・学芸員・カウンセラー' },
  '020': { major: '03', name: 'その他の法務・経営・文化芸術等の専門的職業' },
  '032': { major: '05', name: '習い事指導等教育関連の職業' },
  '033': { major: '06', name: '総務・人事・企画事務' },
  '034': { major: '06', name: '一般事務・秘書・受付' },
  '035': { major: '06', name: 'その他の総務等事務' },
  '036': { major: '06', name: '電話・インターネットによる応接事務' },
  '037': { major: '06', name: '医療・介護事務' },
  '038': { major: '06', name: '会計事務' },
  '039': { major: '06', name: '生産関連事務' },
  '040': { major: '06', name: '営業・販売関連事務' },
  '041': { major: '06', name: '外勤事務' },
  '042': { major: '06', name: '運輸・郵便事務' },
  '043': { major: '06', name: 'コンピュータ等事務用機器操作' },
  '044': { major: '07', name: '小売店・卸売店店長' },
  '045': { major: '07', name: '販売員' },
  '046': { major: '07', name: '商品仕入・再生資源卸売' },
  '047': { major: '07', name: '販売類似の職業' },
  '048': { major: '07', name: '営業の職業' },
  '050': { major: '08', name: '施設介護' },
  '055': { major: '09', name: '飲食物調理' },
  '056': { major: '09', name: '接客・給仕' },
  '058': { major: '09', name: 'その他のサービスの職業' },
  '080': { major: '12', name: '生産関連の職業' },
});

/**
 * The MHLW 2022 小分類 codes actually seen in sources (§1.1, source [J3]); every other 小分類 is
 * UNVERIFIED. `009-03`'s name was not seen.
 */
export const MHLW_MINOR_GROUPS_SEEN: Readonly<Record<string, string | null>> = Object.freeze({
  '008-01': '建築設計技術者',
  '009-03': null,
  '009-99': 'その他の情報処理・通信技術者（ソフトウェア開発）',
  '017-01': 'ウェブデザイナー',
  '017-02': 'グラフィックデザイナー',
  '017-99': 'その他のデザイナー',
  '020-99': '他に分類されない法務・経営・文化芸術等の専門的職業',
  '080-03': '画工・看板制作工',
});
