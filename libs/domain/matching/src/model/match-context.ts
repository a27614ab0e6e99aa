import type { IsoDate } from '@hashidari/domain-core';
import type { LanguageAssessment } from '../assessments/language-assessment';
import type { VisaAssessment } from '../assessments/visa-assessment';
import type { MatchCandidate, MatchJob } from './match-input';

/** What the gates and factors read: the pair, the date, and the assessments computed once per pair. */
export interface MatchContext {
  candidate: MatchCandidate;
  job: MatchJob;
  evalDate: IsoDate;
  language: LanguageAssessment;
  visa: VisaAssessment;
}
