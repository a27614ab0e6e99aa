// Types shared by the API and the portal, generated from the API's OpenAPI document (`npm run contracts`).
export type { components, operations, paths } from './api-schema';
import type { components } from './api-schema';

export type Schemas = components['schemas'];
export type ErrorEnvelope = Schemas['ErrorEnvelopeDto'];
