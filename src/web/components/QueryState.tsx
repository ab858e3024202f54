import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api-client';
import { ErrorState } from './ErrorState';
import { PageSkeleton } from './Skeletons';
import { NotFoundPage } from './StatusPages';

/** The record is not there for this user, or the id in the address is malformed (400 VALIDATION_FAILED). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.code === 'VALIDATION_FAILED');
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

interface QueryStateProps<T, E> {
  query: UseQueryResult<T, E>;
  /** shown while loading (default: the page skeleton) */
  loading?: ReactNode;
  /** a missing record (or a malformed id) shows the 404 page: for the page of one record */
  notFound?: boolean;
  /** the loaded data */
  children: (data: T) => ReactNode;
}

/**
 * The loading / not found / error states of a page or a section that shows one query: a skeleton while it loads,
 * the 404 page when asked for, otherwise the error with the server's message and a retry; then the data.
 */
export function QueryState<T, E>({
  query,
  loading = <PageSkeleton />,
  notFound = false,
  children,
}: QueryStateProps<T, E>) {
  if (query.isPending) return loading;
  if (query.isError) {
    if (notFound && isNotFound(query.error)) return <NotFoundPage />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return children(query.data);
}
