import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DistributionViolation, PatternRow } from '../types';
import { ruleText, rowOfViolation } from './labels';

/**
 * The rules the unit's predicates break, each naming the rule, the limit and the count. `current`: the final
 * evaluations (what the Penetapan shows); `projected`: as if every draft with both ratings were finalised now.
 * A soft check: the assessor may still finalise with a written justification.
 */
export function DistributionWarning({
  violations,
  pattern,
  variant = 'current',
}: {
  violations: readonly DistributionViolation[];
  pattern: readonly PatternRow[];
  variant?: 'current' | 'projected';
}) {
  const { t, i18n } = useTranslation();
  if (violations.length === 0) return null;
  const projected = variant === 'projected';
  const prefix = projected ? 'distribution-projected-violation' : 'distribution-violation';
  return (
    <Alert
      color={projected ? 'yellow' : 'orange'}
      variant="light"
      role={projected ? 'status' : 'alert'}
      title={t(projected ? 'calibration.projected.title' : 'calibration.warning.title', {
        count: violations.length,
      })}
      data-testid={projected ? 'distribution-projected-warning' : 'distribution-warning'}
    >
      <List size="sm" spacing={4}>
        {violations.map((v, i) => {
          const row = rowOfViolation(pattern, v);
          const rule = row
            ? ruleText(t, i18n.language, { ...row, limit: v.limit })
            : ruleText(t, i18n.language, { ...v, percent: null, persons: v.limit, limit: null });
          return (
            <List.Item key={i} data-testid={`${prefix}-${i}`}>
              {t(projected ? 'calibration.projected.item' : 'calibration.warning.item', {
                rule,
                limit: v.limit,
                actual: v.actual,
              })}
            </List.Item>
          );
        })}
      </List>
      <Text size="xs" mt="xs">
        {t(projected ? 'calibration.projected.hint' : 'calibration.warning.soft')}
      </Text>
    </Alert>
  );
}
