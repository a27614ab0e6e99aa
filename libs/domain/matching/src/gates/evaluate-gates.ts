import type { GateReason, GateResult, MessageParams, Side } from '../model/match-result';
import type { MatchContext } from '../model/match-context';

function gate(name: GateReason, side: Side, passed: boolean, params: MessageParams): GateResult {
  return { gate: name, passed, side, messageKey: `match.gate.${name}`, params };
}

/** The posting is in a country the candidate did not ask for (no stated countries = any). */
export function countryGate(ctx: MatchContext): GateResult {
  const wished = ctx.candidate.wishes.countries ?? [];
  return gate('country-not-wished', 'candidate', wished.length === 0 || wished.includes(ctx.job.country), { country: ctx.job.country, wishedCountries: [...wished] });
}

/** The posting's employment type is not one the candidate asked for (none stated = any). */
export function employmentTypeGate(ctx: MatchContext): GateResult {
  const wished = ctx.candidate.wishes.employmentTypes ?? [];
  return gate('employment-type-not-wished', 'candidate', wished.length === 0 || wished.includes(ctx.job.employmentType), {
    employmentType: ctx.job.employmentType,
    wishedEmploymentTypes: [...wished],
  });
}

/** Applications closed before the evaluation date. */
export function deadlineGate(ctx: MatchContext): GateResult {
  const { deadline } = ctx.job;
  return gate('deadline-passed', 'both', deadline === undefined || deadline >= ctx.evalDate, deadline === undefined ? {} : { deadline });
}

/** A language minimum of the posting that the candidate does not meet (natives meet their own language). */
export function languageGate(ctx: MatchContext): GateResult {
  const { unmet } = ctx.language;
  const params: MessageParams =
    unmet.length === 0 ? {} : { required: unmet[0].required, held: unmet[0].held, unmet: unmet.map((g) => g.required), alternatives: unmet.flatMap((g) => g.alternatives) };
  return gate('language-below-minimum', 'employer', unmet.length === 0, params);
}

/** The visa rules give no lawful way into this job (only not_eligible gates; needs_review passes). */
export function visaGate(ctx: MatchContext): GateResult {
  const { visa } = ctx;
  const params: MessageParams = { verdict: visa.verdict, ruleIds: visa.ruleIds };
  if (visa.target) params.target = visa.target;
  if (visa.pathwayId) params.pathwayId = visa.pathwayId;
  return gate('visa-not-eligible', 'both', visa.verdict !== 'not_eligible', params);
}

const GATES: readonly ((ctx: MatchContext) => GateResult)[] = [countryGate, employmentTypeGate, deadlineGate, languageGate, visaGate];

/** Every hard gate, in GATE_REASONS order, with whether it passed. */
export function evaluateGates(ctx: MatchContext): GateResult[] {
  return GATES.map((g) => g(ctx));
}
