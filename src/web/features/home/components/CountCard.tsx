import { Anchor, Button, Card, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/notify';
import { formatNumber } from '../../../lib/format';

interface CountCardProps {
  label: string;
  total: number | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  to: string;
  linkLabel: string;
  testId: string;
}

/** One real total from the API (a list's `total`), with a link to the list. */
export function CountCard({
  label,
  total,
  isPending,
  error,
  onRetry,
  to,
  linkLabel,
  testId,
}: CountCardProps) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {isPending ? (
        <Skeleton height={34} width={90} my={6} />
      ) : error ? (
        <>
          <Text size="sm" c="red" my={6}>
            {errorMessage(error, t)}
          </Text>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        </>
      ) : (
        <Text fz={30} fw={700} data-testid={`${testId}-value`}>
          {formatNumber(total ?? 0, i18n.language)}
        </Text>
      )}
      <Anchor component={Link} to={to} size="sm" fw={600} mt={4} display="inline-block">
        {linkLabel}
      </Anchor>
    </Card>
  );
}
