import { Button, SegmentedControl, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useFieldArray, useFormContext, type ArrayPath, type FieldArray, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FACT_LABEL } from '../fact-labels';
import { fieldId, type ListFact } from '../facts';
import type { EligibilityFormValues, ListState } from '../form-model';

type ListName = ArrayPath<EligibilityFormValues>;

interface ListSectionProps<N extends ListName> {
  fact: ListFact;
  stateName: FieldPath<EligibilityFormValues>;
  name: N;
  hint: string;
  addLabel: string;
  entryLabel: (index: number) => string;
  newEntry: () => FieldArray<EligibilityFormValues, N>;
  renderEntry: (index: number) => ReactNode;
}

/**
 * A list of facts (education, tests, experience, earlier statuses) that may be unknown, known to be
 * empty, or given entry by entry: "none" is a fact the rules can use, "unknown" asks for a review.
 */
export function ListSection<N extends ListName>({ fact, stateName, name, hint, addLabel, entryLabel, newEntry, renderEntry }: ListSectionProps<N>) {
  const { t } = useTranslation();
  const { control, watch } = useFormContext<EligibilityFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const state = watch(stateName) as ListState;
  const id = fieldId(fact);

  return (
    <fieldset className="hd-vlist">
      <legend className="hd-vlist__legend" id={`${id}-label`}>
        {t(FACT_LABEL[fact])}
      </legend>
      <Text size="xs" c="dimmed" id={`${id}-hint`}>
        {hint}
      </Text>
      <div id={id} tabIndex={-1} className="hd-vlist__state">
        <Controller
          control={control}
          name={stateName}
          render={({ field }) => (
            <SegmentedControl
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-hint`}
              name={stateName}
              value={typeof field.value === 'string' ? field.value : 'unknown'}
              onChange={(value) => {
                field.onChange(value);
                if (value === 'some' && fields.length === 0) append(newEntry());
              }}
              data={[
                { value: 'unknown', label: t('visa.form.list.unknown') },
                { value: 'none', label: t('visa.form.list.none') },
                { value: 'some', label: t('visa.form.list.some') },
              ]}
              size="sm"
            />
          )}
        />
      </div>
      {state === 'some' ? (
        <div className="hd-vlist__entries">
          {fields.map((entry, index) => (
            <div key={entry.id} className="hd-vlist__entry" role="group" aria-label={entryLabel(index)}>
              <div className="hd-vlist__entry-head">
                <Text fw={700} size="sm">
                  {entryLabel(index)}
                </Text>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(index)} aria-label={t('visa.form.list.removeEntry', { entry: entryLabel(index) })}>
                  {t('visa.form.list.remove')}
                </Button>
              </div>
              <div className="hd-vgrid">{renderEntry(index)}</div>
            </div>
          ))}
          <Button variant="light" size="xs" onClick={() => append(newEntry())} className="hd-vlist__add">
            {addLabel}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
