import { Badge, type BadgeProps } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

export type Tone = 'teal' | 'red' | 'orange' | 'blue' | 'grape' | 'gray' | 'violet';

/** Dark shades that keep small badge text above 4.5:1 on the light tint, and white text on the fill. */
export const TONE_INK: Record<Tone, string> = {
  teal: '#0b6e50',
  red: '#c92a2a',
  orange: '#a33c06',
  blue: '#1c5aa6',
  grape: '#862e9c',
  gray: '#495057',
  violet: '#5f3dc4',
};

interface ToneBadgeProps extends Omit<BadgeProps, 'color' | 'variant' | 'c' | 'tt'> {
  tone: Tone;
  variant?: 'light' | 'outline' | 'filled';
  title?: string;
  children: ReactNode;
}

/** A Mantine badge in one of the portal's tones, readable at badge size (never uppercased). */
export function ToneBadge({ tone, variant = 'light', ...props }: ToneBadgeProps) {
  if (variant === 'filled') return <Badge color={TONE_INK[tone]} variant="filled" tt="none" {...props} />;
  const ink = { '--badge-color': TONE_INK[tone], color: TONE_INK[tone] } as CSSProperties;
  return <Badge color={tone} variant={variant} tt="none" style={ink} {...props} />;
}

/** Mantine light alerts colour their title with the light shade; these keep it readable (≥ 4.5:1). */
export const ALERT_INK = {
  orange: { '--alert-color': '#8a4a00' } as CSSProperties,
  red: { '--alert-color': '#a51d1d' } as CSSProperties,
};
