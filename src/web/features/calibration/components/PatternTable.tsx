import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PatternRow } from '../types';
import { limitText, ruleText } from '../../evaluations';

/** The target pattern of the unit's organisation predicate: each rule, its limit at this size, the count, ok. */
export function PatternTable({ pattern }: { pattern: readonly PatternRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table verticalSpacing="xs" data-testid="pattern-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('calibration.pattern.rule')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('calibration.pattern.limit')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('calibration.pattern.actual')}
            </Table.Th>
            <Table.Th scope="col">{t('calibration.pattern.check')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pattern.map((row, index) => (
            <Table.Tr key={index} data-testid={`pattern-row-${index}`} data-ok={row.ok ? 'true' : 'false'}>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {ruleText(t, i18n.language, row)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {limitText(row.rule, row.limit)}
              </Table.Td>
              <Table.Td ta="right">{row.actual}</Table.Td>
              <Table.Td>
                <Badge
                  size="sm"
                  radius="sm"
                  variant="light"
                  color={row.ok ? 'teal' : 'red'}
                  leftSection={<span aria-hidden="true">{row.ok ? '✓' : '!'}</span>}
                >
                  {row.ok ? t('calibration.pattern.ok') : t('calibration.pattern.broken')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
