/** Rounds to 3 decimals (scores, contributions, weights). */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
