import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OCCUPATIONS, searchOccupations, searchSkills, SKILL_GROUP_LABELS, SKILLS } from '@hashidari/taxonomy';
import { Public } from '../../common/auth/auth.decorator';
import { OccupationDto, OccupationQueryDto, SkillDto, TaxonomyQueryDto } from './dto/taxonomy.dto';

/** The shared vocabulary of skills and occupations, for the portal's pickers. */
@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  @Get('skills')
  @Public()
  @ApiOkResponse({ type: [SkillDto], description: 'Skills whose label or synonym matches, in any language' })
  skills(@Query() query: TaxonomyQueryDto): SkillDto[] {
    const found = query.q ? searchSkills(query.q, query.locale) : SKILLS;
    return found.slice(0, query.limit ?? 50).map((s) => ({ id: s.id, group: s.group, label: s.label, groupLabel: SKILL_GROUP_LABELS[s.group] }));
  }

  @Get('occupations')
  @Public()
  @ApiOkResponse({ type: [OccupationDto], description: 'Occupations with their Korean E-7 codes, Japanese MHLW codes and ISCO-08 groups' })
  occupations(@Query() query: OccupationQueryDto): OccupationDto[] {
    const found = (query.q ? searchOccupations(query.q, query.locale) : OCCUPATIONS).filter(
      (o) => !query.country || (query.country === 'KR' ? o.krE7Codes.length > 0 : o.jpMhlwCodes.length > 0),
    );
    return found.slice(0, query.limit ?? 50).map((o) => ({
      id: o.id,
      label: o.label,
      group: o.group,
      krE7Codes: [...o.krE7Codes],
      jpMhlwCodes: [...o.jpMhlwCodes],
      isco08: [...o.isco08],
    }));
  }
}
