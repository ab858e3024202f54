import { Alert, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributionViolation, PatternRow } from '../types';
import { rowOfViolation, ruleText } from './distribution-labels';
import { ViolationList } from './ViolationList';

/**
 * The distribution rules a unit's predicates break, each naming the rule, the limit and the count. A soft check:
 * the assessor may still finalise with a written justification.
 * - `current` (calibration): the final evaluations, what the Penetapan shows;
 * - `projected` (calibration): as if every draft with both ratings were finalised now;
 * - `pending` (the evaluation editor): what finalising this evaluation now would break.
 * With the unit's `pattern`, each rule is named with its percent and the people it allows; without it, in words.
 */
export function DistributionWarning({
  violations,
  pattern,
  variant = 'current',
  lead,
}: {
  violations: readonly DistributionViolation[];
  pattern?: readonly PatternRow[];
  variant?: 'current' | 'projected' | 'pending';
  /** a sentence before the rules (the unit and its organisation predicate) */
  lead?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  if (violations.length === 0) return null;
  const count = violations.length;
  const look = {
    current: {
      color: 'orange',
      role: 'alert',
      title: t('calibration.warning.title', { count }),
      hint: t('calibration.warning.soft'),
      testId: 'distribution-warning',
    },
    projected: {
      color: 'yellow',
      role: 'status',
      title: t('calibration.projected.title', { count }),
      hint: t('calibration.projected.hint'),
      testId: 'distribution-projected-warning',
    },
    pending: {
      color: 'orange',
      role: 'status',
      title: t('evaluations.distribution.title'),
      hint: t('evaluations.distribution.soft'),
      testId: 'evaluation-distribution-warning',
    },
  }[variant];
  const projected = variant === 'projected';
  return (
    <Alert color={look.color} variant="light" role={look.role} title={look.title} data-testid={look.testId}>
      <Stack gap="xs">
        {lead ? <Text size="sm">{lead}</Text> : null}
        {pattern ? (
          <List size="sm" spacing={4}>
            {violations.map((v, i) => {
              const row = rowOfViolation(pattern, v);
              const rule = row
                ? ruleText(t, i18n.language, { ...row, limit: v.limit })
                : ruleText(t, i18n.language, { ...v, percent: null, persons: v.limit, limit: null });
              const values = { rule, limit: v.limit, actual: v.actual };
              return (
                <List.Item
                  key={i}
                  data-testid={`${projected ? 'distribution-projected-violation' : 'distribution-violation'}-${i}`}
                >
                  {projected
                    ? t('calibration.projected.item', values)
                    : t('calibration.warning.item', values)}
                </List.Item>
              );
            })}
          </List>
        ) : (
          <ViolationList violations={violations} />
        )}
        <Text size="xs">{look.hint}</Text>
      </Stack>
    </Alert>
  );
}
