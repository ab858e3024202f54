import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Rating } from '../../../../domain/evaluations/matrix';
import { RATING_COLORS, RATING_MARKERS } from './predicate-colors';

interface RatingPickerProps {
  value: Rating | null;
  onChange: (rating: Rating) => void;
  /** each option gets `${testIdPrefix}-${rating}` */
  testIdPrefix: string;
  label: string;
  /** show the label (otherwise it is for screen readers only) */
  showLabel?: boolean;
  description?: string;
  disabled?: boolean;
  /** the suggested rating gets a "saran" mark */
  suggested?: Rating | null;
  suggestedLabel?: string;
}

/**
 * Rating and matrix words wrap between words only, never inside one (at 360 px "Ekspektasi" must not become
 * "Ekspek-tasi" or "Ekspekt|asi").
 */
export const WHOLE_WORDS = { wordBreak: 'normal', overflowWrap: 'normal', hyphens: 'manual' } as const;

/**
 * Di Atas / Sesuai / Di Bawah Ekspektasi as a radio group of large cards (arrow keys move, Space picks; big tap
 * targets on a phone). Order: best first.
 */
export function RatingPicker({
  value,
  onChange,
  testIdPrefix,
  label,
  showLabel = false,
  description,
  disabled = false,
  suggested,
  suggestedLabel,
}: RatingPickerProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={value ?? ''}
      onChange={(v) => {
        if ((RATINGS as readonly string[]).includes(v)) onChange(v as Rating);
      }}
      label={showLabel ? label : undefined}
      aria-label={showLabel ? undefined : label}
      description={description}
      data-testid={testIdPrefix}
    >
      <SimpleGrid cols={3} spacing={6} mt={showLabel ? 'xs' : 0}>
        {RATINGS.map((rating) => {
          const checked = value === rating;
          return (
            <Radio.Card
              key={rating}
              value={rating}
              disabled={disabled}
              radius="md"
              p={8}
              withBorder
              data-testid={`${testIdPrefix}-${rating}`}
              data-checked={checked ? 'true' : undefined}
              style={{
                minHeight: 44,
                borderColor: checked ? `var(--mantine-color-${RATING_COLORS[rating]}-filled)` : undefined,
                borderWidth: checked ? 2 : undefined,
                background: checked ? `var(--mantine-color-${RATING_COLORS[rating]}-light)` : undefined,
              }}
            >
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Radio.Indicator size="xs" mt={3} />
                <div style={{ minWidth: 0 }}>
                  <Text size="xs" fw={checked ? 700 : 500} style={{ lineHeight: 1.3, ...WHOLE_WORDS }}>
                    <span aria-hidden="true">{RATING_MARKERS[rating]} </span>
                    {t(`evaluations.ratings.${rating}`)}
                  </Text>
                  {suggested === rating && suggestedLabel ? (
                    <Text size="xs" c="dimmed" fs="italic">
                      {suggestedLabel}
                    </Text>
                  ) : null}
                </div>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
