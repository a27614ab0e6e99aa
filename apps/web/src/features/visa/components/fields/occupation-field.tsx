import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../../components/match/localized-text';
import { useKoreanOccupations } from '../../api/get-occupations';
import { SelectField, TextField, type Option } from './controls';

/** The Korean E-7 occupation code, picked by name from the occupation list (typed when the list is unavailable). */
export function OccupationField() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const occupations = useKoreanOccupations(true);

  if (occupations.isError) return <TextField name="job.occupationCode" fact="job.occupationCode" description={t('visa.hints.occupationCode')} />;

  const byCode = new Map<string, Option>();
  for (const occupation of occupations.data ?? []) {
    for (const code of occupation.krE7Codes) {
      if (!byCode.has(code)) byCode.set(code, { value: code, label: `${code} ${localized(occupation.label)}` });
    }
  }
  const data = [...byCode.values()].sort((a, b) => a.value.localeCompare(b.value));
  return <SelectField name="job.occupationCode" fact="job.occupationCode" data={data} searchable description={t('visa.hints.occupationCode')} />;
}
