import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorator';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { EligibilityRequestDto, EligibilityResultDto } from './dto/eligibility.dto';
import { VisaCatalogDto } from './dto/pathway-plan.dto';
import { RuleSetOverviewDto, RuleSetQueryDto } from './dto/rule-set.dto';
import { PostingAssessmentDto, SponsorshipCheckDto } from './dto/sponsorship.dto';
import { VisaService } from './visa.service';
import { marketDay } from '@hashidari/domain-core';

@ApiTags('visa')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
@Controller('visa')
export class VisaController {
  constructor(private readonly visa: VisaService) {}

  @Post('eligibility')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({
    type: EligibilityResultDto,
    description: 'Stateless check: the verdict, every reason with its rule id and source, the rule-set version and the checklist',
  })
  eligibility(@Body() body: EligibilityRequestDto): EligibilityResultDto {
    return this.visa.eligibility(body);
  }

  @Get('pathways')
  @Public()
  @ApiOkResponse({ type: VisaCatalogDto, description: 'The targets and the pathway templates a plan can start from' })
  pathways(): VisaCatalogDto {
    return this.visa.catalog();
  }

  @Get('rule-set')
  @Public()
  @ApiOkResponse({ type: RuleSetOverviewDto, description: 'The rule set in force: its version, every rule with its dates, sources and state on the day, and the UNVERIFIED points' })
  ruleSet(@Query() query: RuleSetQueryDto): RuleSetOverviewDto {
    return this.visa.ruleSet(query.date ?? marketDay(new Date()));
  }

  @Post('sponsorship-check')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: PostingAssessmentDto, description: 'What sponsoring a posting will require, before it is saved' })
  sponsorship(@Body() body: SponsorshipCheckDto): PostingAssessmentDto {
    const { evalDate, ...facts } = body;
    return this.visa.sponsorship(facts, evalDate ?? marketDay(new Date()));
  }
}
