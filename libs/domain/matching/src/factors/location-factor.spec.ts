import type { MarketCountry } from '@hashidari/domain-core';
import type { MatchJob } from '../model/match-input';
import { contextOf } from '../testing/context';
import { scoreLocation } from './location-factor';

interface Row {
  name: string;
  countries?: MarketCountry[];
  currentCountry?: string;
  job?: Partial<MatchJob>;
  score: number;
  key: string;
  params?: Record<string, unknown>;
}

const rows: Row[] = [
  { name: 'a wished country the candidate lives in', countries: ['KR', 'JP'], currentCountry: 'KR', score: 1, key: 'match.location.wished-local', params: { country: 'KR', city: 'Seoul', currentCountry: 'KR' } },
  { name: 'a wished country the candidate must move to', countries: ['KR', 'JP'], currentCountry: 'KR', job: { country: 'JP', city: 'Tokyo' }, score: 0.85, key: 'match.location.wished-relocation', params: { country: 'JP', city: 'Tokyo', currentCountry: 'KR' } },
  { name: 'no stated preference', countries: [], currentCountry: 'KR', score: 0.7, key: 'match.location.no-preference' },
  { name: 'a country not wished (the gate fails too)', countries: ['JP'], currentCountry: 'KR', score: 0, key: 'match.location.not-wished' },
  { name: 'no current country known', countries: ['KR'], currentCountry: undefined, score: 0.85, key: 'match.location.wished-relocation' },
];

describe('location factor (candidate side)', () => {
  it.each(rows)('$name', ({ countries, currentCountry, job, score, key, params }) => {
    const result = scoreLocation(contextOf({ currentCountry, wishes: { countries, employmentTypes: ['full-time'] } }, job));
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (params) expect(result.params).toEqual(params);
  });
});
