import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { formatNumber } from '../../../lib/format';
import type { FollowUpFigures } from '../types';

/** Escalations (waiting, decided, and the decisions recorded) and nominations by status, as small tables. */
export function OutcomesSection({ figures, year }: { figures: FollowUpFigures; year: number }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const decisions = Object.entries(figures.escalations.decisions).sort(([a], [b]) => a.localeCompare(b));
  const nominations = (['nominated', 'accepted', 'declined'] as const).map((s) => ({
    status: s,
    value: figures.nominations[s],
  }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <SectionCard
        id="follow-up-escalations"
        title={t('followUp.escalations.title')}
        hint={t('followUp.escalations.hint', { year })}
        testId="follow-up-escalations"
      >
        <Table verticalSpacing="xs" data-testid="follow-up-escalations-rows">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('followUp.escalations.open')}</Table.Th>
              <Table.Td ta="right">{n(figures.escalations.open)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('followUp.escalations.decided')}</Table.Th>
              <Table.Td ta="right">{n(figures.escalations.decided)}</Table.Td>
            </Table.Tr>
            {decisions.map(([decision, count]) => (
              <Table.Tr key={decision}>
                <Table.Th scope="row" fw={400} pl="lg">
                  {decision === '-' ? t('followUp.escalations.noText') : decision}
                </Table.Th>
                <Table.Td ta="right">{n(count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('followUp.escalations.none')}
          </Text>
        ) : null}
      </SectionCard>
      <SectionCard
        id="follow-up-nominations"
        title={t('followUp.nominations.title')}
        hint={t('followUp.nominations.hint', { year })}
        testId="follow-up-nominations"
      >
        <Table verticalSpacing="xs" data-testid="follow-up-nominations-rows">
          <Table.Tbody>
            {nominations.map((r) => (
              <Table.Tr key={r.status}>
                <Table.Th scope="row">{t(`followUp.nominations.${r.status}`)}</Table.Th>
                <Table.Td ta="right">{n(r.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SectionCard>
    </SimpleGrid>
  );
}
