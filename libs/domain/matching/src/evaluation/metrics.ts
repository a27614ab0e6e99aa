/**
 * Ranking-quality metrics over graded relevance (0–3). `ranked` is the system's order (ids), `relevance`
 * the labels; unlabelled ids count as 0.
 */

/** Share of the first k ranked items whose relevance is at least `threshold` (divided by k, as usual). */
export function precisionAtK(ranked: readonly string[], relevance: ReadonlyMap<string, number>, k: number, threshold = 2): number {
  if (k <= 0) return 0;
  let hits = 0;
  for (const id of ranked.slice(0, k)) if ((relevance.get(id) ?? 0) >= threshold) hits += 1;
  return hits / k;
}

function dcg(gains: readonly number[], k: number): number {
  let sum = 0;
  gains.slice(0, k).forEach((rel, i) => {
    sum += (2 ** rel - 1) / Math.log2(i + 2);
  });
  return sum;
}

/**
 * Normalised discounted cumulative gain at k with exponential gain (2^rel − 1) / log2(rank + 1). The ideal
 * order is every labelled item sorted by relevance, so an item left out of the ranking (a gated pair)
 * costs what it is worth. 1 when nothing is relevant.
 */
export function ndcgAtK(ranked: readonly string[], relevance: ReadonlyMap<string, number>, k: number): number {
  const ideal = dcg([...relevance.values()].sort((a, b) => b - a), k);
  if (ideal === 0) return 1;
  return dcg(ranked.map((id) => relevance.get(id) ?? 0), k) / ideal;
}
