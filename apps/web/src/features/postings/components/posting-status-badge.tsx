import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../api/get-organization-jobs';

// Filled teal with white text for what candidates can see; dark text on light grey for the rest (≥ 4.5:1).
const LOOK = {
  draft: { color: 'gray', c: 'gray.8', variant: 'light' },
  published: { color: 'teal.9', c: 'white', variant: 'filled' },
  closed: { color: 'gray', c: 'dark.7', variant: 'outline' },
} as const;

/** 下書き / 掲載中 / 掲載終了 — 임시저장 / 게시 중 / 마감. */
export function PostingStatusBadge({ status }: { status: Job['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={LOOK[status].color} c={LOOK[status].c} variant={LOOK[status].variant} radius="sm">
      {t(`postings.status.${status}`)}
    </Badge>
  );
}
