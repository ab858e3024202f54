import { describe, expect, it, vi } from 'vitest';
import { createEmployeeSchema, createUnitSchema } from '../../domain/people/schemas';
import { ApiError } from './api-client';
import { applyServerErrors, isStaleWrite, zodValidate } from './form';
import en from '../locales/en.json';
import { createI18n } from './i18n';

vi.mock('./notify', () => ({ notifyError: vi.fn(), notifySuccess: vi.fn() }));

const employee = {
  nip: '199001012021012001',
  name: 'Siti Aminah',
  asnType: 'PNS',
  rank: 'III/a',
  positionTitle: 'Perawat Ahli Pertama',
  positionType: 'fungsional',
  functionalLevel: 'ahli_pertama',
  unitId: '0b0c3c1e-8d1a-4c51-9a0e-5d7b7e0b1a11',
  supervisorId: null,
  email: null,
};

describe('form validation with the shared schemas', () => {
  it('when the NIP birth date is not a date, then the NIP field gets the localised message', () => {
    const validate = zodValidate(createEmployeeSchema, createI18n('id'), (v: typeof employee) => v);
    const errors = validate({ ...employee, nip: '199013012021012001' });
    expect(errors.nip).toBe('Bagian tanggal lahir NIP (digit 1–8) bukan tanggal yang valid.');
  });

  it('when English is chosen, then the same rule reads in English', () => {
    const validate = zodValidate(createEmployeeSchema, createI18n('en', { en }), (v: typeof employee) => v);
    const errors = validate({ ...employee, positionType: 'fungsional', functionalLevel: null } as never);
    expect(errors.functionalLevel).toBe('A functional level is required for a functional position.');
  });

  it('when required fields are blank, then they say "required"', () => {
    const validate = zodValidate(
      createUnitSchema,
      createI18n('id'),
      (v: { name: string; code: string }) => v,
    );
    expect(validate({ name: '', code: '' })).toEqual({ name: 'Wajib diisi.', code: 'Wajib diisi.' });
    expect(validate({ name: 'Dinas Kesehatan', code: 'DINKES' })).toEqual({});
  });

  it('when the server rejects fields the form has, then they land on the fields', () => {
    const setErrors = vi.fn();
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Data tidak valid.', [
      { path: 'code', code: 'unit.duplicateCode', message: 'Kode unit sudah digunakan.' },
    ]);
    const handled = applyServerErrors(error, { setErrors }, ['name', 'code'], createI18n('id').t);
    expect(handled).toBe(true);
    expect(setErrors).toHaveBeenCalledWith({ code: 'Kode unit sudah digunakan.' });
  });

  it('when the error is not about the form fields, then it is not reported as handled', () => {
    const setErrors = vi.fn();
    const error = new ApiError(409, 'CONFLICT', 'Data telah diubah oleh orang lain.');
    expect(applyServerErrors(error, { setErrors }, ['name'], createI18n('id').t)).toBe(false);
    expect(setErrors).not.toHaveBeenCalled();
  });
});

describe('conflicts', () => {
  it('when a 409 names a field, then it is a field error and not a stale write', () => {
    const setErrors = vi.fn();
    const duplicate = new ApiError(409, 'CONFLICT', 'NIP sudah terdaftar.', { field: 'nip' });
    expect(isStaleWrite(duplicate)).toBe(false);
    expect(applyServerErrors(duplicate, { setErrors }, ['nip'], createI18n('id').t)).toBe(true);
    expect(setErrors).toHaveBeenCalledWith({ nip: 'NIP sudah terdaftar.' });
  });

  it('when a 409 is about the version, then it is a stale write', () => {
    expect(
      isStaleWrite(new ApiError(409, 'CONFLICT', 'Data telah diubah.', { reason: 'stale_version' })),
    ).toBe(true);
  });
});
