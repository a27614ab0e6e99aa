import type { Schemas } from '@hashidari/contracts';

export type ExplanationItem = Schemas['ExplanationItemDto'];
export type MatchVisa = Schemas['MatchVisaDto'];
export type Gate = Schemas['GateDto'];

/** Who reads the explanation: the candidate (about a job) or the employer (about a candidate). */
export type Viewer = 'candidate' | 'employer';
