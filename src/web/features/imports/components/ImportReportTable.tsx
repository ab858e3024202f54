import { Group, List, Pagination, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import type { ImportRow } from '../types';

const PAGE_SIZE = 50;

/** The per-row report: row number, key, status, the errors of each failing row. Paged on the client. */
export function ImportReportTable({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  const hasErrors = rows.some((r) => r.status === 'error');
  const [show, setShow] = useState<'all' | 'error'>(hasErrors ? 'error' : 'all');
  const [page, setPage] = useState(1);
  const shown = show === 'error' ? rows.filter((r) => r.status === 'error') : rows;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const slice = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  return (
    <>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={show}
          onChange={(v) => {
            setShow(v === 'error' ? 'error' : 'all');
            setPage(1);
          }}
          data={[
            { value: 'error', label: t('imports.showErrors') },
            { value: 'all', label: t('imports.showAll') },
          ]}
          aria-label={t('imports.showLabel')}
          data-testid="import-report-filter"
        />
      </Group>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs" striped data-testid="import-report">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('imports.row')}</Table.Th>
              <Table.Th>{t('imports.key')}</Table.Th>
              <Table.Th w={100}>{t('imports.status')}</Table.Th>
              <Table.Th w={110}>{t('imports.action')}</Table.Th>
              <Table.Th>{t('imports.errors')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slice.map((r) => (
              <Table.Tr key={r.row} data-testid="import-row" data-status={r.status}>
                <Table.Td ff="monospace">{r.row}</Table.Td>
                <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {r.key || t('common.none')}
                </Table.Td>
                <Table.Td>
                  <StatusChip status={r.status === 'ok' ? 'ok' : 'error'} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{r.action ? t(`imports.actions.${r.action}`) : t('common.none')}</Text>
                </Table.Td>
                <Table.Td>
                  {r.errors.length === 0 ? (
                    <Text size="xs" c="dimmed">
                      {t('common.none')}
                    </Text>
                  ) : (
                    <List size="xs" spacing={2}>
                      {r.errors.map((e, i) => (
                        <List.Item key={`${e.field}-${i}`}>
                          <Text span ff="monospace" size="xs" fw={600}>
                            {e.field}
                          </Text>
                          : {e.message}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 ? (
        <Group justify="flex-end" mt="sm">
          <Pagination total={pages} value={current} onChange={setPage} size="sm" />
        </Group>
      ) : null}
    </>
  );
}
