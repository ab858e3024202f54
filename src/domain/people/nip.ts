/**
 * NIP (Nomor Induk Pegawai) rules — domain §9.
 *
 * PNS (18 digits):  birth date YYYYMMDD | TMT CPNS YYYYMM | sex 1/2 | serial 001–999
 * PPPK (18 digits): birth date YYYYMMDD | TMT year YYYY | '2' | digit 1–9 | sex 1/2 | serial 001–999
 */
export type AsnType = 'PNS' | 'PPPK';

export type NipPart =
  'format' | 'length' | 'birthDate' | 'tmt' | 'tmtBeforeAdulthood' | 'pppkCode' | 'sex' | 'serial';

export interface NipIssue {
  part: NipPart;
  /** stable key for localised messages: `nip.<part>` */
  key: `nip.${NipPart}`;
}

export interface ParsedNip {
  nip: string;
  asnType: AsnType;
  birthDate: string; // YYYY-MM-DD
  /** PNS: YYYY-MM of TMT CPNS; PPPK: YYYY of TMT */
  tmt: string;
  sex: 'male' | 'female';
  serial: number;
}

export type NipResult = { ok: true; value: ParsedNip } | { ok: false; issues: NipIssue[] };

const issue = (part: NipPart): NipIssue => ({ part, key: `nip.${part}` });

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Removes the spaces and dots people type or print inside a NIP (`19671110 199203 1 001`). */
export function normaliseNip(input: string): string {
  return input.replace(/[\s.]/g, '');
}

/** Validates every part of a NIP for the given ASN type; reports each failing part. */
export function parseNip(input: string, asnType: AsnType): NipResult {
  const nip = normaliseNip(input);
  if (!/^\d+$/.test(nip)) return { ok: false, issues: [issue('format')] };
  if (nip.length !== 18) return { ok: false, issues: [issue('length')] };

  const issues: NipIssue[] = [];
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const birthOk = isRealDate(by, bm, bd);
  if (!birthOk) issues.push(issue('birthDate'));

  let tmt: string;
  let sexDigit: string;
  if (asnType === 'PNS') {
    const ty = Number(nip.slice(8, 12));
    const tm = Number(nip.slice(12, 14));
    tmt = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
    if (ty < 1900 || tm < 1 || tm > 12) issues.push(issue('tmt'));
    else if (birthOk) {
      // TMT takes effect on the first of its month, which must be on or after the 18th birthday.
      const tmtDay = `${nip.slice(8, 14)}01`;
      const adultDay = `${by + 18}${nip.slice(4, 8)}`;
      if (tmtDay < adultDay) issues.push(issue('tmtBeforeAdulthood'));
    }
    sexDigit = nip.charAt(14);
  } else {
    const ty = Number(nip.slice(8, 12));
    tmt = nip.slice(8, 12);
    if (ty < 1900) issues.push(issue('tmt'));
    else if (birthOk && ty < by + 18) issues.push(issue('tmtBeforeAdulthood'));
    if (nip.charAt(12) !== '2' || nip.charAt(13) === '0') issues.push(issue('pppkCode'));
    sexDigit = nip.charAt(14);
  }
  if (sexDigit !== '1' && sexDigit !== '2') issues.push(issue('sex'));
  const serial = Number(nip.slice(15, 18));
  if (serial === 0) issues.push(issue('serial'));

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      nip,
      asnType,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      tmt,
      sex: sexDigit === '1' ? 'male' : 'female',
      serial,
    },
  };
}

/** Prints a NIP in the official grouping: PNS `19671110 199203 1 001`, PPPK `19900101 2021 21 1 001`. */
export function formatNip(nip: string, asnType: AsnType = 'PNS'): string {
  const n = normaliseNip(nip);
  if (n.length !== 18) return n;
  return asnType === 'PNS'
    ? `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`
    : `${n.slice(0, 8)} ${n.slice(8, 12)} ${n.slice(12, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}
