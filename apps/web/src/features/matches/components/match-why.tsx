import { Button, Collapse } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExplanationItem, Viewer } from '../../../components/match/match-types';
import { WhyPanel } from '../../../components/match/why-panel';

/** The "why" of one match, behind a toggle named after the match (`itemName`) for screen readers. */
export function MatchWhy({ explanation, viewer, itemName, initiallyOpen }: { explanation: readonly ExplanationItem[]; viewer: Viewer; itemName: string; initiallyOpen: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const whyId = useId();
  const action = open ? t('match.why.hide') : t('match.why.show');
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-controls={whyId}
        className="hd-jobmatch__toggle"
        aria-label={t('match.pathway.item.actionFor', { action, item: itemName })}
      >
        {action}
      </Button>
      <Collapse expanded={open}>
        <div id={whyId} className="hd-jobmatch__why">
          <WhyPanel explanation={explanation} viewer={viewer} />
        </div>
      </Collapse>
    </>
  );
}
