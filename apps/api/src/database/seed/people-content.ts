/** Names, schools and majors for generated candidates: common ones, so no real person is meant. */
export const JP_FAMILY = [
  { name: '佐藤', reading: 'サトウ', roman: 'Sato' },
  { name: '鈴木', reading: 'スズキ', roman: 'Suzuki' },
  { name: '高橋', reading: 'タカハシ', roman: 'Takahashi' },
  { name: '田中', reading: 'タナカ', roman: 'Tanaka' },
  { name: '伊藤', reading: 'イトウ', roman: 'Ito' },
  { name: '渡辺', reading: 'ワタナベ', roman: 'Watanabe' },
  { name: '山本', reading: 'ヤマモト', roman: 'Yamamoto' },
  { name: '中村', reading: 'ナカムラ', roman: 'Nakamura' },
  { name: '小林', reading: 'コバヤシ', roman: 'Kobayashi' },
  { name: '加藤', reading: 'カトウ', roman: 'Kato' },
];
export const JP_GIVEN = [
  { name: '美咲', reading: 'ミサキ', roman: 'Misaki' },
  { name: '陽菜', reading: 'ヒナ', roman: 'Hina' },
  { name: '結衣', reading: 'ユイ', roman: 'Yui' },
  { name: '大翔', reading: 'ヒロト', roman: 'Hiroto' },
  { name: '蓮', reading: 'レン', roman: 'Ren' },
  { name: '悠真', reading: 'ユウマ', roman: 'Yuma' },
  { name: 'さくら', reading: 'サクラ', roman: 'Sakura' },
  { name: '健太', reading: 'ケンタ', roman: 'Kenta' },
  { name: '葵', reading: 'アオイ', roman: 'Aoi' },
  { name: '翔太', reading: 'ショウタ', roman: 'Shota' },
];
export const KR_FAMILY = [
  { name: '김', roman: 'Kim' },
  { name: '이', roman: 'Lee' },
  { name: '박', roman: 'Park' },
  { name: '최', roman: 'Choi' },
  { name: '정', roman: 'Jung' },
  { name: '강', roman: 'Kang' },
  { name: '조', roman: 'Cho' },
  { name: '윤', roman: 'Yoon' },
  { name: '장', roman: 'Jang' },
  { name: '임', roman: 'Lim' },
];
export const KR_GIVEN = [
  { name: '민준', roman: 'Minjun' },
  { name: '서연', roman: 'Seoyeon' },
  { name: '지우', roman: 'Jiwoo' },
  { name: '하은', roman: 'Haeun' },
  { name: '도윤', roman: 'Doyoon' },
  { name: '수아', roman: 'Sua' },
  { name: '예준', roman: 'Yejun' },
  { name: '지민', roman: 'Jimin' },
  { name: '서준', roman: 'Seojun' },
  { name: '유나', roman: 'Yuna' },
];
export const KR_UNIVERSITIES = ['Yonsei University', 'Korea University', 'Hanyang University', 'Sogang University', 'Pusan National University', 'Kyung Hee University', 'Hankuk University of Foreign Studies'];
export const JP_UNIVERSITIES = ['Waseda University', 'Keio University', 'Ritsumeikan University', 'Kyushu University', 'Meiji University', 'Osaka University', 'Doshisha University'];
export const MAJORS = [
  { field: 'business administration', skills: ['sales', 'digital-marketing', 'excel'] },
  { field: 'international trade', skills: ['sales', 'negotiation', 'excel'] },
  { field: 'computer science', skills: ['java', 'python', 'sql', 'javascript'] },
  { field: 'software engineering', skills: ['typescript', 'react', 'javascript', 'aws'] },
  { field: 'japanese language and literature', skills: ['translation', 'japanese', 'interpretation'] },
  { field: 'korean language and literature', skills: ['translation', 'korean', 'interpretation'] },
  { field: 'statistics', skills: ['python', 'sql', 'data analysis', 'excel'] },
  { field: 'visual design', skills: ['figma', 'photoshop', 'illustrator'] },
  { field: 'mechanical engineering', skills: ['cad', 'autocad', 'project management'] },
  { field: 'tourism management', skills: ['customer service', 'japanese', 'excel'] },
  { field: 'media and communication', skills: ['social media marketing', 'copywriting', 'digital marketing'] },
];
