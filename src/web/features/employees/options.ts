import type { TFunction } from 'i18next';
import {
  ASN_TYPES,
  FUNCTIONAL_LEVELS,
  PNS_RANKS,
  POSITION_TYPES,
  PPPK_RANKS,
} from '../../../domain/people/ranks';
import type { AsnType } from './types';

/** Select options for ranks: PNS `III/a Penata Muda`, PPPK `Golongan IX`. */
export function rankOptions(asnType: AsnType, t: TFunction): { value: string; label: string }[] {
  return asnType === 'PNS'
    ? PNS_RANKS.map(([code, name]) => ({ value: code, label: `${code} ${name}` }))
    : PPPK_RANKS.map((code) => ({ value: code, label: t('employees.pppkRank', { rank: code }) }));
}

export function asnTypeOptions(t: TFunction) {
  return ASN_TYPES.map((v) => ({ value: v, label: t(`employees.asnType.${v}`) }));
}

export function positionTypeOptions(t: TFunction) {
  return POSITION_TYPES.map((v) => ({ value: v, label: t(`employees.positionType.${v}`) }));
}

export function functionalLevelOptions(t: TFunction) {
  return FUNCTIONAL_LEVELS.map((v) => ({ value: v, label: t(`employees.functionalLevel.${v}`) }));
}

export function isAsnType(v: unknown): v is AsnType {
  return v === 'PNS' || v === 'PPPK';
}
