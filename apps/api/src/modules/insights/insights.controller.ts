import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorator';
import { MarketInsightsDto, MarketInsightsQueryDto } from './dto/market-insights.dto';
import { InsightsService } from './insights.service';

@ApiTags('insights')
@Controller('insights')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get('market')
  @Public()
  @ApiOkResponse({ type: MarketInsightsDto, description: 'Open postings per market and occupation: counts, sponsorship and internship shares, salary bands' })
  market(@Query() query: MarketInsightsQueryDto): Promise<MarketInsightsDto> {
    return this.insights.market(query.country);
  }
}
