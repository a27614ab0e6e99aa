import { useTranslation } from 'react-i18next';
import { FACT_LABEL } from './fact-labels';
import { factOf, listOf, type Fact } from './facts';

/** Human words for a request path the engine named: "学歴：卒業（予定）日", "現在の在留資格". */
export function useFactName(): (fact: Fact) => string {
  const { t } = useTranslation();
  return (fact) => {
    const list = listOf(fact);
    if (list && list !== fact) return t('visa.result.inList', { list: t(FACT_LABEL[list]), field: t(FACT_LABEL[fact]) });
    return t(FACT_LABEL[fact]);
  };
}

/** The distinct facts behind a list of request paths, in order. */
export function factsOf(paths: readonly string[]): Fact[] {
  const facts: Fact[] = [];
  for (const path of paths) {
    const fact = factOf(path);
    if (fact && !facts.includes(fact)) facts.push(fact);
  }
  return facts;
}

/** The engine's message with the request paths it quotes replaced by their names. */
export function humanizeMessage(message: string, missing: readonly string[], name: (fact: Fact) => string): string {
  let text = message;
  for (const path of [...missing].sort((a, b) => b.length - a.length)) {
    const fact = factOf(path);
    if (fact) text = text.split(path).join(name(fact));
  }
  return text;
}
