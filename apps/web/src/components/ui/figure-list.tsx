import './figure-list.css';

interface FigureListProps {
  /** label and value of each headline figure, in reading order */
  figures: readonly (readonly [label: string, value: string | number])[];
  /** names the list for screen readers, e.g. "The market in Korea" */
  label?: string;
}

/** Headline figures as a grid of tiles: two a row on phones, four on wider screens. */
export function FigureList({ figures, label }: FigureListProps) {
  const list = (
    <dl className="hd-figures">
      {figures.map(([name, value]) => (
        <div key={name} className="hd-figures__item">
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
  // a <dl> has no role to carry a name: a labelled region does
  return label ? <section aria-label={label}>{list}</section> : list;
}
