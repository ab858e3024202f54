import { Alert, Button, Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { PageSkeleton } from '../../../components/Skeletons';
import { ApiError } from '../../../lib/api-client';
import { NotFoundPage } from '../../errors/routes/NotFoundPage';
import { useProgressGrid } from '../api/get-progress-grid';
import { QuickEntryForm } from '../components/QuickEntryForm';

/** Catat realisasi on its own page (a link from a reminder or the home screen): one short form for phones. */
export function ProgressNewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = useProgressGrid(id);
  const back = `/plans/${id}?tab=progress`;
  if (query.isPending) return <PageSkeleton />;
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400))
      return <NotFoundPage />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
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
        {query.data.can.record ? (
          <QuickEntryForm
            planId={id}
            grid={query.data}
            initialPeriodId={params.get('periodId')}
            initialIndicatorId={params.get('indicatorId')}
            onDone={() => void navigate(back)}
          />
        ) : (
          <Alert color="gray">{t('progress.cannotRecord')}</Alert>
        )}
      </Card>
    </>
  );
}

export default ProgressNewPage;
