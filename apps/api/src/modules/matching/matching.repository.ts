import { Injectable } from '@nestjs/common';
import { Brackets, DataSource } from 'typeorm';
import { CandidateProfileEntity } from '../candidates/entities/candidate-profile.entity';
import { JobPostingEntity } from '../jobs/entities/job-posting.entity';

export interface JobPoolQuery {
  countries: string[];
  employmentTypes: string[];
  jlptLevel: number;
  topikLevel: number;
  skills: string[];
  occupationCodes: string[];
  today: string;
}

export interface CandidatePoolQuery {
  country: string;
  employmentType: string;
  minJlpt: number | null;
  minTopik: number | null;
  skills: string[];
}

/**
 * Candidate generation for matching. The database applies the hard gates it can check cheaply and keeps
 * the freshest rows that share a skill (or a wished occupation) with the other side, walking an index in
 * recency order until the pool is full: the work is bounded by the pool size, not by the table size.
 * The pure matching library then scores and explains the pool.
 */
@Injectable()
export class MatchingRepository {
  constructor(private readonly dataSource: DataSource) {}

  jobPool(q: JobPoolQuery, size: number): Promise<JobPostingEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(JobPostingEntity, 'j')
      .innerJoinAndSelect('j.organization', 'o')
      .where(`j.status = 'published'`)
      .andWhere('(j.deadline IS NULL OR j.deadline >= :today)', { today: q.today })
      .andWhere('(j.min_jlpt IS NULL OR j.min_jlpt <= :jlpt)', { jlpt: q.jlptLevel })
      .andWhere('(j.min_topik IS NULL OR j.min_topik <= :topik)', { topik: q.topikLevel })
      .orderBy('j.published_at', 'DESC')
      .addOrderBy('j.id', 'DESC')
      .limit(size);
    if (q.countries.length > 0) query.andWhere('j.country = ANY(:countries)', { countries: q.countries });
    if (q.employmentTypes.length > 0) query.andWhere('j.employment_type = ANY(:types)', { types: q.employmentTypes });
    if (q.skills.length > 0 || q.occupationCodes.length > 0) {
      query.andWhere(
        new Brackets((either) => {
          either.where('j.required_skills && :skills::text[]', { skills: q.skills });
          either.orWhere('j.preferred_skills && :skills::text[]');
          if (q.occupationCodes.length > 0) either.orWhere('j.occupation_code = ANY(:occupations)', { occupations: q.occupationCodes });
        }),
      );
    }
    return query.getMany();
  }

  /** Only candidates who let verified employers see their profile take part. */
  candidatePool(q: CandidatePoolQuery, size: number): Promise<CandidateProfileEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(CandidateProfileEntity, 'c')
      .where(`c.visibility = 'verified-employers'`)
      .andWhere(`(cardinality(c.wish_countries) = 0 OR :country = ANY(c.wish_countries))`, { country: q.country })
      .andWhere(`(cardinality(c.wish_employment_types) = 0 OR :type = ANY(c.wish_employment_types))`, { type: q.employmentType })
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size);
    if (q.minJlpt !== null) query.andWhere('c.jlpt_level >= :minJlpt', { minJlpt: q.minJlpt });
    if (q.minTopik !== null) query.andWhere('c.topik_level >= :minTopik', { minTopik: q.minTopik });
    if (q.skills.length > 0) query.andWhere('c.skills && :skills::text[]', { skills: q.skills });
    return query.getMany();
  }
}
