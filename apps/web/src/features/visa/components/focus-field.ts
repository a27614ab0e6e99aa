import { fieldId, listOf, type Fact } from './facts';
import type { EligibilityFormValues } from './form-model';

/** The id of the control to focus for a fact: the first entry's field for list fields, else the fact's own. */
export function controlIdFor(fact: Fact, values: EligibilityFormValues): string {
  const list = listOf(fact);
  if (list && list !== fact) {
    const [, listKey] = list.split('.') as ['person', 'education' | 'languageTests' | 'experience' | 'priorStatuses'];
    const sub = fact.slice(list.length + 1);
    const state = values.person[`${listKey}State`];
    if (state === 'some' && values.person[listKey].length > 0) return fieldId(`${list}.0.${sub}`);
    return fieldId(list);
  }
  return fieldId(fact);
}

/** Moves the focus to a field (or into a group of radios) and brings it into view. */
export function focusControl(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const focusable =
    element.matches('input, select, textarea, button')
      ? element
      : element.querySelector<HTMLElement>('input:checked, input:not([type=hidden]), select, textarea, button');
  element.scrollIntoView({ behavior: 'smooth', block: 'center' });
  (focusable ?? element).focus({ preventScroll: true });
}
