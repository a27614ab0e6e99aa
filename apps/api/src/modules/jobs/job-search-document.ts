import type { LocalizedText } from '@hashidari/domain-core';
import { normalizeSearchText, searchTokens } from '@hashidari/marketplace';
import { skillLabel } from '@hashidari/taxonomy';

/** Descriptions can be long; their opening carries what people search for, and the index stays small. */
const DESCRIPTION_CHARS = 600;

export interface SearchDocumentSource {
  title: LocalizedText;
  description: LocalizedText;
  city: string | null;
  requiredSkills: string[];
  preferredSkills: string[];
  otherSkills: string[];
}

/** The text (for the exact re-check) and tokens (for the GIN index) that keyword search looks at. */
export function searchDocument(job: SearchDocumentSource): { searchText: string; searchTokens: string[] } {
  const skillNames = [...job.requiredSkills, ...job.preferredSkills].flatMap((id) =>
    (['ja', 'ko', 'en'] as const).map((locale) => skillLabel(id, locale) ?? id),
  );
  const parts = [
    ...Object.values(job.title),
    job.city ?? '',
    ...skillNames,
    ...job.otherSkills,
    ...Object.values(job.description).map((d) => (d ?? '').slice(0, DESCRIPTION_CHARS)),
  ];
  const searchText = normalizeSearchText(parts.filter(Boolean).join(' \u2502 '));
  return { searchText, searchTokens: searchTokens(searchText) };
}
