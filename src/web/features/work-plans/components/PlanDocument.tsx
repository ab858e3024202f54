import { Box, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { formatDate } from '../../../lib/format';
import { useCycle } from '../../cycles';
import { formatTarget, revisionLabel } from '../format';
import type { PersonSnapshot, ResultView, WorkPlanView } from '../types';
import { ANNEX_LISTS } from './AnnexSection';

function PersonRows({ person, no }: { person: PersonSnapshot | null; no: number }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('plan.doc.name'), person?.name ?? ''],
    [t('plan.doc.nip'), person?.nip ?? ''],
    [t('plan.doc.rank'), person?.rankLabel ?? ''],
    [
      t('plan.doc.position'),
      person
        ? person.functionalLevel
          ? `${person.positionTitle} (${t(`employees.functionalLevel.${person.functionalLevel}`)})`
          : person.positionTitle
        : '',
    ],
    [t('plan.doc.unit'), person?.unitName ?? ''],
  ];
  return (
    <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4}>
      <Table.Tbody>
        {rows.map(([label, value], i) => (
          <Table.Tr key={label}>
            <Table.Td w={28}>{no > 0 ? i + 1 : ''}</Table.Td>
            <Table.Td w={120}>{label}</Table.Td>
            <Table.Td>{value || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ResultRows({
  results,
  plan,
  columns,
}: {
  results: ResultView[];
  plan: WorkPlanView;
  columns: number;
}) {
  const { t, i18n } = useTranslation();
  if (results.length === 0) {
    return (
      <Table.Tr>
        <Table.Td colSpan={columns} c="dimmed">
          {t('common.none')}
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <>
      {results.map((r, n) => {
        const indicators =
          r.indicators.length > 0 ? [...r.indicators].sort((a, b) => a.position - b.position) : [null];
        const span = indicators.length;
        return (
          <Fragment key={r.id}>
            {indicators.map((ind, i) => (
              <Table.Tr key={ind?.id ?? `${r.id}-none`} data-testid={i === 0 ? 'doc-result-row' : undefined}>
                {i === 0 ? (
                  <>
                    <Table.Td rowSpan={span} valign="top">
                      {n + 1}
                    </Table.Td>
                    <Table.Td rowSpan={span} valign="top">
                      {r.parentResult?.text ??
                        (r.linkStatus === 'pending' && r.kind === 'main' ? t('plan.doc.pendingLink') : '—')}
                    </Table.Td>
                    <Table.Td rowSpan={span} valign="top">
                      {r.text}
                    </Table.Td>
                  </>
                ) : null}
                <Table.Td valign="top">{ind ? t(`terms.aspect.${ind.aspect}`) : '—'}</Table.Td>
                <Table.Td valign="top">{ind?.text ?? '—'}</Table.Td>
                <Table.Td valign="top">
                  {ind ? (formatTarget(ind, i18n.language) ?? '—') : '—'}
                  {ind?.direction === 'lower' ? (
                    <Text size="xs" c="dimmed">
                      {t('terms.direction.lower')}
                    </Text>
                  ) : null}
                </Table.Td>
                {plan.usesPerspective ? (
                  <Table.Td valign="top">
                    {ind?.perspective ? t(`terms.perspective.${ind.perspective}`) : '—'}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Fragment>
        );
      })}
    </>
  );
}

/** The plan laid out like the Dokumen SKP (the PDF shows the same content). */
export function PlanDocument({ plan }: { plan: WorkPlanView }) {
  const { t, i18n } = useTranslation();
  const cycle = useCycle(plan.cycleId);
  const sorted = [...plan.results].sort((a, b) => a.position - b.position);
  const main = sorted.filter((r) => r.kind === 'main');
  const additional = sorted.filter((r) => r.kind === 'additional');
  const columns = plan.usesPerspective ? 7 : 6;
  const period = cycle.data
    ? `${formatDate(cycle.data.startDate, i18n.language)} – ${formatDate(cycle.data.endDate, i18n.language)}`
    : String(plan.cycleYear);
  const expectations = new Map(plan.behaviours.map((b) => [b.value, b.expectation]));

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'xl' }}
      radius="sm"
      data-testid="plan-document"
      style={{ background: 'white', color: 'black' }}
    >
      <Stack gap="md">
        <Box ta="center">
          <Title order={2} fz="h4" tt="uppercase">
            {t('plan.doc.title')}
          </Title>
          <Text fw={700} tt="uppercase" size="sm">
            {t(`plan.doc.approach.${plan.approach}`)}
          </Text>
          <Text fw={700} tt="uppercase" size="sm">
            {t(`plan.doc.group.${plan.positionGroup}`)}
          </Text>
          <Text size="sm" mt={4}>
            {t('plan.doc.period', { period })}
            {plan.revision > 1 ? ` · ${revisionLabel(plan.revision, t)}` : ''}
          </Text>
        </Box>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={4}>
            <Text size="xs" fw={700} tt="uppercase">
              {t('plan.doc.employee')}
            </Text>
            <PersonRows person={plan.employee} no={1} />
          </Stack>
          <Stack gap={4}>
            <Text size="xs" fw={700} tt="uppercase">
              {t('plan.doc.assessor')}
            </Text>
            <PersonRows person={plan.assessor} no={1} />
          </Stack>
        </SimpleGrid>

        <Stack gap={4}>
          <Text size="sm" fw={700} tt="uppercase">
            {t('plan.sections.results')}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4} data-testid="doc-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={32}>{t('plan.doc.no')}</Table.Th>
                  <Table.Th>{t('plan.result.parent')}</Table.Th>
                  <Table.Th>{t('plan.doc.rhk')}</Table.Th>
                  <Table.Th>{t('plan.indicator.aspect')}</Table.Th>
                  <Table.Th>{t('plan.doc.indicator')}</Table.Th>
                  <Table.Th>{t('plan.indicator.target')}</Table.Th>
                  {plan.usesPerspective ? <Table.Th>{t('plan.indicator.perspective')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td colSpan={columns} fw={700}>
                    {t('plan.doc.mainGroup')}
                  </Table.Td>
                </Table.Tr>
                <ResultRows results={main} plan={plan} columns={columns} />
                <Table.Tr>
                  <Table.Td colSpan={columns} fw={700}>
                    {t('plan.doc.additionalGroup')}
                  </Table.Td>
                </Table.Tr>
                <ResultRows results={additional} plan={plan} columns={columns} />
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>

        <Stack gap={4}>
          <Text size="sm" fw={700} tt="uppercase">
            {t('plan.sections.behaviours')}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4} data-testid="doc-behaviours">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={32}>{t('plan.doc.no')}</Table.Th>
                  <Table.Th>{t('plan.sections.behaviours')}</Table.Th>
                  <Table.Th>{t('plan.behaviour.expectation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {BEHAVIOUR_VALUES.map((value, i) => (
                  <Table.Tr key={value}>
                    <Table.Td valign="top">{i + 1}</Table.Td>
                    <Table.Td valign="top">
                      <Text size="xs" fw={700}>
                        {BERAKHLAK[value].label}
                      </Text>
                      <List size="xs" spacing={0}>
                        {BERAKHLAK[value].guides.map((g) => (
                          <List.Item key={g}>{g}</List.Item>
                        ))}
                      </List>
                    </Table.Td>
                    <Table.Td valign="top">{expectations.get(value) || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>

        <Stack gap={4}>
          <Text size="sm" fw={700} tt="uppercase">
            {t('plan.doc.annexTitle')}
          </Text>
          {ANNEX_LISTS.map((list) => (
            <Box key={list}>
              <Text size="xs" fw={700}>
                {t(`plan.annex.${list}`)}
              </Text>
              {plan.annex[list].length === 0 ? (
                <Text size="xs">—</Text>
              ) : (
                <List size="xs" type="ordered">
                  {plan.annex[list].map((s, i) => (
                    <List.Item key={i}>{s}</List.Item>
                  ))}
                </List>
              )}
            </Box>
          ))}
        </Stack>

        <SimpleGrid cols={2} spacing="sm" mt="md">
          <Box ta="center">
            <Text size="xs">{t('plan.doc.employee')}</Text>
            <Box h={48} />
            <Text size="xs" fw={700} td="underline">
              {plan.employee.name}
            </Text>
            <Text size="xs">{t('plan.doc.nipShort', { nip: plan.employee.nip })}</Text>
          </Box>
          <Box ta="center">
            <Text size="xs">{t('plan.doc.assessor')}</Text>
            <Box h={48} />
            <Text size="xs" fw={700} td="underline">
              {plan.assessor?.name ?? '—'}
            </Text>
            {plan.assessor ? (
              <Text size="xs">{t('plan.doc.nipShort', { nip: plan.assessor.nip })}</Text>
            ) : null}
          </Box>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
