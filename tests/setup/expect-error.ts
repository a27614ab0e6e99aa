import type { Response } from 'supertest';

/** Asserts the error envelope of PRODUCT.md and returns its body for further checks. */
export function expectError(response: Response, status: number, code: string) {
  expect({ status: response.status, code: response.body?.error?.code }).toEqual({ status, code });
  expect(typeof response.body.error.message).toBe('string');
  expect(response.body.error.requestId).toBe(response.headers['x-request-id']);
  return response.body.error as { code: string; message: string; details?: { path: string; issue: string }[]; requestId: string };
}
