import { Anchor } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProposalCard } from '../../../components/pathway/proposal-card';
import type { EligibilityResult as Result } from '../api/check-eligibility';
import { DocumentChecklist } from './document-checklist';
import type { Fact } from './facts';
import { factsOf, useFactName } from './missing-facts';
import { ReasonList } from './reason-list';
import { VerdictBanner } from './verdict-banner';

interface EligibilityResultProps {
  result: Result;
  targetName: string;
  onGoToFact: (fact: Fact) => void;
}

/** The answer: verdict, the proposal beside it (never as a verdict), what is missing, every reason, the documents. */
export const EligibilityResultView = forwardRef<HTMLHeadingElement, EligibilityResultProps>(function EligibilityResultView(
  { result, targetName, onGoToFact },
  headingRef,
) {
  const { t } = useTranslation();
  const factName = useFactName();
  const missing = factsOf(result.reasons.flatMap((reason) => reason.missing ?? []));

  return (
    <section className="hd-result" aria-labelledby="result-heading">
      <h2 id="result-heading" ref={headingRef} tabIndex={-1} className="section-title section-title--small">
        {t('visa.result.heading')}
      </h2>
      <div className="hd-result__top">
        <VerdictBanner result={result} targetName={targetName} />
        {result.proposal ? <ProposalCard proposal={result.proposal} headingLevel={3} compact /> : null}
      </div>
      {missing.length > 0 ? (
        <div className="hd-missing">
          <h3 className="hd-result__subhead">{t('visa.result.missingHeading')}</h3>
          <p className="hd-missing__lead">{t('visa.result.missingLead')}</p>
          <ul className="hd-missing__list">
            {missing.map((fact) => (
              <li key={fact}>
                <Anchor component="button" type="button" onClick={() => onGoToFact(fact)}>
                  {factName(fact)}
                </Anchor>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ReasonList reasons={result.reasons} onGoToFact={onGoToFact} />
      <DocumentChecklist items={result.checklist} />
      <p className="hd-result__disclaimer">{t('visa.result.disclaimer')}</p>
    </section>
  );
});
