import { SOURCES } from '../sources';
import { getRule } from './rule-registry';

/** Reference ids used by checklists, deadlines and warnings that are not evaluated rules themselves. */
const REFERENCE_SECTIONS: Readonly<Record<string, { section: string; sources: readonly string[] }>> = {
  'KR-D2-03': { section: '§A1', sources: SOURCES.krD2 },
  'KR-D2-04': { section: '§A1', sources: SOURCES.krD2 },
  'KR-D2-PT-10': { section: '§A1.1', sources: SOURCES.krD2 },
  'KR-D2-PT-12': { section: '§A1.1', sources: SOURCES.krD2 },
  'KR-D10-02': { section: '§A3.1', sources: SOURCES.krD10 },
  'KR-D10-DOC': { section: '§A3.6', sources: SOURCES.krD10 },
  'KR-D10-PT': { section: '§A3.5', sources: SOURCES.krD10 },
  'KR-E7-06': { section: '§A4.1', sources: SOURCES.krE7 },
  'KR-E7-EMP-01': { section: '§A4.5', sources: SOURCES.krE7 },
  'KR-E7-EMP-02': { section: '§A4.5', sources: SOURCES.krE7 },
  'KR-E7-EMP-05': { section: '§A4.5', sources: SOURCES.krE7 },
  'KR-E7-EMP-06': { section: '§A4.5', sources: SOURCES.krE7 },
  'KR-E7-DOC': { section: '§A4.6', sources: SOURCES.krE7 },
  'KR-PROC': { section: '§A4.7 (UNVERIFIED)', sources: SOURCES.krE7 },
  'KR-H1': { section: '§A5', sources: SOURCES.krH1 },
  'KR-D4-PT-01': { section: '§A2', sources: ['Dongguk IIAE table', 'Cheongju Univ.', 'langspartners.com/d2-d4'] },
  'JP-RYU-03': { section: '§J1 (UNVERIFIED)', sources: SOURCES.jpRyugaku },
  'JP-RYU-04': { section: '§J1', sources: SOURCES.jpRyugaku },
  'JP-RYU-PT-03': { section: '§J1.1', sources: SOURCES.jpRyugaku },
  'JP-TK9': { section: '§J2', sources: SOURCES.jpTk9 },
  'JP-TKJ': { section: '§J3', sources: SOURCES.jpTkj },
  'JP-TK46': { section: '§J4', sources: SOURCES.jpTk46 },
  'JP-GJK-DOC': { section: '§J5.3', sources: SOURCES.jpGjk },
  'JP-GJK-CAT': { section: '§J5.4', sources: SOURCES.jpGjk },
  'JP-WH': { section: '§J8', sources: SOURCES.jpWh },
  'JP-PROC': { section: '§J9', sources: SOURCES.jpProc },
  'PART-C': { section: 'Part C', sources: SOURCES.partC },
};

const sourceTexts = new Map<string, string>();

/** The `source` text for a rule or reference id: the section of reference/visa-rules.md and its sources. */
export function referenceSource(id: string): string {
  let text = sourceTexts.get(id);
  if (text === undefined) {
    text = sourceText(id);
    sourceTexts.set(id, text);
  }
  return text;
}

function sourceText(id: string): string {
  const rule = getRule(id);
  if (rule) return `reference/visa-rules.md ${rule.section} ${rule.refId}: ${rule.sources.join('; ')}`;
  const ref = REFERENCE_SECTIONS[id];
  return ref ? `reference/visa-rules.md ${ref.section} ${id}: ${ref.sources.join('; ')}` : `reference/visa-rules.md ${id}`;
}

export function isKnownReference(id: string): boolean {
  return getRule(id) !== undefined || id in REFERENCE_SECTIONS;
}
