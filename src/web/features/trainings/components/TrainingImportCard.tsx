import {
  Alert,
  Anchor,
  Card,
  FileInput,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Button,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadUrl } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSizeCheckedFile } from '../../../lib/upload-limit';
import { ImportChoice, type ImportRun } from '../../imports';
import { TRAINING_EXPORT_PATH, useImportTrainings } from '../api/import-trainings';
import type { TrainingImportReport } from '../types';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

function Figure({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId: string;
}) {
  const { i18n } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" c={color} data-testid={testId}>
        {formatNumber(value, i18n.language)}
      </Text>
    </Stack>
  );
}

/** The rejected rows of an import: row number, code, and what is wrong with each column. */
export function RejectedRows({ rows }: { rows: TrainingImportReport['rejected'] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" striped data-testid="training-import-rejected">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('trainings.import.row')}</Table.Th>
            <Table.Th w={130}>{t('trainings.fields.code')}</Table.Th>
            <Table.Th>{t('trainings.import.errors')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row} data-testid="training-import-row">
              <Table.Td ff="monospace">{r.row}</Table.Td>
              <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {r.code ?? t('common.none')}
              </Table.Td>
              <Table.Td>
                <List size="xs" spacing={2}>
                  {r.errors.map((e, i) => (
                    <List.Item key={`${e.field}-${i}`}>
                      <Text span size="xs" fw={600}>
                        {e.field}
                      </Text>
                      : {e.message}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Export and import of the catalogue as XLSX: download the catalogue (the import's own layout), upload an edited
 * file, check it (nothing written), then import every row or only the valid ones; the row report names each
 * rejected row and column.
 */
export function TrainingImportCard() {
  const { t, i18n } = useTranslation();
  const { file, error: fileError, choose } = useSizeCheckedFile('imports');
  const [report, setReport] = useState<TrainingImportReport | null>(null);
  const [running, setRunning] = useState<ImportRun | null>(null);
  const run = useImportTrainings();

  const execute = async (mode: ImportRun) => {
    if (!file) return;
    setRunning(mode);
    try {
      const result = await run.mutateAsync({ file, dryRun: mode === 'check', validOnly: mode === 'valid' });
      setReport(result);
      if (result.committed)
        notifySuccess(
          t('trainings.import.done', {
            created: formatNumber(result.created, i18n.language),
            updated: formatNumber(result.updated, i18n.language),
          }),
        );
    } catch (error) {
      notifyError(error, t);
    } finally {
      setRunning(null);
    }
  };

  const valid = report ? report.created + report.updated : 0;
  return (
    <Card withBorder padding="md" data-testid="training-import">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} fz="h4">
            {t('trainings.import.title')}
          </Title>
          <Anchor href={downloadUrl(TRAINING_EXPORT_PATH)} size="sm" data-testid="training-export">
            {t('trainings.export')}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          {t('trainings.import.hint')}
        </Text>
        <FileInput
          label={t('trainings.import.file')}
          placeholder={t('trainings.import.filePlaceholder')}
          accept={ACCEPT}
          value={file}
          error={fileError}
          onChange={(f) => {
            choose(f);
            setReport(null);
          }}
          clearable
          data-testid="training-import-file"
        />
        <Group gap="xs" wrap="wrap">
          <Button
            variant="light"
            onClick={() => void execute('check')}
            disabled={!file || running !== null}
            loading={running === 'check'}
            data-testid="training-import-check"
          >
            {t('trainings.import.check')}
          </Button>
          {report && !report.committed ? (
            <ImportChoice
              report={{ total: report.total, failed: report.rejected.length }}
              valid={valid}
              running={running}
              onRun={(mode) => void execute(mode)}
              testIds={{ all: 'training-import-all', valid: 'training-import-valid' }}
            />
          ) : null}
        </Group>
        {report ? (
          <Stack gap="sm" data-testid="training-import-report" aria-live="polite">
            {report.committed ? (
              <Alert color="teal" role="status">
                {t('trainings.import.committed')}
              </Alert>
            ) : report.dryRun ? (
              <Alert color={report.rejected.length > 0 ? 'orange' : 'teal'} variant="light">
                {report.rejected.length > 0
                  ? t('trainings.import.hasErrors')
                  : t('trainings.import.allValid')}
              </Alert>
            ) : (
              <Alert color="orange" variant="light" role="alert">
                {t('trainings.import.notImported')}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="sm">
              <Figure
                label={t('trainings.import.total')}
                value={report.total}
                testId="training-import-total"
              />
              <Figure
                label={t('trainings.import.created')}
                value={report.created}
                color="teal"
                testId="training-import-created"
              />
              <Figure
                label={t('trainings.import.updated')}
                value={report.updated}
                color="blue"
                testId="training-import-updated"
              />
              <Figure
                label={t('trainings.import.rejected')}
                value={report.rejected.length}
                color={report.rejected.length > 0 ? 'red.8' : undefined}
                testId="training-import-rejected-count"
              />
            </SimpleGrid>
            {report.rejected.length > 0 ? <RejectedRows rows={report.rejected} /> : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
