import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffRows, fieldLabel, valueText } from '../lib/present';

const LONG = 160;

/** A value that may be long: the first part, and the rest on request. */
function LongText({ text }: { text: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (text.length <= LONG) return <>{text}</>;
  return (
    <>
      {open ? text : `${text.slice(0, LONG - 1)}…`}{' '}
      <Anchor
        component="button"
        type="button"
        size="xs"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        data-testid="audit-value-expand"
      >
        {open ? t('audit.showLess') : t('audit.showMore')}
      </Anchor>
    </>
  );
}

/**
 * What an entry changed, as a table: one row per field with its label, the value before and the value after,
 * each in the reader's words (translated statuses, ratings, predicates …; formatted dates and numbers).
 */
export function AuditDiffTable({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation();
  const rows = diffRows(before, after);
  if (rows.length === 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="audit-diff-empty">
        {t('audit.noDiff')}
      </Text>
    );
  }
  const cell = (key: string, value: unknown, present: boolean) =>
    present ? <LongText text={valueText(t, i18n.language, key, value)} /> : '—';
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        fz="sm"
        aria-label={t('audit.diffLabel')}
        data-testid="audit-diff"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="25%">
              {t('audit.field')}
            </Table.Th>
            <Table.Th scope="col">{t('audit.before')}</Table.Th>
            <Table.Th scope="col">{t('audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid="audit-diff-row" data-key={row.key}>
              <Table.Th scope="row" fw={500}>
                {fieldLabel(t, row.key)}
              </Table.Th>
              <Table.Td data-testid="audit-diff-before" style={{ overflowWrap: 'anywhere' }}>
                {cell(row.key, row.before, row.hasBefore)}
              </Table.Td>
              <Table.Td data-testid="audit-diff-after" style={{ overflowWrap: 'anywhere' }}>
                {cell(row.key, row.after, row.hasAfter)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
