import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  List,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { downloadUrl } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSizeCheckedFile } from '../../../lib/upload-limit';
import { templatePath, useRunImport } from '../api/run-import';
import { ImportChoice, type ImportRun } from '../components/ImportChoice';
import { ImportReportTable } from '../components/ImportReportTable';
import type { ImportKind, ImportReport } from '../types';

const COLUMNS: Record<ImportKind, string[]> = {
  units: ['kode', 'nama', 'kode_induk'],
  employees: [
    'nip',
    'nama',
    'jenis_asn',
    'golongan',
    'jabatan',
    'jenis_jabatan',
    'jenjang',
    'kode_unit',
    'nip_atasan',
    'email',
  ],
};

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function Summary({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const ok = report.rows.filter((r) => r.status === 'ok').length;
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <SimpleGrid cols={{ base: 3 }} spacing="sm" data-testid="import-summary">
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {t('imports.total')}
        </Text>
        <Text fw={700} fz="lg" data-testid="import-total">
          {n(report.total)}
        </Text>
      </Stack>
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {t('imports.valid')}
        </Text>
        <Text fw={700} fz="lg" c="teal" data-testid="import-valid">
          {n(ok)}
        </Text>
      </Stack>
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {t('imports.failed')}
        </Text>
        <Text fw={700} fz="lg" c={report.failed > 0 ? 'red.8' : undefined} data-testid="import-failed">
          {n(report.failed)}
        </Text>
      </Stack>
    </SimpleGrid>
  );
}

/** Impor: upload a CSV/XLSX, check it (dry run), then import all rows or only the valid ones. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('employees');
  const { file, error: fileError, choose: setFile } = useSizeCheckedFile('imports');
  const [fileKey, setFileKey] = useState(0);
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const run = useRunImport();
  const [running, setRunning] = useState<ImportRun | null>(null);

  const reset = () => {
    setChecked(null);
    setResult(null);
  };

  const execute = async (mode: ImportRun) => {
    if (!file) return;
    setRunning(mode);
    try {
      const report = await run.mutateAsync({
        kind,
        file,
        dryRun: mode === 'check',
        validOnly: mode === 'valid',
      });
      if (mode === 'check') {
        setChecked(report);
        setResult(null);
      } else {
        setResult(report);
        if (report.committed) {
          notifySuccess(t('imports.done', { n: formatNumber(report.imported, i18n.language) }));
          setChecked(null);
        } else setChecked(report);
      }
    } catch (error) {
      notifyError(error, t);
    } finally {
      setRunning(null);
    }
  };

  const valid = checked ? checked.rows.filter((r) => r.status === 'ok').length : 0;

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Stack gap="md">
        <Card withBorder padding="md">
          <Stack gap="sm">
            <SegmentedControl
              value={kind}
              onChange={(v) => {
                setKind(v === 'units' ? 'units' : 'employees');
                setFile(null);
                setFileKey((k) => k + 1);
                reset();
              }}
              data={[
                { value: 'employees', label: t('imports.kind.employees') },
                { value: 'units', label: t('imports.kind.units') },
              ]}
              aria-label={t('imports.kindLabel')}
              data-testid="import-kind"
            />
            <Text size="sm">{t('imports.columnsHint')}</Text>
            <Text
              size="xs"
              ff="monospace"
              c="dimmed"
              style={{ overflowWrap: 'anywhere' }}
              data-testid="import-columns"
            >
              {COLUMNS[kind].join(', ')}
            </Text>
            <Group gap="xs">
              <Anchor
                href={downloadUrl(templatePath(kind))}
                download={`${kind}.csv`}
                size="sm"
                data-testid="import-template"
              >
                {t('imports.template', { kind: t(`imports.kind.${kind}`) })}
              </Anchor>
            </Group>
            <FileInput
              key={fileKey}
              label={t('imports.file')}
              description={t('imports.fileHint')}
              placeholder={t('imports.filePlaceholder')}
              accept={ACCEPT}
              value={file}
              error={fileError}
              onChange={(f) => {
                setFile(f);
                reset();
              }}
              clearable
              data-testid="import-file"
            />
            <Group gap="xs" wrap="wrap">
              <Button
                onClick={() => void execute('check')}
                disabled={!file || running !== null}
                loading={running === 'check'}
                data-testid="import-check"
              >
                {t('imports.check')}
              </Button>
            </Group>
          </Stack>
        </Card>

        {result?.committed ? (
          <Alert color="teal" title={t('imports.doneTitle')} data-testid="import-result" role="status">
            {t('imports.doneText', {
              imported: formatNumber(result.imported, i18n.language),
              failed: formatNumber(result.failed, i18n.language),
            })}
          </Alert>
        ) : null}

        {checked ? (
          <Card withBorder padding="md" data-testid="import-check-result">
            <Stack gap="md">
              <Title order={2} fz="h4">
                {result && !result.committed ? t('imports.notImportedTitle') : t('imports.checkTitle')}
              </Title>
              <Summary report={checked} />
              {checked.failed > 0 ? (
                <Alert color="orange" variant="light">
                  <List size="sm" spacing={2}>
                    <List.Item>{t('imports.hasErrors')}</List.Item>
                    <List.Item>{t('imports.validOnlyHint')}</List.Item>
                  </List>
                </Alert>
              ) : (
                <Alert color="teal" variant="light">
                  {t('imports.allValid')}
                </Alert>
              )}
              <Group gap="xs" wrap="wrap">
                <ImportChoice
                  report={checked}
                  valid={valid}
                  running={running}
                  onRun={(mode) => void execute(mode)}
                  testIds={{ all: 'import-all', valid: 'import-valid-only' }}
                />
              </Group>
              {checked.rows.length > 0 ? (
                <ImportReportTable key={checked.rows.length} rows={checked.rows} />
              ) : null}
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}

export default ImportPage;
