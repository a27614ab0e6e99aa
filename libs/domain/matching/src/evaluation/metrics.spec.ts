import { ndcgAtK, precisionAtK } from './metrics';

const labels = new Map<string, number>([
  ['a', 3],
  ['b', 0],
  ['c', 2],
  ['d', 1],
  ['e', 2],
]);

describe('precisionAtK', () => {
  it.each<[string, string[], number, number | undefined, number]>([
    ['three of five relevant (≥ 2)', ['a', 'b', 'c', 'd', 'e'], 5, undefined, 0.6],
    ['divides by k even when fewer are ranked', ['a'], 5, undefined, 0.2],
    ['k = 0', ['a'], 0, undefined, 0],
    ['unlabelled items count as 0', ['x', 'y'], 2, undefined, 0],
    ['a lower threshold counts relevance 1', ['a', 'b', 'c', 'd', 'e'], 5, 1, 0.8],
    ['only the first k count', ['b', 'd', 'a'], 2, undefined, 0],
  ])('%s', (_name, ranked, k, threshold, expected) => {
    expect(precisionAtK(ranked, labels, k, threshold)).toBeCloseTo(expected, 9);
  });
});

describe('ndcgAtK', () => {
  const three = new Map<string, number>([
    ['a', 3],
    ['b', 2],
    ['z', 0],
  ]);
  const idcg = 7 + 3 / Math.log2(3);
  it.each<[string, string[], ReadonlyMap<string, number>, number, number]>([
    ['the ideal order is 1', ['a', 'b', 'z'], three, 10, 1],
    ['worst first', ['z', 'b', 'a'], three, 10, (3 / Math.log2(3) + 7 / Math.log2(4)) / idcg],
    ['a relevant item left out (gated) costs its gain', ['b'], three, 10, 3 / idcg],
    ['k cuts both lists', ['b', 'a'], three, 1, 3 / 7],
    ['nothing relevant is 1', ['x'], new Map([['x', 0]]), 10, 1],
  ])('%s', (_name, ranked, relevance, k, expected) => {
    expect(ndcgAtK(ranked, relevance, k)).toBeCloseTo(expected, 9);
  });
});
