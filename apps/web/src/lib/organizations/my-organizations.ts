import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

export type MyOrganization = Schemas['MyOrganizationDto'];

/** One cached list for the organisation page, the postings pages and the switcher. */
export const myOrganizationsQueryKey = ['organizations', 'mine'] as const;

/** GET /organizations/mine: the organisations the signed-in employer belongs to, with their role in each. */
export function getMyOrganizations(): Promise<MyOrganization[]> {
  return unwrap(api.GET('/api/v1/organizations/mine'));
}

/** `enabled`: false for callers who may not be employers (the route answers only employers). */
export function useMyOrganizations(enabled = true) {
  return useQuery({ queryKey: myOrganizationsQueryKey, queryFn: getMyOrganizations, enabled });
}

// The organisation an employer in several works in, remembered on this device across pages and visits.
const STORAGE_KEY = 'hashidari.organizationId';
const listeners = new Set<() => void>();

function chosenId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function chooseOrganization(id: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // storage unavailable (private mode): the choice lasts until the page reloads
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The employer's organisations and the one they work in now: the one they chose last, else the first.
 * `current` is undefined while loading and for an employer without an organisation.
 */
export function useCurrentOrganization() {
  const query = useMyOrganizations();
  const chosen = useSyncExternalStore(subscribe, chosenId, () => null);
  const organizations = query.data ?? [];
  const current = organizations.find((organization) => organization.id === chosen) ?? organizations[0];
  return { query, organizations, current, choose: chooseOrganization };
}
