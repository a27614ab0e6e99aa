import type { Tone } from '../../../components/match/tone-badge';
import type { CaseloadItem } from '../api/get-caseload';

export type RiskLevel = 'urgent' | 'watch' | 'calm';

/**
 * How urgent a candidate is: a deadline at risk or a stay ending within 30 days is urgent, a stay ending
 * within 90 days is worth watching.
 */
export function riskLevel(item: CaseloadItem): RiskLevel {
  const expiry = item.daysToStatusExpiry;
  if (item.atRiskCount > 0 || (expiry !== null && expiry <= 30)) return 'urgent';
  if (expiry !== null && expiry <= 90) return 'watch';
  return 'calm';
}

export const RISK_COLOR: Record<RiskLevel, Tone> = { urgent: 'red', watch: 'orange', calm: 'teal' };
