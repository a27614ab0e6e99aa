import { Alert, Button, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { todayIso } from '../../../components/match/format';
import { useLocalized } from '../../../components/match/localized-text';
import type { VisaTarget } from '../../../components/pathway/api/get-visa-catalog';
import { useCheckEligibility, type EligibilityResult, type TargetCode } from '../api/check-eligibility';
import { EligibilityResultView } from './eligibility-result';
import { VisibleFactsContext } from './fact-context';
import { visibleFacts, type Fact } from './facts';
import { controlIdFor, focusControl } from './focus-field';
import { defaultValues, type EligibilityFormValues } from './form-model';
import { factsOf } from './missing-facts';
import { applyEligibilityErrors } from './server-errors';
import { TargetFields } from './target-fields';
import { FactSections } from './fact-sections';
import { toRequest } from './to-request';

/** The public eligibility check: the form on one side, the answer on the other (below it on phones). */
export function EligibilityCheck({ targets }: { targets: readonly VisaTarget[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const check = useCheckEligibility();
  const form = useForm<EligibilityFormValues>({ defaultValues: defaultValues(todayIso()) });
  const [revealed, setRevealed] = useState<ReadonlySet<Fact>>(new Set());
  const [result, setResult] = useState<EligibilityResult | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const target = form.watch('target');
  const shown = useMemo(() => visibleFacts(target, revealed), [target, revealed]);

  // A new target starts from its own facts; what an earlier answer asked for no longer applies.
  useEffect(() => {
    setRevealed(new Set());
    setResult(null);
  }, [target]);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const reveal = (facts: readonly Fact[]) => setRevealed((current) => new Set([...current, ...facts]));

  const onSubmit = form.handleSubmit(async (values) => {
    if (!values.target) return;
    setFormError(null);
    try {
      const answer = await check.mutateAsync(toRequest(values, values.target, shown));
      reveal(factsOf(answer.reasons.flatMap((reason) => reason.missing ?? [])));
      setResult(answer);
    } catch (error) {
      const facts = applyEligibilityErrors(error, form.setError);
      if (facts) {
        reveal(facts);
        setFormError(null);
        setResult(null);
        return;
      }
      setFormError(error);
    }
  });

  const goToFact = (fact: Fact) => focusControl(controlIdFor(fact, form.getValues()));
  const targetName = (code: TargetCode) => localized(targets.find((candidate) => candidate.code === code)?.label) || code;

  return (
    <div className="hd-check">
      <FormProvider {...form}>
        <VisibleFactsContext.Provider value={shown}>
          <form onSubmit={onSubmit} noValidate className="hd-check__form" aria-labelledby="check-form-heading">
            <h2 id="check-form-heading" className="section-title section-title--small">
              {t('visa.form.heading')}
            </h2>
            <TargetFields targets={targets} />
            <Alert variant="light" color="blue" className="hd-check__unknown" title={t('visa.form.unknownTitle')}>
              {t('visa.form.unknownBody')}
            </Alert>
            {target ? <FactSections target={target} /> : <Text c="dimmed">{t('visa.form.chooseTarget')}</Text>}
            {formError ? <ErrorAlert error={formError} /> : null}
            {form.formState.errors.person || form.formState.errors.job ? (
              <Alert color="red" variant="light" role="alert">
                {t('visa.form.fixFields')}
              </Alert>
            ) : null}
            <Button type="submit" size="md" loading={check.isPending} className="hd-check__submit">
              {t('visa.form.submit')}
            </Button>
            <p className="visually-hidden-live" role="status" aria-live="polite">
              {check.isPending ? t('visa.form.checking') : result ? t('visa.result.ready', { verdict: t(`match.verdict.${result.verdict}`) }) : ''}
            </p>
          </form>
        </VisibleFactsContext.Provider>
      </FormProvider>
      <div className="hd-check__answer">
        {result ? (
          <EligibilityResultView ref={resultHeading} result={result} targetName={targetName(result.target)} onGoToFact={goToFact} />
        ) : (
          <div className="hd-check__placeholder">
            <Text fw={700}>{t('visa.result.placeholderTitle')}</Text>
            <Text size="sm">{t('visa.result.placeholderBody')}</Text>
          </div>
        )}
      </div>
    </div>
  );
}
