import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '../../../test/utils';
import { ImportPage } from './ImportPage';

const report = {
  total: 3,
  imported: 0,
  failed: 1,
  committed: false,
  rows: [
    { row: 2, key: '199001012021012001', status: 'ok', action: 'create', errors: [] },
    {
      row: 3,
      key: '19900101',
      status: 'error',
      errors: [{ field: 'nip', message: 'NIP harus terdiri dari 18 digit.' }],
    },
    { row: 4, key: '198501012010011002', status: 'ok', action: 'update', errors: [] },
  ],
};

function chooseFile() {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  const file = new File(['nip,nama\n'], 'pegawai.csv', { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('ImportPage', () => {
  it('when the dry run finds a failing row, then the report shows it and only "valid rows" can be imported', async () => {
    const calls = mockApi([{ method: 'POST', path: '/imports/employees', body: report }]);
    renderWithProviders(<ImportPage />);
    chooseFile();
    fireEvent.click(await screen.findByTestId('import-check'));

    expect(await screen.findByTestId('import-report')).toBeTruthy();
    const check = calls.find((c) => c.method === 'POST');
    expect(check?.url).toBe('/api/v1/imports/employees?dryRun=true&validOnly=false');
    expect(check?.body).toBeInstanceOf(FormData);
    expect((check?.body as FormData).get('file')).toBeInstanceOf(File);

    expect(screen.getByTestId('import-failed').textContent).toBe('1');
    // the failing rows are shown first, with their messages
    expect(screen.getAllByTestId('import-row')).toHaveLength(1);
    expect(screen.getByText(/NIP harus terdiri dari 18 digit\./)).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>('import-all').disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>('import-valid-only').disabled).toBe(false);
  });

  it('when importing the valid rows, then it sends validOnly and shows the result', async () => {
    mockApi([{ method: 'POST', path: '/imports/employees', body: report }]);
    renderWithProviders(<ImportPage />);
    chooseFile();
    fireEvent.click(await screen.findByTestId('import-check'));
    await screen.findByTestId('import-report');
    const calls = mockApi([
      { method: 'POST', path: '/imports/employees', body: { ...report, imported: 2, committed: true } },
    ]);
    fireEvent.click(screen.getByTestId('import-valid-only'));
    expect((await screen.findByTestId('import-result')).textContent).toContain('2 baris diimpor');
    expect(calls[0]?.url).toBe('/api/v1/imports/employees?dryRun=false&validOnly=true');
  });

  it('when a real import fails validation, then the 400 report is shown instead of an error', async () => {
    mockApi([
      { method: 'POST', path: '/imports/employees', body: { ...report, failed: 0, rows: [report.rows[0]] } },
    ]);
    renderWithProviders(<ImportPage />);
    chooseFile();
    fireEvent.click(await screen.findByTestId('import-check'));
    await screen.findByTestId('import-report');
    expect(screen.getByTestId<HTMLButtonElement>('import-all').disabled).toBe(false);
    const calls = mockApi([
      {
        method: 'POST',
        path: '/imports/employees',
        status: 400,
        body: {
          error: { code: 'VALIDATION_FAILED', message: '1 baris gagal', requestId: 'r', details: report },
        },
      },
    ]);
    fireEvent.click(screen.getByTestId('import-all'));
    await waitFor(() => expect(screen.getByTestId('import-failed').textContent).toBe('1'));
    expect(calls[0]?.url).toBe('/api/v1/imports/employees?dryRun=false&validOnly=false');
    expect(screen.getByText('Tidak diimpor: ada baris yang gagal')).toBeTruthy();
  });
});
