import type { FunctionalLevel, PositionType } from '../../domain/people/ranks.js';
import type { Random } from './synthetic-random.js';
import { OPDS, PLACES, SECTION_TOPICS, TOPICS, type OpdKind } from './synthetic-vocabulary.js';

/** The unit tree of the synthetic kabupaten. */

export interface PlannedUnit {
  code: string;
  name: string;
  parent: number | null;
  /** head's title, type and rank range */
  head: {
    title: string;
    type: PositionType;
    level?: FunctionalLevel;
    ranks: readonly [string, string];
  } | null;
  /** share of the staff this unit receives */
  weight: number;
  /** whether this unit leads with section heads (pengawas) between its head and its staff */
  sections: boolean;
}

/**
 * The units of a kabupaten of `unitCount` units: the kabupaten, up to 40 perangkat daerah, and their sub-units
 * (secretariats, bidang, bagian, seksi, UPTD) in proportion to their size.
 */
export function planUnits(rng: Random, unitCount: number): PlannedUnit[] {
  const units: PlannedUnit[] = [
    {
      code: 'SKM',
      name: 'Pemerintah Kabupaten Sukamaju',
      parent: null,
      head: null,
      weight: 0,
      sections: false,
    },
  ];
  if (unitCount <= 1) return units;
  const opdCount = Math.min(OPDS.length, Math.max(1, Math.round((unitCount - 1) / 4)));
  const subCount = unitCount - 1 - opdCount;
  const opds = OPDS.slice(0, opdCount);

  for (const [code, name, kind, weight] of opds) {
    const head =
      kind === 'setda'
        ? { title: 'Sekretaris Daerah', type: 'jpt' as const, ranks: ['IV/d', 'IV/d'] as const }
        : kind === 'kecamatan'
          ? {
              title: `Camat ${name.replace('Kecamatan ', '')}`,
              type: 'administrator' as const,
              ranks: ['IV/a', 'IV/b'] as const,
            }
          : { title: `Kepala ${name}`, type: 'jpt' as const, ranks: ['IV/c', 'IV/c'] as const };
    units.push({ code, name, parent: 0, head, weight, sections: false });
  }
  const opdUnits = units.slice(1);

  // Sub-units go to the perangkat daerah in proportion to their size (every one gets at least its secretariat).
  const perOpd = opds.map(() => 0);
  const totalWeight = opds.reduce((s, o) => s + o[3], 0);
  for (let i = 0; i < subCount; i++) {
    if (i < opdCount) {
      perOpd[i]! += 1;
      continue;
    }
    let r = rng.float() * totalWeight;
    let k = 0;
    while (k < opds.length - 1 && r >= opds[k]![3]) r -= opds[k++]![3];
    perOpd[k]! += 1;
  }
  opds.forEach(([code, name, kind, weight], k) => {
    const parent = k + 1;
    // The head's own office keeps a few staff; most work in the sub-units.
    if (perOpd[k]! > 0) opdUnits[k]!.weight = 0.2;
    else opdUnits[k]!.sections = true;
    for (let j = 0; j < perOpd[k]!; j++) {
      const n = String(j + 1).padStart(2, '0');
      const sub = subUnit(kind, name, j);
      units.push({
        code: `${code}.${sub.prefix}${n}`,
        name: sub.name,
        parent,
        head: sub.head,
        weight: weight / Math.max(1, perOpd[k]!) + 0.5,
        sections: sub.head.type === 'administrator',
      });
    }
  });
  return units;
}

function subUnit(kind: OpdKind, opdName: string, j: number) {
  const topic = TOPICS[j % TOPICS.length]!;
  const round = Math.floor(j / TOPICS.length);
  const admin = (title: string) => ({
    title,
    type: 'administrator' as const,
    ranks: ['IV/a', 'IV/b'] as const,
  });
  const pengawas = (title: string) => ({
    title,
    type: 'pengawas' as const,
    ranks: ['III/d', 'IV/a'] as const,
  });
  if (kind === 'kecamatan') {
    const place = opdName.replace(/^Kecamatan /, '');
    if (j === 0)
      return { prefix: 'SEKR', name: `Sekretariat Kecamatan ${place}`, head: admin('Sekretaris Kecamatan') };
    const suffix = j > SECTION_TOPICS.length ? ` ${Math.ceil(j / SECTION_TOPICS.length)}` : '';
    const section = `Seksi ${SECTION_TOPICS[(j - 1) % SECTION_TOPICS.length]}${suffix}`;
    return { prefix: 'SEKSI', name: `${section} Kecamatan ${place}`, head: pengawas(`Kepala ${section}`) };
  }
  if (kind === 'setda') {
    const name = `Bagian ${topic}${round > 0 ? ` ${round + 1}` : ''}`;
    return { prefix: 'BAG', name, head: admin(`Kepala ${name}`) };
  }
  if (j === 0) {
    const title = kind === 'badan' ? 'Sekretaris Badan' : 'Sekretaris Dinas';
    return { prefix: 'SEKR', name: `Sekretariat ${opdName}`, head: admin(title) };
  }
  if (j <= 4 || kind === 'badan') {
    const name = `Bidang ${TOPICS[(j - 1) % TOPICS.length]}${j > TOPICS.length ? ` ${Math.ceil(j / TOPICS.length)}` : ''}`;
    return { prefix: 'BID', name: `${name} ${opdName}`, head: admin(`Kepala ${name}`) };
  }
  const place = PLACES[(j - 5) % PLACES.length]!;
  const wave = Math.floor((j - 5) / PLACES.length);
  const name = `UPTD ${opdName.replace(/^Dinas /, '')} ${place}${wave > 0 ? ` ${wave + 1}` : ''}`;
  return { prefix: 'UPTD', name, head: pengawas(`Kepala ${name}`) };
}
