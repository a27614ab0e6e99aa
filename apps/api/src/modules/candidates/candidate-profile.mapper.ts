import { bestLevel } from '@hashidari/domain-core';
import { CandidateProfile, educationOrdinal, highestEducation, profileCompleteness } from '@hashidari/marketplace';
import { resolveSkills } from '@hashidari/taxonomy';
import type { CandidateProfileDto, PutCandidateProfileDto } from './dto/candidate-profile.dto';
import type { CandidateProfileEntity } from './entities/candidate-profile.entity';

export function toDomainProfile(entity: CandidateProfileEntity): CandidateProfile {
  return {
    displayName: entity.displayName ?? undefined,
    familyName: entity.familyName ?? undefined,
    givenName: entity.givenName ?? undefined,
    nameReading: entity.nameReading ?? undefined,
    nationality: entity.nationality ?? undefined,
    birthDate: entity.birthDate ?? undefined,
    currentCountry: entity.currentCountry ?? undefined,
    currentStatus: entity.currentStatus ?? undefined,
    statusExpiresAt: entity.statusExpiresAt ?? undefined,
    education: entity.education,
    languageTests: entity.languageTests,
    skills: entity.skills,
    experience: entity.experience,
    wishes: entity.wishes,
    visibility: entity.visibility,
  };
}

export function toProfileDto(entity: CandidateProfileEntity): CandidateProfileDto {
  return {
    id: entity.id,
    displayName: entity.displayName,
    familyName: entity.familyName,
    givenName: entity.givenName,
    nameReading: entity.nameReading,
    nationality: entity.nationality,
    birthDate: entity.birthDate,
    currentCountry: entity.currentCountry,
    currentStatus: entity.currentStatus,
    statusExpiresAt: entity.statusExpiresAt,
    education: entity.education,
    languageTests: entity.languageTests,
    skills: entity.skills,
    otherSkills: entity.otherSkills,
    experience: entity.experience,
    wishes: entity.wishes,
    visibility: entity.visibility,
    completeness: profileCompleteness(toDomainProfile(entity)),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** Copies a PUT body onto the entity (absent fields are cleared) and refreshes the derived columns. */
export function applyProfile(entity: CandidateProfileEntity, body: PutCandidateProfileDto): CandidateProfileEntity {
  const skills = resolveSkills(body.skills ?? []);
  const languageTests = (body.languageTests ?? []).map((t) => stripUndefined({ ...t }));
  const education = (body.education ?? []).map((e) => stripUndefined({ ...e }));
  Object.assign(entity, {
    displayName: body.displayName ?? null,
    familyName: body.familyName ?? null,
    givenName: body.givenName ?? null,
    nameReading: body.nameReading ?? null,
    nationality: body.nationality ?? null,
    birthDate: body.birthDate ?? null,
    currentCountry: body.currentCountry ?? null,
    currentStatus: body.currentStatus ?? null,
    statusExpiresAt: body.statusExpiresAt ?? null,
    education,
    languageTests,
    experience: (body.experience ?? []).map((x) => stripUndefined({ ...x })),
    wishes: stripUndefined({ ...(body.wishes ?? {}) }),
    skills: skills.ids,
    otherSkills: skills.unknown,
    visibility: body.visibility ?? entity.visibility ?? 'private',
    jlptLevel: bestLevel(languageTests, 'JLPT') ?? null,
    topikLevel: bestLevel(languageTests, 'TOPIK') ?? null,
    educationLevel: education.length ? educationOrdinal(highestEducation(education)) : null,
    wishCountries: body.wishes?.countries ?? [],
    wishEmploymentTypes: body.wishes?.employmentTypes ?? [],
  });
  return entity;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
