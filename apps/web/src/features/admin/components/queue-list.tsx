import { Button, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';

/** What the last decision did; a new one each time, so that the same words are announced again. */
export interface Announcement {
  text: string;
  serial: number;
}

/** The message of an admin queue's last decision: `announce` after a success, `clear` after a failure. */
export function useAnnouncement() {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  return {
    announcement,
    announce: (text: string) => setAnnouncement((last) => ({ text, serial: (last?.serial ?? 0) + 1 })),
    clear: () => setAnnouncement(null),
  };
}

interface QueueListProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[]; nextCursor: string | null }>>;
  loadingLabel: string;
  emptyText: string;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  announcement: Announcement | null;
  /** a decision the API refused, shown above the list */
  decisionError: unknown;
}

/**
 * The list of an admin queue, page by page, with its loading, error and empty states. A decided item
 * usually leaves the queue with the button that was pressed, so the message saying what happened takes
 * the focus (and is announced).
 */
export function QueueList<T>({ query, loadingLabel, emptyText, itemKey, renderItem, announcement, decisionError }: QueueListProps<T>) {
  const { t } = useTranslation();
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (announcement) status.current?.focus();
  }, [announcement]);

  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  return (
    <>
      <p role="status" className="admin-status" ref={status} tabIndex={-1}>
        {announcement?.text}
      </p>
      {decisionError ? <ErrorAlert error={decisionError} /> : null}
      {items.length === 0 ? (
        <div className="hd-empty">
          <Text>{emptyText}</Text>
        </div>
      ) : (
        <ul className="admin-orgs">{items.map((item) => <Fragment key={itemKey(item)}>{renderItem(item)}</Fragment>)}</ul>
      )}
      {query.hasNextPage ? (
        <Button variant="default" mt="md" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('admin.more')}
        </Button>
      ) : null}
    </>
  );
}
