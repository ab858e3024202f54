import { useQuery } from '@tanstack/react-query';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-client';
import { mockApi, renderWithProviders, sessionRoute } from '../test/utils';
import { QueryState } from './QueryState';

function Page({ load, notFound = false }: { load: () => Promise<string>; notFound?: boolean }) {
  const query = useQuery({ queryKey: ['query-state-test'], queryFn: load });
  return (
    <QueryState query={query} notFound={notFound} loading={<p data-testid="custom-loading">…</p>}>
      {(text) => <p data-testid="data">{text}</p>}
    </QueryState>
  );
}

const render = (ui: ReactNode) => renderWithProviders(<MemoryRouter>{ui}</MemoryRouter>);

describe('QueryState', () => {
  beforeEach(() => {
    mockApi([sessionRoute(null)]);
  });

  it('when loading, then the given skeleton shows; when loaded, then the data', async () => {
    let resolve: (text: string) => void = () => undefined;
    render(<Page load={() => new Promise<string>((r) => (resolve = r))} />);
    expect(screen.getByTestId('custom-loading')).toBeTruthy();
    resolve('Halo');
    expect((await screen.findByTestId('data')).textContent).toBe('Halo');
    expect(screen.queryByTestId('custom-loading')).toBeNull();
  });

  it('when a record page gets 404 or a malformed id, then the not-found page shows', async () => {
    render(
      <Page notFound load={() => Promise.reject(new ApiError(400, 'VALIDATION_FAILED', 'id tidak valid'))} />,
    );
    expect(await screen.findByTestId('not-found-page')).toBeTruthy();
    expect(screen.getByText('Halaman tidak ditemukan')).toBeTruthy();
  });

  it('when loading fails otherwise, then the error shows with a retry that loads again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ApiError(404, 'NOT_FOUND', 'Data tidak ditemukan.', null, 'req-1'))
      .mockResolvedValueOnce('Kedua');
    render(<Page load={load} />);
    const error = await screen.findByTestId('error-state');
    expect(error.textContent).toContain('Data tidak ditemukan.');
    expect(screen.queryByTestId('not-found-page')).toBeNull();
    fireEvent.click(screen.getByTestId('error-retry'));
    await waitFor(() => expect(screen.getByTestId('data').textContent).toBe('Kedua'));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
