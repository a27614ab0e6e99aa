import { defineSkills } from '../skill';

/** reference/occupations.md §6.1 Software and IT (36 skills). */
export const IT_SKILLS = defineSkills('it', [
  {
    id: 'java',
    label: { en: 'Java', ja: 'Java', ko: '자바' },
    synonyms: ['Java SE', 'JVM'],
  },
  {
    id: 'python',
    label: { en: 'Python', ja: 'Python（パイソン）', ko: '파이썬' },
    synonyms: ['Py', 'Python3', 'パイソン'],
  },
  {
    id: 'javascript',
    label: { en: 'JavaScript', ja: 'JavaScript', ko: '자바스크립트' },
    synonyms: ['JS', 'ECMAScript', 'ES6'],
  },
  {
    id: 'typescript',
    label: { en: 'TypeScript', ja: 'TypeScript', ko: '타입스크립트' },
    synonyms: ['TS'],
  },
  {
    id: 'react',
    label: { en: 'React', ja: 'React', ko: '리액트' },
    // Next.js: left out of the 100 by the reference, which says to add it back as an alias of `react`.
    synonyms: ['React.js', 'ReactJS', 'Next.js'],
  },
  {
    id: 'vue',
    label: { en: 'Vue.js', ja: 'Vue.js', ko: '뷰' },
    synonyms: ['Vue', 'Nuxt'],
  },
  {
    id: 'nodejs',
    label: { en: 'Node.js', ja: 'Node.js', ko: '노드JS' },
    synonyms: ['Node', 'Express'],
  },
  {
    id: 'spring',
    label: { en: 'Spring / Spring Boot', ja: 'Spring Boot', ko: '스프링·스프링부트' },
    // 전자정부프레임워크 = the KR public-sector Spring stack (the reference's note).
    synonyms: ['Spring Framework', '전자정부프레임워크', 'Spring', '스프링', '스프링부트'],
  },
  {
    id: 'kotlin',
    label: { en: 'Kotlin', ja: 'Kotlin', ko: '코틀린' },
    synonyms: ['Android Kotlin'],
  },
  {
    id: 'swift',
    label: { en: 'Swift', ja: 'Swift', ko: '스위프트' },
    // The reference also lists `iOS` here and under `mobile-dev`; resolved to `mobile-dev` (see README).
    synonyms: ['SwiftUI'],
  },
  {
    id: 'go',
    label: { en: 'Go', ja: 'Go言語', ko: 'Go 언어' },
    synonyms: ['Golang'],
  },
  {
    id: 'c-cpp',
    label: { en: 'C / C++', ja: 'C言語・C++', ko: 'C언어·C++' },
    synonyms: ['CPP', 'C', 'C++', 'C言語', 'C언어'],
  },
  {
    id: 'csharp-dotnet',
    label: { en: 'C# / .NET', ja: 'C#・.NET', ko: 'C#·닷넷' },
    synonyms: ['ASP.NET', 'C#', '.NET', '닷넷'],
  },
  {
    id: 'php',
    label: { en: 'PHP', ja: 'PHP', ko: 'PHP' },
    synonyms: ['Laravel'],
  },
  {
    id: 'sql',
    label: { en: 'SQL', ja: 'SQL', ko: 'SQL' },
    synonyms: ['RDB', 'クエリ', '쿼리'],
  },
  {
    id: 'rdbms',
    label: {
      en: 'Relational databases (MySQL, PostgreSQL, Oracle)',
      ja: 'RDBMS（MySQL・PostgreSQL・Oracle）',
      ko: '관계형 DB',
    },
    synonyms: ['DB設計', 'DB 설계', 'RDBMS', 'Relational databases', 'MySQL', 'PostgreSQL', 'Oracle'],
  },
  {
    id: 'aws',
    label: { en: 'AWS', ja: 'AWS', ko: 'AWS' },
    synonyms: ['Amazon Web Services', 'クラウド', '클라우드'],
  },
  {
    id: 'azure',
    label: { en: 'Microsoft Azure', ja: 'Azure', ko: '애저' },
    synonyms: ['MS Azure'],
  },
  {
    id: 'gcp',
    label: { en: 'Google Cloud', ja: 'Google Cloud', ko: '구글 클라우드' },
    synonyms: ['GCP'],
  },
  {
    id: 'docker',
    label: { en: 'Docker', ja: 'Docker', ko: '도커' },
    synonyms: ['コンテナ', '컨테이너'],
  },
  {
    id: 'kubernetes',
    label: { en: 'Kubernetes', ja: 'Kubernetes', ko: '쿠버네티스' },
    synonyms: ['k8s'],
  },
  {
    id: 'linux',
    label: { en: 'Linux', ja: 'Linux', ko: '리눅스' },
    synonyms: ['Unix', 'サーバー構築'],
  },
  {
    id: 'git',
    label: { en: 'Git / GitHub', ja: 'Git・GitHub', ko: '깃·깃허브' },
    synonyms: ['バージョン管理', '형상관리', 'GitLab', 'Git', 'GitHub', '깃', '깃허브'],
  },
  {
    id: 'ci-cd',
    label: { en: 'CI/CD', ja: 'CI/CD', ko: 'CI/CD' },
    synonyms: ['GitHub Actions', 'Jenkins', '継続的インテグレーション'],
  },
  {
    id: 'api-design',
    label: { en: 'REST API design', ja: 'API設計', ko: 'API 설계' },
    synonyms: ['REST', 'OpenAPI', 'GraphQL'],
  },
  {
    id: 'mobile-dev',
    label: { en: 'Mobile app development (iOS/Android)', ja: 'スマホアプリ開発', ko: '모바일 앱 개발' },
    synonyms: ['Android', 'iOS', 'Flutter', 'React Native', 'Mobile app development'],
  },
  {
    id: 'unity',
    label: { en: 'Unity', ja: 'Unity', ko: '유니티' },
    // The reference's alias "C# (game)" is not indexed: plain `C#` resolves to `csharp-dotnet` (see README).
    // Unreal Engine: left out of the 100 by the reference, which says to add it back as an alias of `unity`.
    synonyms: ['ゲームエンジン', 'Unreal Engine'],
  },
  {
    id: 'embedded',
    label: { en: 'Embedded development', ja: '組込み開発', ko: '임베디드 개발' },
    synonyms: ['RTOS', 'ファームウェア', '펌웨어', 'マイコン'],
  },
  {
    id: 'machine-learning',
    label: { en: 'Machine learning', ja: '機械学習', ko: '머신러닝' },
    synonyms: ['ML', 'AI', '인공지능', 'ディープラーニング', '딥러닝'],
  },
  {
    id: 'data-analysis',
    label: { en: 'Data analysis', ja: 'データ分析', ko: '데이터 분석' },
    synonyms: ['データ解析', '빅데이터', 'pandas'],
  },
  {
    id: 'bi-tools',
    label: { en: 'BI tools (Tableau, Power BI)', ja: 'BIツール', ko: 'BI 툴' },
    synonyms: ['Tableau', 'Power BI', 'Looker', 'BI tools'],
  },
  {
    id: 'networking',
    label: { en: 'Network design and operation (TCP/IP)', ja: 'ネットワーク構築', ko: '네트워크 구축' },
    synonyms: ['Cisco', 'CCNA', 'LAN/WAN', 'TCP/IP', 'Network design and operation'],
  },
  {
    id: 'info-security',
    label: { en: 'Information security', ja: '情報セキュリティ', ko: '정보보안' },
    synonyms: ['サイバーセキュリティ', '사이버보안', '정보보호'],
  },
  {
    id: 'testing-qa',
    label: { en: 'Software testing / QA', ja: 'テスト・品質保証', ko: '테스트·QA' },
    // The reference also lists 品質保証 under `quality-control`; resolved to `quality-control` (see README).
    synonyms: ['QA', '검증', 'Software testing', 'テスト', '테스트'],
  },
  {
    id: 'requirements',
    label: { en: 'Requirements definition', ja: '要件定義', ko: '요구사항 정의' },
    synonyms: ['上流工程', '요구분석'],
  },
  {
    id: 'system-design',
    label: { en: 'Basic and detailed design', ja: '基本設計・詳細設計', ko: '기본설계·상세설계' },
    synonyms: ['設計書', '설계서', '基本設計', '詳細設計', '기본설계', '상세설계'],
  },
]);
