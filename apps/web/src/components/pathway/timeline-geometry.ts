import type { Schemas } from '@hashidari/contracts';

export type PlannedStage = Schemas['PlannedStageDto'];
export type PlannedDeadline = Schemas['PlannedDeadlineDto'];

/** The kind of step a stage is, which gives its colour on the timeline. */
export type StagePhase = 'study' | 'internship' | 'job-seeking' | 'work' | 'working-holiday';

export function stagePhase(stage: Pick<PlannedStage, 'id' | 'target'>): StagePhase {
  const key = `${stage.id} ${stage.target}`;
  if (key.includes('working-holiday') || key.includes('H-1')) return 'working-holiday';
  if (key.includes('internship') || key.includes('tokutei-katsudo:9')) return 'internship';
  if (key.includes('job-seeking') || key.includes('job-hunting') || key.includes('D-10')) return 'job-seeking';
  if (key.includes('study') || key.includes('ryugaku') || key.includes('D-2')) return 'study';
  return 'work';
}

const DAY = 86_400_000;

function toTime(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const date = new Date(toTime(iso));
  date.setUTCMonth(date.getUTCMonth() + months);
  return toIso(date.getTime());
}

/** A stage placed on the axis: `start`/`end` are ISO dates, `openEnd` when the plan gives no end date. */
export interface PlacedStage {
  stage: PlannedStage;
  number: number;
  phase: StagePhase;
  start?: string;
  end?: string;
  openEnd: boolean;
}

export interface Axis {
  from: string;
  to: string;
}

export interface Tick {
  date: string;
  major: boolean;
}

/**
 * Places the stages: a stage without an end runs until the next required stage starts, or 12 months
 * when nothing follows (drawn fading out, since the plan does not know its end).
 */
export function placeStages(stages: readonly PlannedStage[]): PlacedStage[] {
  return stages.map((stage, index) => {
    const placed: PlacedStage = { stage, number: index + 1, phase: stagePhase(stage), openEnd: false };
    const start = stage.startDate;
    if (!start) return placed;
    placed.start = start;
    if (stage.endDate && stage.endDate >= start) {
      placed.end = stage.endDate;
      return placed;
    }
    const next = stages
      .slice(index + 1)
      .filter((other) => !other.optional)
      .map((other) => other.startDate)
      .filter((date): date is string => date !== undefined && date > start)
      .sort()[0];
    placed.end = next ?? addMonths(start, 12);
    placed.openEnd = true;
    return placed;
  });
}

/** The span shown: every stage, deadline and today, padded to whole months. */
export function buildAxis(placed: readonly PlacedStage[], today: string): Axis {
  const dates: string[] = [today];
  for (const p of placed) {
    if (p.start) dates.push(p.start);
    if (p.end) dates.push(p.end);
    for (const deadline of p.stage.deadlines) dates.push(deadline.date);
  }
  dates.sort();
  const first = new Date(toTime(dates[0]));
  const last = new Date(toTime(dates[dates.length - 1]));
  const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1);
  const to = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 2, 1);
  return { from: toIso(from), to: toIso(to) };
}

/** Where a date falls on the axis, in percent (clamped to the axis). */
export function position(date: string, axis: Axis): number {
  const from = toTime(axis.from);
  const span = Math.max(toTime(axis.to) - from, DAY);
  const value = ((toTime(date) - from) / span) * 100;
  return Math.min(100, Math.max(0, value));
}

/** Year starts as major ticks; quarters as minor ticks when the axis is short enough to read them. */
export function axisTicks(axis: Axis): Tick[] {
  const from = new Date(toTime(axis.from));
  const to = toTime(axis.to);
  const years = (to - from.getTime()) / (365 * DAY);
  const stepMonths = years <= 2.5 ? 3 : years <= 5 ? 6 : 12;
  const ticks: Tick[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), 0, 1));
  while (cursor.getTime() <= to) {
    const time = cursor.getTime();
    if (time > from.getTime() && time < to) ticks.push({ date: toIso(time), major: cursor.getUTCMonth() === 0 });
    cursor.setUTCMonth(cursor.getUTCMonth() + stepMonths);
  }
  return ticks;
}

/** The deadlines of the whole plan that are due soon or past, the most urgent first. */
export function atRiskDeadlines(stages: readonly PlannedStage[]): { stage: PlannedStage; deadline: PlannedDeadline }[] {
  return stages
    .flatMap((stage) => stage.deadlines.filter((deadline) => deadline.atRisk).map((deadline) => ({ stage, deadline })))
    .sort((a, b) => a.deadline.daysLeft - b.deadline.daysLeft);
}
