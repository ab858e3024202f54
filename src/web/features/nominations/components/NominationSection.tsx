import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useEvaluationNominations } from '../api/evaluation-nominations';
import { NOMINATION_KINDS, type NominationView } from '../types';
import { NominateForm } from './NominateForm';
import { NominationStatusChip } from './NominationStatusChip';

function NominationLine({ n }: { n: NominationView }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2} data-testid={`nomination-${n.id}`}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t(`nominations.kinds.${n.kind}`)}
        </Text>
        <NominationStatusChip status={n.status} />
      </Group>
      <Text size="xs" c="dimmed">
        {t('nominations.by', { name: n.nominatedByName, date: formatDate(n.createdAt, i18n.language) })}
      </Text>
      {n.decisionNote ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('nominations.decisionNote', { note: n.decisionNote })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Recognition on the page of a final Sangat Baik: the nominations made, and for the assessor the "Usulkan
 * penghargaan" action. Renders nothing for any other evaluation.
 */
export function NominationSection({
  evaluation,
  isAssessor,
}: {
  evaluation: { id: string; status: 'draft' | 'final'; predicate: string | null };
  isAssessor: boolean;
}) {
  const { t } = useTranslation();
  const eligible = evaluation.status === 'final' && evaluation.predicate === 'sangat_baik';
  const query = useEvaluationNominations(evaluation.id, eligible);
  const [open, setOpen] = useState(false);
  if (!eligible) return null;
  const items = query.data?.items ?? [];
  const taken = items.map((n) => n.kind);
  const canNominate = isAssessor && query.isSuccess && taken.length < NOMINATION_KINDS.length;
  if (!isAssessor && items.length === 0) return null;
  return (
    <Card withBorder padding="md" data-testid="nomination-section">
      <Group justify="space-between" gap="xs" wrap="wrap" mb="xs">
        <Title order={2} fz="h5">
          {t('nominations.section.title')}
        </Title>
        {canNominate ? (
          <Button size="xs" variant="light" onClick={() => setOpen(true)} data-testid="nominate-open">
            {t('nominations.nominate.button')}
          </Button>
        ) : null}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('nominations.section.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((n) => (
            <NominationLine key={n.id} n={n} />
          ))}
        </Stack>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('nominations.nominate.title')} size="lg">
        <NominateForm evaluationId={evaluation.id} taken={taken} onDone={() => setOpen(false)} />
      </Modal>
    </Card>
  );
}
