import { Anchor, Button, Group, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/error-alert';
import { CheckCircleIcon, CrossCircleIcon } from '../match/match-icons';
import { useLocalized } from '../match/localized-text';
import { TONE_INK } from '../match/tone-badge';
import { useUpdatePlanItem, type PlanItemStatus } from './api/update-plan-item';
import { ChecklistItemMeta } from './checklist-item-meta';
import type { PlanItem } from './checklist-types';
import { ReviewStatus } from './review-status';

interface AdviserItemProps {
  planId: string;
  item: PlanItem;
  announce: (message: string) => void;
}

/**
 * A checklist item under review: what the candidate did and wrote, then Verify, or Send back, which asks
 * for a note saying what to fix (the note field opens on demand, so that a long checklist stays short).
 */
export function AdviserItem({ planId, item, announce }: AdviserItemProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const update = useUpdatePlanItem();
  const [note, setNote] = useState('');
  const [noteOpen, setNoteOpen] = useState(false);
  const [needNote, setNeedNote] = useState(false);
  const [sending, setSending] = useState<PlanItemStatus | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const label = localized(item.label);
  const action = (name: string) => t('match.pathway.item.actionFor', { action: name, item: label });

  const openNote = () => {
    setNoteOpen(true);
    requestAnimationFrame(() => noteField.current?.focus());
  };

  const review = (status: 'verified' | 'rejected') => {
    const trimmed = note.trim();
    if (status === 'rejected' && trimmed === '') {
      setNeedNote(true);
      openNote();
      return;
    }
    setSending(status);
    update.mutate(
      { planId, itemId: item.itemId, body: trimmed ? { status, note: trimmed } : { status } },
      {
        onSuccess: () => {
          setNote('');
          setNoteOpen(false);
          setNeedNote(false);
          announce(t(status === 'verified' ? 'match.pathway.item.verifiedNotice' : 'match.pathway.item.rejectedNotice', { item: label }));
        },
        onSettled: () => setSending(null),
      },
    );
  };

  const candidateState = item.status === 'verified' ? 'verified' : item.status === 'todo' ? 'todo' : 'done';

  return (
    <li className={`hd-item hd-item--${item.status}`}>
      <div className="hd-item__head">
        <span className={`hd-item__state hd-item__state--${candidateState}`} aria-hidden="true" />
        <div>
          <p className="hd-item__label">{label}</p>
          <p className="hd-item__candidate-state">{t(`match.pathway.item.candidateState.${item.status}`)}</p>
        </div>
      </div>
      <div className="hd-item__details">
        <ChecklistItemMeta item={item} />
        {item.note ? (
          <p className="hd-item__note">
            <span className="hd-review__label">{t('match.pathway.item.candidateNote')}</span> {item.note}
          </p>
        ) : null}
        <ReviewStatus item={item} />
        {noteOpen ? (
          <Textarea
            ref={noteField}
            label={t('match.pathway.item.reviewNoteLabel', { item: label })}
            description={needNote ? t('match.pathway.item.rejectNeedsNote') : t('match.pathway.item.reviewNoteHint')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            className="hd-item__review-form"
          />
        ) : null}
        <Group gap="xs" className="hd-item__actions">
          <Button
            size="xs"
            color={TONE_INK.teal}
            leftSection={<CheckCircleIcon />}
            onClick={() => review('verified')}
            loading={sending === 'verified'}
            disabled={update.isPending}
            aria-label={action(t('match.pathway.item.verify'))}
          >
            {t('match.pathway.item.verify')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<CrossCircleIcon />}
            onClick={() => review('rejected')}
            loading={sending === 'rejected'}
            disabled={update.isPending}
            aria-label={action(t('match.pathway.item.reject'))}
          >
            {t('match.pathway.item.reject')}
          </Button>
          {!noteOpen ? (
            <Anchor component="button" type="button" size="sm" onClick={openNote} aria-label={action(t('match.pathway.item.writeNote'))}>
              {t('match.pathway.item.writeNote')}
            </Anchor>
          ) : null}
        </Group>
        <ErrorAlert error={update.error} />
      </div>
    </li>
  );
}
