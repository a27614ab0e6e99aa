import { SegmentedControl, Text } from '@mantine/core';
import { useId } from 'react';

interface LabelledSegmentsProps<V extends string> {
  label: string;
  description?: string;
  value: V;
  onChange: (value: V) => void;
  data: { value: V; label: string }[];
  disabled?: boolean;
}

/** A SegmentedControl (a radio group) with a visible label that names it. */
export function LabelledSegments<V extends string>({ label, description, value, onChange, data, disabled }: LabelledSegmentsProps<V>) {
  const id = useId();
  return (
    <div>
      <Text id={`${id}-label`} size="sm" fw={500}>
        {label}
      </Text>
      {description ? (
        <Text id={`${id}-hint`} size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
      <SegmentedControl
        mt={6}
        fullWidth
        value={value}
        onChange={(next) => onChange(next as V)}
        data={data}
        disabled={disabled}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-hint` : undefined}
      />
    </div>
  );
}
