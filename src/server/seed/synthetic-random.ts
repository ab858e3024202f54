import {
  FEMALE,
  FEMALE_FAMILY,
  MALE,
  MALE_FAMILY,
  PNS_RANK_ORDER,
  SHARED_FAMILY,
} from './synthetic-vocabulary.js';

/** The seeded randomness of the synthetic kabupaten: the PRNG, NIPs, names and ranks. */

/** mulberry32: a small, fast, seeded PRNG (public domain). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from a seeded PRNG. */
export class Random {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  /** integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A PNS rank between two ranks (inclusive). */
export function rankBetween(rng: Random, [lo, hi]: readonly [string, string]): string {
  const a = PNS_RANK_ORDER.indexOf(lo);
  const b = PNS_RANK_ORDER.indexOf(hi);
  return PNS_RANK_ORDER[rng.int(a, b)]!;
}

/** Valid NIPs, unique within one factory. */
export class NipFactory {
  private readonly used = new Map<string, number>();
  constructor(private readonly rng: Random) {}

  private birth(minYear: number, maxYear: number) {
    const y = this.rng.int(minYear, maxYear);
    const m = this.rng.int(1, 12);
    const d = this.rng.int(1, 28);
    return { y, ymd: `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}` };
  }

  private serial(prefix: string): string {
    const next = (this.used.get(prefix) ?? 0) + 1;
    if (next > 999) return '';
    this.used.set(prefix, next);
    return String(next).padStart(3, '0');
  }

  /** PNS: birth date, TMT CPNS at 20–30 years old (not after 2024), sex, serial. */
  pns(minBirth: number, maxBirth: number, sex: 1 | 2): string {
    for (;;) {
      const { y, ymd } = this.birth(minBirth, maxBirth);
      const tmtYear = Math.min(2024, y + this.rng.int(20, 30));
      if (tmtYear < y + 19) continue;
      const prefix = `${ymd}${tmtYear}${String(this.rng.int(1, 12)).padStart(2, '0')}${sex}`;
      const serial = this.serial(prefix);
      if (serial) return prefix + serial;
    }
  }

  /** PPPK: birth date, TMT year 2021–2025, '2' + code digit, sex, serial. */
  pppk(minBirth: number, maxBirth: number, sex: 1 | 2): string {
    for (;;) {
      const { y, ymd } = this.birth(minBirth, maxBirth);
      const tmtYear = this.rng.int(Math.max(2021, y + 18), 2025);
      if (tmtYear > 2025) continue;
      const prefix = `${ymd}${tmtYear}2${this.rng.int(1, 3)}${sex}`;
      const serial = this.serial(prefix);
      if (serial) return prefix + serial;
    }
  }
}

/** A name: title prefix, first name, often a family name, and the degrees after a comma. */
export function personName(rng: Random, sex: 1 | 2, prefix: string, suffix: string): string {
  const first = rng.pick(sex === 1 ? MALE : FEMALE);
  const families = rng.chance(0.2) ? SHARED_FAMILY : sex === 1 ? MALE_FAMILY : FEMALE_FAMILY;
  const family = rng.chance(0.85) ? ` ${rng.pick(families)}` : '';
  return `${prefix}${first}${family}${suffix ? `, ${suffix}` : ''}`;
}
