import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

export type ImportRun = 'check' | 'all' | 'valid';

/** After a check: import every row (only when none failed) or only the valid rows. */
export function ImportChoice({
  report,
  valid,
  running,
  onRun,
  testIds,
  allVariant = 'filled',
}: {
  /** the checked report: its row counts */
  report: { total: number; failed: number };
  /** how many rows are valid */
  valid: number;
  running: ImportRun | null;
  onRun: (mode: 'all' | 'valid') => void;
  testIds: { all: string; valid: string };
  allVariant?: 'filled' | 'light';
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Button
        variant={allVariant}
        onClick={() => onRun('all')}
        disabled={report.failed > 0 || report.total === 0 || running !== null}
        loading={running === 'all'}
        data-testid={testIds.all}
      >
        {t('imports.importAll')}
      </Button>
      <Button
        variant="light"
        onClick={() => onRun('valid')}
        disabled={valid === 0 || running !== null}
        loading={running === 'valid'}
        data-testid={testIds.valid}
      >
        {t('imports.importValidOnly', { n: formatNumber(valid, i18n.language) })}
      </Button>
    </>
  );
}
