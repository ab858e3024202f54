import { describe, expect, it } from 'vitest';
import { FUNCTIONAL_LEVELS, PNS_RANKS, POSITION_TYPES, PPPK_RANKS } from './ranks.js';
import { createActingSchema, createEmployeeSchema, employeeRuleIssues } from './schemas.js';

const base = {
  nip: '196711101992031001',
  asnType: 'PNS' as const,
  rank: 'III/a',
  positionType: 'pelaksana',
  functionalLevel: null,
};
const pppk = { ...base, nip: '199001012021211001', asnType: 'PPPK' as const, rank: 'IX' };

describe('employeeRuleIssues', () => {
  it('when a PNS employee has a PNS rank and no level for a structural position, then there are no issues', () => {
    expect(employeeRuleIssues(base)).toEqual([]);
  });

  it.each(PNS_RANKS.map(([code]) => code))('when a PNS employee has rank %s, then it is accepted', (rank) => {
    expect(employeeRuleIssues({ ...base, rank })).toEqual([]);
  });

  it.each(PPPK_RANKS)('when a PPPK employee has golongan %s, then it is accepted', (rank) => {
    expect(employeeRuleIssues({ ...pppk, rank })).toEqual([]);
  });

  it.each(['IX', 'I', 'XVII', 'V/a', 'III/f', 'iii/a', ''])(
    'when a PNS employee has rank %j, then rank is reported',
    (rank) => {
      expect(employeeRuleIssues({ ...base, rank })).toEqual([{ path: 'rank', key: 'employee.rank' }]);
    },
  );

  it.each(['III/a', 'IV/e', 'XVIII', '0', 'ix'])(
    'when a PPPK employee has rank %j, then rank is reported',
    (rank) => {
      expect(employeeRuleIssues({ ...pppk, rank })).toEqual([{ path: 'rank', key: 'employee.rank' }]);
    },
  );

  it.each(FUNCTIONAL_LEVELS)('when a fungsional employee has level %s, then it is accepted', (level) => {
    expect(employeeRuleIssues({ ...base, positionType: 'fungsional', functionalLevel: level })).toEqual([]);
  });

  it.each([null, undefined, ''])(
    'when a fungsional employee has level %j, then the level is required',
    (level) => {
      expect(employeeRuleIssues({ ...base, positionType: 'fungsional', functionalLevel: level })).toEqual([
        { path: 'functionalLevel', key: 'employee.functionalLevelRequired' },
      ]);
    },
  );

  it.each(POSITION_TYPES.filter((p) => p !== 'fungsional'))(
    'when a %s employee has a functional level, then the level is not allowed',
    (positionType) => {
      expect(employeeRuleIssues({ ...base, positionType, functionalLevel: 'ahli_muda' })).toEqual([
        { path: 'functionalLevel', key: 'employee.functionalLevelNotAllowed' },
      ]);
    },
  );

  it('when the NIP fails for the ASN type, then each failing part is reported under nip with its part', () => {
    expect(employeeRuleIssues({ ...base, nip: '196713101992033000' })).toEqual([
      { path: 'nip', key: 'nip.birthDate', part: 'birthDate' },
      { path: 'nip', key: 'nip.sex', part: 'sex' },
      { path: 'nip', key: 'nip.serial', part: 'serial' },
    ]);
    expect(employeeRuleIssues({ ...base, asnType: 'PPPK', rank: 'IX' })).toEqual([
      { path: 'nip', key: 'nip.pppkCode', part: 'pppkCode' },
    ]);
  });

  it('when NIP, rank and level all fail, then all three fields are reported', () => {
    const issues = employeeRuleIssues({
      nip: '12',
      asnType: 'PPPK',
      rank: 'III/a',
      positionType: 'fungsional',
      functionalLevel: null,
    });
    expect(issues.map((i) => i.path)).toEqual(['nip', 'rank', 'functionalLevel']);
  });
});

describe('createEmployeeSchema', () => {
  const body = {
    ...base,
    name: 'Budi',
    positionTitle: 'Analis',
    unitId: '0b6f6c1e-8a4e-4c1b-9c51-3d3f3a1f9e01',
  };

  it('when the body is valid, then it parses', () => {
    expect(createEmployeeSchema.safeParse(body).success).toBe(true);
  });

  it('when the NIP has a bad part, then the zod issue carries path nip, the key and the part', () => {
    const r = createEmployeeSchema.safeParse({ ...body, nip: '196711101992033001' });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path).toEqual(['nip']);
    expect(issue.message).toBe('nip.sex');
    expect((issue as { params?: { part?: string } }).params?.part).toBe('sex');
  });
});

describe('createActingSchema', () => {
  const acting = { employeeId: '0b6f6c1e-8a4e-4c1b-9c51-3d3f3a1f9e01', kind: 'plt', startDate: '2026-01-01' };

  it('when the end date is before the start date, then endDate fails with acting.dateRange', () => {
    const r = createActingSchema.safeParse({ ...acting, endDate: '2025-12-31' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['endDate'], message: 'acting.dateRange' });
  });

  it('when the range is a single day, then it is accepted', () => {
    expect(createActingSchema.safeParse({ ...acting, endDate: '2026-01-01' }).success).toBe(true);
  });

  it('when a date is not a real date, then it fails', () => {
    expect(createActingSchema.safeParse({ ...acting, endDate: '2026-02-30' }).success).toBe(false);
  });

  it('when a date is before 1900 (year 0000 cannot be stored), then it fails on that field', () => {
    const r = createActingSchema.safeParse({ ...acting, startDate: '0000-01-01', endDate: '2026-01-01' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toEqual([['startDate']]);
  });
});
