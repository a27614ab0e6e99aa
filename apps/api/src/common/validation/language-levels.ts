import { ErrorDetail, LanguageTestResult, levelOrdinal } from '@hashidari/domain-core';

const LEVEL_TESTS = ['JLPT', 'TOPIK', 'KIIP'];
const SCORE_TESTS = ['BJT', 'TOEIC', 'TOEFL', 'IELTS'];

/** Levels depend on the test (JLPT N1..N5, TOPIK 1..6, KIIP 0..5), which a field decorator cannot see. */
export function languageLevelIssues(tests: readonly LanguageTestResult[] | undefined, path: string): ErrorDetail[] {
  return (tests ?? []).flatMap((t, i) => {
    if (LEVEL_TESTS.includes(t.test) && levelOrdinal(t) === undefined) {
      return [{ path: `${path}.${i}.level`, issue: `is not a ${t.test} level` }];
    }
    if (SCORE_TESTS.includes(t.test) && typeof t.score !== 'number') {
      return [{ path: `${path}.${i}.score`, issue: `${t.test} results are scores` }];
    }
    return [];
  });
}
