import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { RecommendationView } from '../api/get-development-plan';

/** One reason, localised from its code when the locale knows it, else the server's Indonesian sentence. */
function useReasonText() {
  const { t, i18n } = useTranslation();
  return (r: RecommendationView, i: number) => {
    const code = r.reasonCodes[i];
    const key = code ? `development.reasons.${code.code}` : '';
    return code && i18n.exists(key) ? t(key, code.params) : (r.reasons[i] ?? '');
  };
}

/** Program yang direkomendasikan: catalogue programmes matched to the focus areas, each with why. */
export function RecommendationList({
  recommendations,
  canAdd,
  onAdd,
}: {
  recommendations: readonly RecommendationView[];
  canAdd: boolean;
  onAdd: (r: RecommendationView) => void;
}) {
  const { t, i18n } = useTranslation();
  const reasonText = useReasonText();
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="recommendations-title"
      data-testid="recommendations"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4" id="recommendations-title">
            {t('development.recommendations.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('development.recommendations.description')}
          </Text>
        </div>
        {recommendations.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="recommendations-empty">
            {t('development.recommendations.empty')}
          </Text>
        ) : (
          <Stack gap="sm" component="ol" m={0} p={0}>
            {recommendations.map((r) => (
              <Card
                key={r.trainingId}
                withBorder
                padding="sm"
                component="li"
                style={{ listStyle: 'none' }}
                data-testid={`recommendation-${r.trainingId}`}
              >
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Text fw={600} size="sm">
                        {r.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          r.provider,
                          t(`development.modes.${r.mode}`),
                          t('development.hours', { hours: formatNumber(r.hours, i18n.language) }),
                        ].join(' · ')}
                      </Text>
                    </div>
                    {canAdd ? (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onAdd(r)}
                        aria-label={t('development.recommendations.addNamed', { title: r.title })}
                        data-testid="recommendation-add"
                      >
                        {t('development.recommendations.add')}
                      </Button>
                    ) : null}
                  </Group>
                  <Text size="xs" fw={600}>
                    {t('development.recommendations.why')}
                  </Text>
                  <List size="sm" spacing={2} data-testid="recommendation-reasons">
                    {r.reasons.map((_, i) => (
                      <List.Item key={i}>{reasonText(r, i)}</List.Item>
                    ))}
                  </List>
                  <Badge variant="outline" size="xs" color="gray" w="fit-content">
                    {t('development.recommendations.score', { score: r.score })}
                  </Badge>
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
