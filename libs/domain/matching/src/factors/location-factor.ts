import type { FactorScore, MessageParams } from '../model/match-result';
import type { MatchContext } from '../model/match-context';

/**
 * Candidate side: a wished country where the candidate already lives 1, a wished country they must move
 * to 0.85, no stated preference 0.7, a country they did not wish 0 (that also fails the country gate).
 */
export function scoreLocation(ctx: MatchContext): FactorScore {
  const { candidate, job } = ctx;
  const wished = candidate.wishes.countries ?? [];
  const params: MessageParams = { country: job.country };
  if (job.city) params.city = job.city;
  if (candidate.currentCountry) params.currentCountry = candidate.currentCountry;
  if (wished.length === 0) return { factor: 'location', score: 0.7, messageKey: 'match.location.no-preference', params };
  if (!wished.includes(job.country)) return { factor: 'location', score: 0, messageKey: 'match.location.not-wished', params };
  return candidate.currentCountry === job.country
    ? { factor: 'location', score: 1, messageKey: 'match.location.wished-local', params }
    : { factor: 'location', score: 0.85, messageKey: 'match.location.wished-relocation', params };
}
