import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSizeCheckedFile } from '../../../lib/upload-limit';
import { ImportChoice, ImportReportTable, type ImportRun } from '../../imports';
import { useImportProgress } from '../api/import-progress';
import type { ProgressImportReport } from '../types';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Impor realisasi: check a CSV/XLSX (dry run), then import every row or only the valid ones; per-row report. */
export function ProgressImport({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const { file, error: fileError, choose: setFile } = useSizeCheckedFile('imports');
  const [report, setReport] = useState<ProgressImportReport | null>(null);
  const [running, setRunning] = useState<ImportRun | null>(null);
  const run = useImportProgress(planId);
  const n = (v: number) => formatNumber(v, i18n.language);

  const execute = async (mode: ImportRun) => {
    if (!file) return;
    setRunning(mode);
    try {
      const result = await run.mutateAsync({ file, dryRun: mode === 'check', validOnly: mode === 'valid' });
      setReport(result);
      if (mode !== 'check' && result.committed) {
        notifySuccess(t('imports.done', { n: n(result.imported) }));
      }
    } catch (error) {
      notifyError(error, t);
    } finally {
      setRunning(null);
    }
  };
  const valid = report ? report.rows.filter((r) => r.status === 'ok').length : 0;

  return (
    <Stack gap="sm" data-testid="progress-import">
      <Text size="sm">{t('progress.import.hint')}</Text>
      <Text size="xs" ff="monospace" c="dimmed">
        indikator, periode, nilai, teks, catatan
      </Text>
      <FileInput
        label={t('imports.file')}
        placeholder={t('imports.filePlaceholder')}
        accept={ACCEPT}
        value={file}
        error={fileError}
        onChange={(f) => {
          setFile(f);
          setReport(null);
        }}
        clearable
        data-testid="progress-import-file"
      />
      <Group gap="xs" wrap="wrap">
        <Button
          onClick={() => void execute('check')}
          disabled={!file || running !== null}
          loading={running === 'check'}
          data-testid="progress-import-check"
        >
          {t('imports.check')}
        </Button>
        {report && !report.committed ? (
          <ImportChoice
            report={report}
            valid={valid}
            running={running}
            onRun={(mode) => void execute(mode)}
            testIds={{ all: 'progress-import-all', valid: 'progress-import-valid' }}
            allVariant="light"
          />
        ) : null}
      </Group>
      {report ? (
        <>
          <Alert
            color={report.committed ? 'teal' : report.failed > 0 ? 'orange' : 'blue'}
            variant="light"
            data-testid="progress-import-summary"
          >
            {report.committed
              ? t('imports.doneText', { imported: n(report.imported), failed: n(report.failed) })
              : t('progress.import.checked', {
                  total: n(report.total),
                  valid: n(valid),
                  failed: n(report.failed),
                })}
          </Alert>
          {report.rows.length > 0 ? <ImportReportTable key={report.rows.length} rows={report.rows} /> : null}
        </>
      ) : null}
    </Stack>
  );
}
