import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@hashidari/domain-core';
import {
  assessPostingSponsorship,
  checklistFor,
  evaluateEligibility,
  EligibilityRequest,
  PATHWAYS,
  PostingAssessment,
  PostingSponsorshipFacts,
  proposalScenario,
  RULE_SET_VERSION,
  ruleSetOverview,
  TARGETS,
} from '@hashidari/visa-rules';
import type { EligibilityRequestDto, EligibilityResultDto } from './dto/eligibility.dto';
import type { VisaCatalogDto } from './dto/pathway-plan.dto';
import type { RuleSetOverviewDto } from './dto/rule-set.dto';

/** The stateless visa questions: eligibility, the pathway catalogue, and what sponsoring a posting needs. */
@Injectable()
export class VisaService {
  eligibility(body: EligibilityRequestDto): EligibilityResultDto {
    const result = evaluateEligibility(body as unknown as EligibilityRequest);
    return { ...result, proposal: proposalScenario(result.target, { nationality: body.person?.nationality }) };
  }

  ruleSet(date: IsoDate): RuleSetOverviewDto {
    return ruleSetOverview(date);
  }

  catalog(): VisaCatalogDto {
    return {
      ruleSetVersion: RULE_SET_VERSION,
      targets: TARGETS.map((t) => ({ ...t })),
      pathways: PATHWAYS.map((pathway) => ({
        id: pathway.id,
        country: pathway.country,
        label: pathway.label,
        stages: pathway.stages.map((stage) => ({
          id: stage.id,
          status: stage.status,
          target: stage.target,
          label: stage.label,
          optional: Boolean(stage.optional),
          ...(stage.needsReview ? { needsReview: stage.needsReview } : {}),
          checklist: checklistFor(stage.target),
          proposal: proposalScenario({ pathwayId: pathway.id, stageId: stage.id }),
        })),
      })),
    };
  }

  sponsorship(facts: PostingSponsorshipFacts, evalDate: IsoDate): PostingAssessment {
    return assessPostingSponsorship(facts, evalDate);
  }
}
