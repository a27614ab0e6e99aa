import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@hashidari/domain-core';
import type { AuthUser } from '../../common/auth/auth-user';
import { languageLevelIssues } from '../../common/validation/language-levels';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { CandidateAccess } from './candidate-access';
import { applyProfile, toProfileDto } from './candidate-profile.mapper';
import { CandidatesRepository } from './candidates.repository';
import type { CandidateProfileDto, PutCandidateProfileDto } from './dto/candidate-profile.dto';

@Injectable()
export class CandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly access: CandidateAccess,
    private readonly accessLog: AccessLogRepository,
  ) {}

  getMine(caller: AuthUser): Promise<CandidateProfileDto> {
    return this.dataSource.transaction(async (em) => toProfileDto(await this.candidates.findOrCreateForUser(caller.id, em)));
  }

  putMine(caller: AuthUser, body: PutCandidateProfileDto): Promise<CandidateProfileDto> {
    checkLanguageLevels(body);
    return this.dataSource.transaction(async (em) => {
      const profile = await this.candidates.findOrCreateForUser(caller.id, em);
      return toProfileDto(await this.candidates.save(applyProfile(profile, body), em));
    });
  }

  /** Another user's view of a profile: allowed only under the candidate's consent, and logged. */
  view(viewer: AuthUser, id: string): Promise<CandidateProfileDto> {
    return this.dataSource.transaction(async (em) => {
      const profile = await this.candidates.findById(id, em);
      if (!profile || !(await this.access.canView(viewer, profile, em))) {
        // One answer for "absent" and "not yours", so that ids cannot be probed.
        throw new DomainError('NOT_FOUND', 'No candidate profile you may see has this id');
      }
      await this.accessLog.record({ candidateIds: [profile.id], viewer, purpose: 'profile-view' }, em);
      return toProfileDto(profile);
    });
  }
}

function checkLanguageLevels(body: PutCandidateProfileDto): void {
  const details = languageLevelIssues(body.languageTests, 'languageTests');
  if (details.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is not valid', details);
}
