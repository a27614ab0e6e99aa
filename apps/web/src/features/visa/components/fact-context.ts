import { createContext, useContext } from 'react';
import type { Fact } from './facts';

/** Which facts the chosen target shows. */
export const VisibleFactsContext = createContext<ReadonlySet<Fact>>(new Set());

export function useVisibleFacts(): ReadonlySet<Fact> {
  return useContext(VisibleFactsContext);
}
