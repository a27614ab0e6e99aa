import { Anchor, Button, Checkbox, Group, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/error-alert';
import { useLocalized } from '../match/localized-text';
import { useUpdatePlanItem } from './api/update-plan-item';
import { ChecklistItemMeta } from './checklist-item-meta';
import type { PlanItem } from './checklist-types';
import { ReviewStatus } from './review-status';

interface CandidateItemProps {
  planId: string;
  item: PlanItem;
  announce: (message: string) => void;
}

/** A checklist item for its candidate: tick or untick it and keep a note; a verified item stays as it is. */
export function CandidateItem({ planId, item, announce }: CandidateItemProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const update = useUpdatePlanItem();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(item.note ?? '');
  const label = localized(item.label);
  const ticked = item.status === 'done' || item.status === 'verified';
  const noteAction = item.note ? t('match.pathway.item.editNote') : t('match.pathway.item.addNote');

  const toggle = (checked: boolean) => {
    update.mutate(
      { planId, itemId: item.itemId, body: { status: checked ? 'done' : 'todo' } },
      { onSuccess: () => announce(t(checked ? 'match.pathway.item.tickedNotice' : 'match.pathway.item.untickedNotice', { item: label })) },
    );
  };

  const saveNote = () => {
    update.mutate(
      { planId, itemId: item.itemId, body: { note: note.trim() } },
      {
        onSuccess: () => {
          setEditing(false);
          announce(t('match.pathway.item.noteSavedNotice', { item: label }));
        },
      },
    );
  };

  return (
    <li className={`hd-item hd-item--${item.status}`}>
      {item.status === 'verified' ? (
        // Verified by the adviser: no longer the candidate's to change, shown as done rather than disabled.
        <div className="hd-item__head">
          <span className="hd-item__state hd-item__state--verified" aria-hidden="true" />
          <div>
            <p className="hd-item__label">{label}</p>
            <p className="hd-item__candidate-state">{t('match.pathway.item.lockedVerified')}</p>
          </div>
        </div>
      ) : (
        <Checkbox
          checked={ticked}
          disabled={update.isPending}
          onChange={(event) => toggle(event.currentTarget.checked)}
          label={label}
          description={t(`match.pathway.status.${item.status}`)}
          classNames={{ label: 'hd-item__label' }}
          size="md"
        />
      )}
      <div className="hd-item__details">
        <ChecklistItemMeta item={item} />
        <ReviewStatus item={item} />
        {editing ? (
          <div className="hd-item__note-form">
            <Textarea
              label={t('match.pathway.item.noteLabel', { item: label })}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Group gap="xs" mt="xs">
              <Button size="xs" onClick={saveNote} loading={update.isPending}>
                {t('match.pathway.item.saveNote')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                {t('match.pathway.item.cancel')}
              </Button>
            </Group>
          </div>
        ) : (
          <p className="hd-item__note">
            {item.note ? (
              <>
                <span className="hd-review__label">{t('match.pathway.item.myNote')}</span> {item.note}{' '}
              </>
            ) : null}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => setEditing(true)}
              aria-label={t('match.pathway.item.actionFor', { action: noteAction, item: label })}
            >
              {noteAction}
            </Anchor>
          </p>
        )}
        <ErrorAlert error={update.error} />
      </div>
    </li>
  );
}
