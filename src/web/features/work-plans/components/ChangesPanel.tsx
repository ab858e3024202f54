import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK, type BehaviourValue } from '../../../../domain/work-plans/berakhlak';
import type { PlanChange } from '../../../../domain/work-plans/diff';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useChanges } from '../api/get-changes';
import { shorten } from '../format';
import type { WorkPlanView } from '../types';

const KIND_COLORS = { added: 'teal', removed: 'red', changed: 'blue' } as const;

function fieldValue(field: string | undefined, value: unknown, t: TFunction, language: string): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value !== 'string') return JSON.stringify(value);
  switch (field) {
    case 'aspect':
      return t(`terms.aspect.${value}`);
    case 'direction':
      return t(`terms.direction.${value}`);
    case 'category':
      return t(`terms.category.${value}`);
    case 'perspective':
      return t(`terms.perspective.${value}`);
    case 'kind':
      return t(`terms.kind.${value}`);
    default:
      return value;
  }
}

function ListValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const items = Array.isArray(value) ? value.map(String) : [];
  if (items.length === 0) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <List size="sm" spacing={0}>
      {items.map((s, i) => (
        <List.Item key={i}>{s}</List.Item>
      ))}
    </List>
  );
}

function ChangeEntry({ change, plan }: { change: PlanChange; plan: WorkPlanView }) {
  const { t, i18n } = useTranslation();
  const result = plan.results.find(
    (r) => r.id === (change.entity === 'result' ? change.id : change.resultId),
  );
  let title: string;
  switch (change.entity) {
    case 'approach':
      title = t('plan.changes.approach');
      break;
    case 'result':
      title = change.field
        ? t('plan.changes.resultField', { field: t(`plan.changes.fields.${change.field}`) })
        : t('plan.changes.result');
      break;
    case 'indicator':
      title = change.field
        ? t('plan.changes.indicatorField', { field: t(`plan.changes.fields.${change.field}`) })
        : t('plan.changes.indicator');
      break;
    case 'behaviour':
      title = t('plan.changes.behaviour', {
        value: BERAKHLAK[change.id as BehaviourValue]?.label ?? change.id,
      });
      break;
    case 'annex':
      title = t('plan.changes.annex', { list: t(`plan.annex.${change.id}`) });
      break;
  }
  const isList = change.entity === 'annex';
  const approachValue = (v: unknown) => (typeof v === 'string' ? t(`terms.approach.${v}`) : t('common.none'));
  const show = (v: unknown) =>
    isList ? (
      <ListValue value={v} />
    ) : (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {change.entity === 'approach'
          ? approachValue(v)
          : change.field === 'parentResultId'
            ? v
              ? t('plan.changes.linkSet')
              : t('plan.changes.linkNone')
            : fieldValue(change.field, v, t, i18n.language)}
      </Text>
    );

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="change-entry"
      data-kind={change.kind}
      data-entity={change.entity}
    >
      <Group gap={6} mb={4} wrap="wrap">
        <Badge color={KIND_COLORS[change.kind]} variant="light" radius="sm" size="sm">
          {t(`plan.changes.kind.${change.kind}`)}
        </Badge>
        <Text size="sm" fw={600}>
          {title}
        </Text>
      </Group>
      {change.entity === 'indicator' && result ? (
        <Text size="xs" c="dimmed" mb={4}>
          {t('plan.changes.inResult', { result: shorten(result.text, 80) })}
        </Text>
      ) : null}
      {change.kind === 'added' ? (
        show(change.after)
      ) : change.kind === 'removed' ? (
        <Text size="sm" td="line-through" c="dimmed">
          {fieldValue(undefined, change.before, t, i18n.language)}
        </Text>
      ) : (
        <Stack gap={4}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Text size="xs" c="dimmed" w={64} style={{ flexShrink: 0 }}>
              {t('plan.changes.before')}
            </Text>
            <div style={{ minWidth: 0 }}>{show(change.before)}</div>
          </Group>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Text size="xs" c="dimmed" w={64} style={{ flexShrink: 0 }}>
              {t('plan.changes.after')}
            </Text>
            <div style={{ minWidth: 0 }}>{show(change.after)}</div>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

/**
 * "Perubahan sejak pengajuan terakhir": for the employee, what changed since the plan was returned; for the
 * reviewer (`previous`), what changed between the last two submissions.
 */
export function ChangesPanel({ plan, against }: { plan: WorkPlanView; against: 'last' | 'previous' }) {
  const { t, i18n } = useTranslation();
  const query = useChanges(plan.id, against);

  const body = (
    <QueryState query={query} loading={<ListSkeleton rows={2} />}>
      {(data) =>
        !data.base ? (
          <Text size="sm" c="dimmed" data-testid="changes-first">
            {t('plan.changes.firstSubmission')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('plan.changes.comparedWith', {
                date: formatDateTime(data.base.submittedAt, i18n.language),
              })}
            </Text>
            {data.changes.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="changes-none">
                {t('plan.changes.none')}
              </Text>
            ) : (
              data.changes.map((c, i) => (
                <ChangeEntry key={`${c.entity}-${c.id}-${c.field ?? ''}-${i}`} change={c} plan={plan} />
              ))
            )}
          </Stack>
        )
      }
    </QueryState>
  );

  return (
    <SectionCard
      id="plan-changes-title"
      title={against === 'previous' ? t('plan.changes.titleReview') : t('plan.changes.title')}
      testId="plan-changes"
    >
      {body}
    </SectionCard>
  );
}
