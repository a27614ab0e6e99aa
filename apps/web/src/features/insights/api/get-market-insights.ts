import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type MarketInsights = Schemas['MarketInsightsDto'];
export type Market = Schemas['MarketDto'];
export type GroupMarket = Schemas['GroupMarketDto'];
export type CodeMarket = Schemas['CodeMarketDto'];
export type SalaryBand = Schemas['SalaryBandDto'];
export type MarketCountry = Market['country'];

/** GET /insights/market: both markets at once, so that each can be read beside the other. */
export function useMarketInsights() {
  return useQuery({
    queryKey: ['insights', 'market'],
    queryFn: () => unwrap(api.GET('/api/v1/insights/market')),
    // aggregates move slowly: no refetch on every focus
    staleTime: 5 * 60_000,
  });
}
