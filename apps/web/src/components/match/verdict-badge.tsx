import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCircleIcon, CrossCircleIcon, QuestionCircleIcon } from './match-icons';
import { ToneBadge, type Tone } from './tone-badge';

export type Verdict = 'eligible' | 'not_eligible' | 'needs_review';

/** Colour, icon and wording of each verdict: never only colour, never "approved" (a verdict is not a permit). */
export const VERDICT_LOOK: Record<Verdict, { color: Tone; Icon: (props: { className?: string }) => ReactElement }> = {
  eligible: { color: 'teal', Icon: CheckCircleIcon },
  not_eligible: { color: 'red', Icon: CrossCircleIcon },
  needs_review: { color: 'orange', Icon: QuestionCircleIcon },
};

/** A small verdict label for lists (the eligibility page draws its own large banner). */
export function VerdictBadge({ verdict, size = 'md' }: { verdict: Verdict; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const { color, Icon } = VERDICT_LOOK[verdict];
  return (
    <ToneBadge tone={color} variant="light" size={size} leftSection={<Icon />} className="hd-verdict-badge">
      {t(`match.verdict.${verdict}`)}
    </ToneBadge>
  );
}
