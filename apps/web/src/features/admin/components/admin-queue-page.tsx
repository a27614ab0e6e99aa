import { Container, SegmentedControl, Text } from '@mantine/core';
import { Fragment, useState, type ReactNode } from 'react';
import { RoleNotice } from '../../../components/pathway/role-notice';
import { PageHeading } from '../../../components/ui/page-heading';
import { useMe } from '../../../lib/auth/get-me';
import { useDocumentTitle } from '../../../lib/use-document-title';

interface AdminQueuePageProps<V extends string> {
  title: string;
  lead: string;
  /** the views of the queue (e.g. waiting / done) and the accessible name of their switch */
  views: readonly { value: V; label: string }[];
  viewsLabel: string;
  /** the list for the chosen view; rendered for administrators only */
  children: (view: V) => ReactNode;
}

/** The frame of an administrator's work queue: heading, lead, a switch between views, and the list. */
export function AdminQueuePage<V extends string>({ title, lead, views, viewsLabel, children }: AdminQueuePageProps<V>) {
  useDocumentTitle(title);
  const me = useMe();
  const isAdmin = me.data?.role === 'admin';
  const [view, setView] = useState<V>(views[0].value);
  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{title}</PageHeading>
      <Text className="page-lead">{lead}</Text>
      {me.data && !isAdmin ? <RoleNotice forRole="admin" /> : null}
      {isAdmin ? (
        <>
          <SegmentedControl mt="md" value={view} onChange={(value) => setView(value as V)} aria-label={viewsLabel} data={[...views]} />
          {/* a view starts afresh: no message or dialog of the other view carries over */}
          <Fragment key={view}>{children(view)}</Fragment>
        </>
      ) : null}
    </Container>
  );
}

