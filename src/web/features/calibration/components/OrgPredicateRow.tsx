import { Anchor, Button, Card, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyServerErrors, blankToNull, maxLengthOf, zodValidate } from '../../../lib/form';
import { formatDateTime } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useSetOrgPredicate } from '../api/set-org-predicate';
import {
  ORG_PREDICATES,
  putOrgPredicateSchema,
  type OrgPredicate,
  type OrgPredicateInput,
  type OrgPredicateUnitRow,
} from '../types';
import { OrgPredicateBadge } from './OrgPredicateBadge';
import { LimitedTextarea } from '../../../components/LimitedText';

interface Values {
  predicate: OrgPredicate | '';
  basis: string;
}

const toInput = (v: Values) => ({ predicate: v.predicate || undefined, basis: blankToNull(v.basis) });

/** One unit on Capaian Organisasi: the predicate in force, and a form to set (or change) it with its basis. */
export function OrgPredicateRow({
  row,
  periodId,
  onHistory,
}: {
  row: OrgPredicateUnitRow;
  periodId: string;
  onHistory: () => void;
}) {
  const { t, i18n } = useTranslation();
  const set = useSetOrgPredicate(periodId);
  const id = row.unit.id;
  const form = useForm<Values>({
    initialValues: { predicate: row.current?.predicate ?? '', basis: row.current?.basis ?? '' },
    validate: zodValidate(putOrgPredicateSchema, i18n, toInput),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const saved = await set.mutateAsync({ unitId: id, input: toInput(v) as OrgPredicateInput });
      form.resetDirty({ predicate: saved.predicate, basis: saved.basis ?? '' });
      notifySuccess(
        t('orgPredicates.saved', {
          unit: row.unit.name,
          predicate: t(`calibration.orgPredicates.${saved.predicate}`),
        }),
      );
    } catch (error) {
      applyServerErrors(error, form, ['predicate', 'basis'], t);
    }
  });
  return (
    <Card withBorder padding="md" data-testid={`org-predicate-row-${id}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {row.unit.name}
              </Text>
              <Text size="xs" c="dimmed">
                {[
                  row.unit.code,
                  row.unit.headName ? t('orgPredicates.head', { name: row.unit.headName }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            <Stack gap={2} align="flex-end">
              <OrgPredicateBadge
                predicate={row.current?.predicate ?? null}
                testId={`org-predicate-current-${id}`}
              />
              {row.current ? (
                <Text size="xs" c="dimmed" ta="right">
                  {t('orgPredicates.setBy', {
                    name: row.current.setByName,
                    at: formatDateTime(row.current.setAt, i18n.language),
                  })}
                </Text>
              ) : null}
            </Stack>
          </Group>
          <NativeSelect
            label={t('orgPredicates.predicate')}
            required
            data={[
              { value: '', label: t('orgPredicates.choose'), disabled: true },
              ...ORG_PREDICATES.map((p) => ({ value: p, label: t(`calibration.orgPredicates.${p}`) })),
            ]}
            data-testid={`org-predicate-select-${id}`}
            {...form.getInputProps('predicate')}
          />
          <LimitedTextarea
            maxLength={maxLengthOf(putOrgPredicateSchema, 'basis')}
            label={t('orgPredicates.basis')}
            description={t('orgPredicates.basisHint')}
            autosize
            minRows={2}
            maxRows={8}
            data-testid={`org-predicate-basis-${id}`}
            {...form.getInputProps('basis')}
          />
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Group gap="xs">
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={onHistory}
                data-testid={`org-predicate-history-${id}`}
              >
                {t('orgPredicates.history.open')}
              </Button>
              <Anchor component={Link} to={`/calibration?unitId=${id}&periodId=${periodId}`} size="sm">
                {t('orgPredicates.toCalibration')}
              </Anchor>
            </Group>
            <Button
              type="submit"
              loading={set.isPending}
              disabled={!form.isDirty()}
              data-testid={`org-predicate-save-${id}`}
            >
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
