import type { NextFunction, Request, Response } from 'express';

/**
 * API answers carry personal data (profiles, applications, matches) and change with every write: no
 * browser or proxy keeps them. Without a cache there is nothing for an ETag to revalidate, so the app does
 * not compute one (a SHA-1 of every body).
 */
export function noStoreMiddleware(request: Request, response: Response, next: NextFunction): void {
  if (request.path.startsWith('/api/')) response.setHeader('Cache-Control', 'no-store');
  next();
}
