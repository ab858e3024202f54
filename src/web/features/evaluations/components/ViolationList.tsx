import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DistributionViolation } from '../types';

/** Each broken rule in words: the rule, the limit and the count (e.g. "Paling banyak 2 … ; akan menjadi 3"). */
export function ViolationList({
  violations,
  testId,
}: {
  violations: readonly DistributionViolation[];
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4} data-testid={testId}>
      {violations.map((v, i) => (
        <List.Item
          key={`${v.rule}-${v.predicates.join('+')}-${i}`}
          data-testid="distribution-violation"
          data-rule={v.rule}
        >
          {t(`evaluations.distribution.rule.${v.rule}`, {
            limit: v.limit,
            actual: v.actual,
            predicates: v.predicates
              .map((p) => t(`evaluations.predicates.${p}`))
              .join(t('evaluations.distribution.or')),
          })}
        </List.Item>
      ))}
    </List>
  );
}
