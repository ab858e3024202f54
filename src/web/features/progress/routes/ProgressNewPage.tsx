import { Alert, Button, Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useProgressGrid } from '../api/get-progress-grid';
import { QueryState } from '../../../components/QueryState';
import { QuickEntryForm } from '../components/QuickEntryForm';

/** Catat realisasi on its own page (a link from a reminder or the home screen): one short form for phones. */
export function ProgressNewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = useProgressGrid(id);
  const back = `/plans/${id}?tab=progress`;
  return (
    <QueryState query={query} notFound>
      {(grid) => (
        <>
          <PageHeader
            title={t('progress.record')}
            actions={
              <Button component={Link} to={back} variant="default">
                {t('progress.backToGrid')}
              </Button>
            }
          />
          <Card withBorder padding="md" maw={560}>
            {grid.can.record ? (
              <QuickEntryForm
                planId={id}
                grid={grid}
                initialPeriodId={params.get('periodId')}
                initialIndicatorId={params.get('indicatorId')}
                onDone={() => void navigate(back)}
              />
            ) : (
              <Alert color="gray">{t('progress.cannotRecord')}</Alert>
            )}
          </Card>
        </>
      )}
    </QueryState>
  );
}

export default ProgressNewPage;
