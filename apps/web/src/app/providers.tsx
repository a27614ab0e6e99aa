import { MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { session } from '../lib/auth/session';
import { createQueryClient } from '../lib/query-client';
import { theme } from './theme';

// Mantine's default "dimmed" grey is below 4.5:1 on white; this one reads well (about 6:1).
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5a6472' },
  dark: {},
});

/** Everything the pages rely on: the theme, the query cache (emptied when the session ends). */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  useEffect(
    () =>
      session.subscribe(() => {
        if (!session.isSignedIn()) queryClient.clear();
      }),
    [queryClient],
  );

  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
