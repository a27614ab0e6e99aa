import { defineSkills } from '../skill';

/** reference/occupations.md §6.7 Hospitality and customer service (7 skills). */
export const HOSPITALITY_SKILLS = defineSkills('hospitality', [
  {
    id: 'customer-service',
    label: { en: 'Customer service', ja: '接客・カスタマーサービス', ko: '고객응대·CS' },
    synonyms: ['おもてなし', '서비스 마인드', '接客', 'カスタマーサービス', '고객응대', 'CS'],
  },
  {
    id: 'call-handling',
    label: { en: 'Contact-centre handling', ja: 'コールセンター対応', ko: '콜센터 상담' },
    synonyms: ['電話応対', '인바운드 상담', 'Call handling'],
  },
  {
    id: 'complaint-handling',
    label: { en: 'Complaint handling', ja: 'クレーム対応', ko: '클레임 처리' },
    synonyms: ['苦情対応', '불만 처리', 'VOC'],
  },
  {
    id: 'front-desk',
    label: { en: 'Front-desk operations', ja: 'フロント業務', ko: '프런트 업무' },
    synonyms: ['チェックイン対応', '체크인', 'Front desk'],
  },
  {
    id: 'reservation-systems',
    label: { en: 'Reservation / property-management systems', ja: '予約システム（PMS）', ko: '예약 시스템(PMS)' },
    synonyms: ['OPERA', 'Amadeus', 'Reservation systems', 'Property-management systems', '予約システム', '예약 시스템', 'PMS'],
  },
  {
    id: 'tour-guiding',
    label: { en: 'Tour guiding', ja: '観光案内・通訳案内', ko: '관광 안내' },
    synonyms: ['全国通訳案内士', '관광통역안내사', '観光案内', '通訳案内'],
  },
  {
    id: 'medical-interpretation',
    label: { en: 'Medical interpretation', ja: '医療通訳', ko: '의료통역' },
    synonyms: ['国際医療コーディネート', '의료관광'],
  },
]);
