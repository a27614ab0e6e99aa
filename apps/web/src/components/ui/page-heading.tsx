import { Title, type TitleProps } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

// The location whose heading was last focused; null until the first page has rendered.
let lastLocationKey: string | null = null;

/**
 * The page's <h1>. After a client-side navigation it takes the focus, so that keyboard and screen-reader
 * users start reading the new page at its title (the first page load leaves the focus where it is).
 */
export function PageHeading({ children, ...props }: Omit<TitleProps, 'order'>) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    if (lastLocationKey === null) {
      lastLocationKey = key;
      return;
    }
    if (lastLocationKey === key) return;
    lastLocationKey = key;
    ref.current?.focus();
  }, [key]);

  return (
    <Title order={1} ref={ref} tabIndex={-1} className="page-heading" {...props}>
      {children}
    </Title>
  );
}
