import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm blue for the bridge, shade 7 (#2f66ab) keeps white text above 4.5:1.
const brand: MantineColorsTuple = [
  '#edf3fb',
  '#d9e5f4',
  '#b1c9e8',
  '#86abdb',
  '#6392d0',
  '#4c82c9',
  '#3f79c7',
  '#2f66ab',
  '#265a99',
  '#174d88',
];

// Latin text; Japanese and Korean pages switch to their own system stacks in global.css (keyed on :lang).
const latinStack =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 5 },
  colors: { brand },
  fontFamily: latinStack,
  headings: { fontFamily: latinStack, fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
});
