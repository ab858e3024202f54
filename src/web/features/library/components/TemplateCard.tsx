import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusChip } from '../../../components/StatusChip';
import type { IndicatorTemplate } from '../types';
import { TemplateExamples, TemplateMeta } from './TemplateMeta';

export function TemplateCard({ template }: { template: IndicatorTemplate }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" radius="md" data-testid="template-card" data-template-id={template.id}>
      <Stack gap={6} h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor
            component={Link}
            to={`/library/${template.id}`}
            fw={600}
            size="sm"
            data-testid="template-link"
          >
            {template.text}
          </Anchor>
          {template.status !== 'adopted' ? <StatusChip status={template.status} /> : null}
        </Group>
        <TemplateMeta template={template} />
        <TemplateExamples template={template} />
        {template.status === 'proposed' ? (
          <Text size="xs" c="dimmed" mt="auto">
            {t('library.endorsementCount', { count: template.endorsementCount })} ·{' '}
            {t('library.commentCount', { count: template.commentCount })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
