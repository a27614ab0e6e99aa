/**
 * Text colours for light badges that keep 4.5:1 against Mantine's light backgrounds (the default light
 * text colours of teal, green and orange fall below it).
 */
export const BADGE_INK = {
  brand: '#174d88',
  teal: '#0a5c45',
  orange: '#8f3b0b',
  red: '#a61e1e',
  gray: '#343a40',
  grape: '#6f2585',
  blue: '#134d85',
} as const;
