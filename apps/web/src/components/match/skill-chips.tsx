import { useTranslation } from 'react-i18next';
import { useSkillName } from './api/get-skills';
import { CheckCircleIcon, CrossCircleIcon } from './match-icons';

const GROUPS = ['matchedRequired', 'missingRequired', 'relatedRequired', 'matchedPreferred', 'missingPreferred'] as const;
type Group = (typeof GROUPS)[number];

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);

/** Matched and missing skills, required and preferred, each kind with its own look, icon and words. */
export function SkillChips({ params }: { params: Record<string, unknown> }) {
  const { t } = useTranslation();
  const skillName = useSkillName();
  const groups = GROUPS.map((group) => ({ group, skills: strings(params[group]) })).filter((entry) => entry.skills.length > 0);
  if (groups.length === 0) return null;
  return (
    <dl className="hd-skills">
      {groups.map(({ group, skills }) => (
        <div key={group} className={`hd-skills__group hd-skills__group--${group}`}>
          <dt>{t(`match.skills.chips.${group}`)}</dt>
          {skills.map((skill) => (
            <dd key={skill} className="hd-skills__chip">
              <ChipIcon group={group} />
              {skillName(skill)}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

function ChipIcon({ group }: { group: Group }) {
  if (group === 'matchedRequired' || group === 'matchedPreferred') return <CheckCircleIcon />;
  if (group === 'missingRequired') return <CrossCircleIcon />;
  return null;
}
