import { describe, expect, it } from 'vitest';
import { differingFields } from './conflict';

const FIELDS = ['name', 'code', 'parentId', 'rules'] as const;

describe('differingFields', () => {
  it('when nothing differs (texts up to spaces, blank as none), then no field', () => {
    expect(
      differingFields(
        FIELDS,
        { name: ' Dinas Kesehatan ', code: '', parentId: null, rules: [{ a: 1 }] },
        { name: 'Dinas Kesehatan', code: null, parentId: null, rules: [{ a: 1 }] },
      ),
    ).toEqual([]);
  });

  it('when some differ, then exactly those, in the form’s order', () => {
    expect(
      differingFields(
        FIELDS,
        { name: 'Dinkes', code: 'DK', parentId: 'a', rules: [{ a: 1 }] },
        { name: 'Dinas Kesehatan', code: 'DK', parentId: 'b', rules: [{ a: 2 }] },
      ),
    ).toEqual(['name', 'parentId', 'rules']);
  });
});
