// The translation of each language: the shell's file plus one fragment per feature (each fragment's
// top-level key is its feature's name), so that features keep their own words next to their code.
import en from './en.json';
import ja from './ja.json';
import ko from './ko.json';
import profileEn from '../features/profile/locales/en.json';
import profileJa from '../features/profile/locales/ja.json';
import profileKo from '../features/profile/locales/ko.json';
import jobsEn from '../features/jobs/locales/en.json';
import jobsJa from '../features/jobs/locales/ja.json';
import jobsKo from '../features/jobs/locales/ko.json';
import applicationsEn from '../features/applications/locales/en.json';
import applicationsJa from '../features/applications/locales/ja.json';
import applicationsKo from '../features/applications/locales/ko.json';
import organizationEn from '../features/organization/locales/en.json';
import organizationJa from '../features/organization/locales/ja.json';
import organizationKo from '../features/organization/locales/ko.json';
import postingsEn from '../features/postings/locales/en.json';
import postingsJa from '../features/postings/locales/ja.json';
import postingsKo from '../features/postings/locales/ko.json';
import pipelineEn from '../features/pipeline/locales/en.json';
import pipelineJa from '../features/pipeline/locales/ja.json';
import pipelineKo from '../features/pipeline/locales/ko.json';
import visaEn from '../features/visa/locales/en.json';
import visaJa from '../features/visa/locales/ja.json';
import visaKo from '../features/visa/locales/ko.json';
import pathwayEn from '../features/pathway/locales/en.json';
import pathwayJa from '../features/pathway/locales/ja.json';
import pathwayKo from '../features/pathway/locales/ko.json';
import adviserEn from '../features/adviser/locales/en.json';
import adviserJa from '../features/adviser/locales/ja.json';
import adviserKo from '../features/adviser/locales/ko.json';
import matchesEn from '../features/matches/locales/en.json';
import matchEn from '../components/match/locales/en.json';
import matchesJa from '../features/matches/locales/ja.json';
import matchJa from '../components/match/locales/ja.json';
import matchesKo from '../features/matches/locales/ko.json';
import matchKo from '../components/match/locales/ko.json';
import adminEn from '../features/admin/locales/en.json';
import adminJa from '../features/admin/locales/ja.json';
import adminKo from '../features/admin/locales/ko.json';
import insightsEn from '../features/insights/locales/en.json';
import insightsJa from '../features/insights/locales/ja.json';
import insightsKo from '../features/insights/locales/ko.json';

const enBundle = { ...en, ...profileEn, ...jobsEn, ...applicationsEn, ...organizationEn, ...postingsEn, ...pipelineEn, ...visaEn, ...pathwayEn, ...adviserEn, ...matchesEn, ...matchEn, ...adminEn, ...insightsEn };
const jaBundle = { ...ja, ...profileJa, ...jobsJa, ...applicationsJa, ...organizationJa, ...postingsJa, ...pipelineJa, ...visaJa, ...pathwayJa, ...adviserJa, ...matchesJa, ...matchJa, ...adminJa, ...insightsJa };
const koBundle = { ...ko, ...profileKo, ...jobsKo, ...applicationsKo, ...organizationKo, ...postingsKo, ...pipelineKo, ...visaKo, ...pathwayKo, ...adviserKo, ...matchesKo, ...matchKo, ...adminKo, ...insightsKo };

export type Translation = typeof enBundle;

/** Every language must have the English bundle's shape (the locale spec checks the keys one by one). */
export const translations: Record<'en' | 'ja' | 'ko', Translation> = { en: enBundle, ja: jaBundle as Translation, ko: koBundle as Translation };
