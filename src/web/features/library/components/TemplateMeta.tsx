import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorTemplate } from '../types';

/** Aspect, unit, direction, category and sector of a template, as small labelled chips. */
export function TemplateMeta({ template }: { template: IndicatorTemplate }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="light" color="gray" radius="sm" size="sm">
        {t(`library.sector.${template.sector}`)}
      </Badge>
      <Badge variant="light" color="blue" radius="sm" size="sm">
        {t(`terms.aspect.${template.aspect}`)}
      </Badge>
      <Badge variant="light" color="violet" radius="sm" size="sm">
        {t(`terms.category.${template.category}`)}
      </Badge>
      <Text size="xs" c="dimmed">
        {t(`terms.direction.${template.direction}`)}
      </Text>
    </Group>
  );
}

/** Example target and unit, and the example RHK the indicator fits. */
export function TemplateExamples({ template }: { template: IndicatorTemplate }) {
  const { t } = useTranslation();
  return (
    <>
      {template.exampleTarget || template.unit ? (
        <Text size="xs" c="dimmed">
          {template.exampleTarget ? t('library.exampleTarget', { target: template.exampleTarget }) : null}
          {template.exampleTarget && template.unit ? ' · ' : null}
          {template.unit ? t('library.unit', { unit: template.unit }) : null}
        </Text>
      ) : null}
      {template.resultExample ? (
        <Text size="xs" c="dimmed">
          {t('library.resultExample', { text: template.resultExample })}
        </Text>
      ) : null}
    </>
  );
}
