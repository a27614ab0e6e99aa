import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';

@Injectable()
export class CandidatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<CandidateProfileEntity | null> {
    return em.findOneBy(CandidateProfileEntity, { id });
  }

  findByUserId(userId: string, em: EntityManager = this.dataSource.manager): Promise<CandidateProfileEntity | null> {
    return em.findOneBy(CandidateProfileEntity, { userId });
  }

  /** The candidate's profile, created empty the first time it is asked for. */
  async findOrCreateForUser(userId: string, em: EntityManager): Promise<CandidateProfileEntity> {
    await em
      .createQueryBuilder()
      .insert()
      .into(CandidateProfileEntity)
      .values({ userId })
      .orIgnore()
      .execute();
    return em.findOneByOrFail(CandidateProfileEntity, { userId });
  }

  save(profile: CandidateProfileEntity, em: EntityManager): Promise<CandidateProfileEntity> {
    return em.save(CandidateProfileEntity, profile);
  }
}
