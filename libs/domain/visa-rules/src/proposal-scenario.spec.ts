import { DomainError } from '@hashidari/domain-core';
import { proposalScenario, PROPOSAL_LABEL } from './proposal-scenario';
import { isKnownReference } from './rules/reference-source';
import { TARGETS } from './targets';

describe('proposalScenario (Part C: proposal, not law)', () => {
  it.each(TARGETS.map((t) => t.code))('%s: labelled as a proposal, never a verdict', (target) => {
    const s = proposalScenario(target);
    expect(s.kind).toBe('proposal');
    expect(s.label).toEqual(PROPOSAL_LABEL);
    expect(s.label.ja).toBe('提案段階の制度（未施行）');
    expect(s.label.ko).toBe('제안 단계 제도 (미시행)');
    expect(s).not.toHaveProperty('verdict');
    expect(s.summary.en).toContain('not law');
    expect(s.relatedMeasures.every((m) => isKnownReference(m.ref))).toBe(true);
  });

  it('works for a pathway stage', () => {
    const s = proposalScenario({ pathwayId: 'kr-d2-d10-e7', stageId: 'job-seeking' });
    expect(s.step).toBe('job-seeking');
    expect(s.relatedMeasures.map((m) => m.ref)).toContain('KR-D10-DUR-02');
  });

  it('notes who the proposal concerns', () => {
    expect(proposalScenario('KR:E-7-1', { nationality: 'JP' }).personNote?.en).toContain('Japanese and Korean');
    expect(proposalScenario('KR:E-7-1', { nationality: 'VN' }).personNote?.en).toContain('only');
    expect(proposalScenario('KR:E-7-1').personNote).toBeUndefined();
  });

  it('rejects unknown subjects', () => {
    expect(() => proposalScenario({ pathwayId: 'kr-d2-e7', stageId: 'nope' })).toThrow(DomainError);
  });
});
