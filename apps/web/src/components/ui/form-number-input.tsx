import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';

type FormNumber = number | '';

/** The number an entry stands for: '' while empty or not a number yet. */
function toFormNumber(entry: number | string): FormNumber {
  if (typeof entry === 'number') return entry;
  const number = entry.trim() === '' ? NaN : Number(entry);
  return Number.isFinite(number) ? number : '';
}

/**
 * A NumberInput bound to a form value of `number | ''`. Mantine reports an unfinished entry such as "3."
 * or "4.50" as text; this keeps that text on screen while the form holds the number it stands for, so
 * decimals can be typed, and still follows values set from outside (a reset, loaded data).
 */
export function FormNumberInput({ value, onChange, ...props }: Omit<NumberInputProps, 'value' | 'onChange'> & { value: FormNumber; onChange: (value: FormNumber) => void }) {
  const [entry, setEntry] = useState<number | string>(value);
  const shown = toFormNumber(entry) === value ? entry : value;
  return (
    <NumberInput
      {...props}
      value={shown}
      onChange={(next) => {
        setEntry(next);
        onChange(toFormNumber(next));
      }}
    />
  );
}
