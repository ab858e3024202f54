import { Button, Group, NumberInput, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREDICATES } from '../../../../domain/evaluations/matrix';
import { tppRatesSchema } from '../../../../domain/evaluations/tpp';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useTppRates, useUpdateTppRates } from '../api/tpp';
import type { TppRates, TppRatesView } from '../types';

function Editor({ view, onReload }: { view: TppRatesView; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const [rates, setRates] = useState<Record<string, number | string>>({ ...view.rates });
  const [stale, setStale] = useState(false);
  const save = useUpdateTppRates();
  const parsed = tppRatesSchema.safeParse(rates);
  const errors = new Map<string, string>(
    parsed.success
      ? []
      : parsed.error.issues.map((i): [string, string] => [String(i.path[0]), t('tpp.rates.invalid')]),
  );
  const changed = PREDICATES.some((p) => rates[p] !== view.rates[p]);

  const submit = () => {
    if (!parsed.success) return;
    save.mutate(
      { rates: parsed.data as TppRates, version: view.version },
      {
        onSuccess: () => notifySuccess(t('tpp.rates.saved')),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) setStale(true);
          else notifyError(error, t);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        {PREDICATES.map((p) => (
          <NumberInput
            key={p}
            label={t(`evaluations.predicates.${p}`)}
            description={t('tpp.rates.default', { value: view.defaults[p] })}
            value={rates[p]}
            onChange={(v) => setRates((r) => ({ ...r, [p]: v }))}
            min={0}
            max={100}
            step={5}
            allowDecimal={false}
            clampBehavior="none"
            rightSection="%"
            error={errors.get(p)}
            data-testid={`tpp-rate-${p}`}
          />
        ))}
      </SimpleGrid>
      {stale ? (
        <Group gap="xs" wrap="wrap" data-testid="tpp-rates-stale" role="alert">
          <Text size="sm" c="red">
            {t('tpp.rates.stale')}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              setStale(false);
              onReload();
            }}
          >
            {t('tpp.rates.reload')}
          </Button>
        </Group>
      ) : null}
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="xs" c="dimmed">
          {view.updatedAt
            ? t('tpp.rates.updatedAt', { date: formatDateTime(view.updatedAt, i18n.language) })
            : t('tpp.rates.usingDefaults')}
        </Text>
        <Group gap="xs">
          <Button
            variant="subtle"
            onClick={() => setRates({ ...view.defaults })}
            data-testid="tpp-rates-defaults"
          >
            {t('tpp.rates.useDefaults')}
          </Button>
          <Button
            onClick={submit}
            loading={save.isPending}
            disabled={!parsed.success || !changed}
            data-testid="tpp-rates-save"
          >
            {t('tpp.rates.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** The TPP table editor: a whole percentage 0–100 for every predicate, saved with its version (audited). */
export function TppRatesEditor() {
  const { t } = useTranslation();
  const query = useTppRates();
  return (
    <SectionCard
      id="tpp-rates-title"
      title={t('tpp.rates.title')}
      hint={t('tpp.rates.hint')}
      testId="tpp-rates"
    >
      <QueryState query={query} loading={<Skeleton height={80} />}>
        {(view) => <Editor key={`${view.version}`} view={view} onReload={() => void query.refetch()} />}
      </QueryState>
    </SectionCard>
  );
}
