import type { InsightsRepository, MarketCountsRow } from './insights.repository';
import { InsightsService } from './insights.service';

/** Our own repository, faked: counts the aggregates it is asked for. */
class FakeInsightsRepository {
  aggregates = 0;
  failNext = false;
  postings = 3;

  async openPostingCodes() {
    return [{ country: 'KR' as const, code: '2742' }];
  }

  async marketCounts(): Promise<MarketCountsRow[]> {
    this.aggregates += 1;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('database gone');
    }
    const counts = { postings: this.postings, sponsored: 1, internships: 0, salaried: 0, quartiles: null };
    return [
      { country: 'KR', level: 'market', group: null, code: null, ...counts },
      { country: 'KR', level: 'group', group: 'sales-trade', code: null, ...counts },
      { country: 'KR', level: 'code', group: 'sales-trade', code: '2742', ...counts },
    ];
  }
}

function serviceWith(cacheSeconds: number) {
  const repository = new FakeInsightsRepository();
  const service = new InsightsService(repository as unknown as InsightsRepository, { insightsCacheSeconds: cacheSeconds });
  return { repository, service };
}

describe('market insights cache', () => {
  afterEach(() => jest.useRealTimers());

  it('answers from the aggregate it computed until the cache time has passed', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-28T03:00:00Z') });
    const { repository, service } = serviceWith(60);
    expect((await service.market('KR')).markets[0]?.postings).toBe(3);
    repository.postings = 4;
    jest.setSystemTime(new Date('2026-11-28T03:00:59Z'));
    expect((await service.market('KR')).markets[0]?.postings).toBe(3);
    jest.setSystemTime(new Date('2026-11-28T03:01:01Z'));
    expect((await service.market('KR')).markets[0]?.postings).toBe(4);
    expect(repository.aggregates).toBe(2);
  });

  it('shares one computation between callers asking at the same time, per market', async () => {
    const { repository, service } = serviceWith(60);
    await Promise.all([service.market('KR'), service.market('KR'), service.market('KR'), service.market(undefined)]);
    expect(repository.aggregates).toBe(2);
  });

  it('starts afresh when the day changes in Korea and Japan (15:00 UTC)', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-28T14:59:50Z') });
    const { repository, service } = serviceWith(3600);
    expect((await service.market('KR')).asOf).toBe('2026-11-28');
    jest.setSystemTime(new Date('2026-11-28T15:00:10Z'));
    expect((await service.market('KR')).asOf).toBe('2026-11-29');
    expect(repository.aggregates).toBe(2);
  });

  it('keeps no failure: the next caller computes again', async () => {
    const { repository, service } = serviceWith(60);
    repository.failNext = true;
    await expect(service.market('KR')).rejects.toThrow('database gone');
    expect((await service.market('KR')).markets[0]?.postings).toBe(3);
    expect(repository.aggregates).toBe(2);
  });

  it('computes every time when the cache is off (tests, the benchmark)', async () => {
    const { repository, service } = serviceWith(0);
    await service.market('KR');
    await service.market('KR');
    expect(repository.aggregates).toBe(2);
  });
});
