import { Badge, Button, Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { achievementColor, formatPercent, formulaFor } from '../format';
import type { GridCell, GridIndicator, GridPeriod } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';

interface Props {
  indicator: GridIndicator;
  period: GridPeriod;
  cell: GridCell | undefined;
  cap: number;
  canRecord: boolean;
  onHistory: () => void;
  onRecord: () => void;
}

/**
 * One cell of the progress grid: the latest value and its achievement. Hover, focus or tap shows how the number
 * was computed (the formula with the numbers), the entry count and what can be done with the cell.
 */
export function AchievementCell({ indicator, period, cell, cap, canRecord, onHistory, onRecord }: Props) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  // a tap or click pins the detail open; hovering shows it only while the pointer is there
  const [pinned, setPinned] = useState(false);
  const close = () => {
    setOpened(false);
    setPinned(false);
  };
  const latest = cell?.latest ?? null;
  const unit = indicator.unit?.trim() ? ` ${indicator.unit.trim()}` : '';
  const value =
    latest === null
      ? null
      : latest.value !== null
        ? `${formatNumber(latest.value, i18n.language)}${unit}`
        : (latest.text ?? '');
  // an entry is measured against its period's target (domain §4), not the annual one
  const periodTarget = cell?.target ?? indicator.target;
  const parts = latest
    ? formulaFor(
        { direction: indicator.direction, target: periodTarget },
        latest.value,
        latest.achievement,
        cap,
        t,
        i18n.language,
      )
    : null;
  const recordable = canRecord && period.status === 'open';

  if (!latest && !recordable) {
    return (
      <Text size="xs" c="dimmed" ta="center" data-testid="progress-cell" data-empty="true">
        —
      </Text>
    );
  }

  // a cell with a value is named by its content (what it shows, after the indicator and period read out first), so
  // the name contains the visible text (WCAG 2.5.3); an empty cell shows only "+" and carries its name itself
  const emptyLabel = latest
    ? undefined
    : t('progress.cell.emptyLabel', { indicator: indicator.text, period: periodName(period.label) });

  return (
    <Popover
      opened={opened}
      onChange={(o) => (o ? setOpened(true) : close())}
      onDismiss={close}
      position="bottom"
      withArrow
      shadow="md"
      width={280}
      trapFocus={false}
      returnFocus
    >
      <Popover.Target>
        <UnstyledButton
          data-testid="progress-cell"
          data-period={period.id}
          data-indicator={indicator.id}
          aria-label={emptyLabel}
          aria-expanded={opened}
          onClick={() => {
            if (pinned) close();
            else {
              setPinned(true);
              setOpened(true);
            }
          }}
          onMouseEnter={() => setOpened(true)}
          onMouseLeave={() => {
            if (!pinned) setOpened(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
          style={{
            display: 'block',
            width: '100%',
            minWidth: 64,
            minHeight: 44,
            padding: '4px 6px',
            borderRadius: 'var(--mantine-radius-sm)',
            textAlign: 'center',
          }}
        >
          {latest ? (
            <Stack gap={2} align="center">
              <VisuallyHidden>
                {t('progress.cell.context', { indicator: indicator.text, period: periodName(period.label) })}
              </VisuallyHidden>
              <Text size="xs" fw={600} lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Text>
              {latest.achievement !== null ? (
                <Badge
                  size="sm"
                  variant="light"
                  color={achievementColor(latest.achievement)}
                  data-testid="progress-cell-pct"
                >
                  {formatPercent(latest.achievement, i18n.language)}
                </Badge>
              ) : null}
            </Stack>
          ) : (
            <Text size="lg" c="blue" aria-hidden="true">
              +
            </Text>
          )}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown
        data-testid="progress-cell-detail"
        onMouseEnter={() => setOpened(true)}
        onMouseLeave={() => {
          if (!pinned) setOpened(false);
        }}
      >
        <Stack gap={6}>
          <Text size="xs" c="dimmed">
            {periodName(period.label)}
          </Text>
          {latest ? (
            <>
              <Text size="sm" fw={600}>
                {t('progress.realisation')}: {value}
              </Text>
              {periodTarget !== null ? (
                <Text size="sm" data-testid="progress-period-target">
                  {t('progress.periodTarget')}: {formatNumber(periodTarget, i18n.language)}
                  {unit} · {t(`terms.direction.${indicator.direction}`)}
                </Text>
              ) : null}
              {parts ? (
                <Stack gap={2} data-testid="progress-formula">
                  <Text size="sm" ff="monospace">
                    {parts.formula}
                  </Text>
                  <Text size="sm" ff="monospace" fw={600} data-testid="progress-formula-worked">
                    {parts.worked}
                  </Text>
                  {parts.capped ? (
                    <Text size="xs" c="dimmed">
                      {t('progress.formula.capNote', { cap: formatNumber(cap, i18n.language) })}
                    </Text>
                  ) : null}
                </Stack>
              ) : (
                <Text size="xs" c="dimmed" data-testid="progress-formula-none">
                  {indicator.numeric ? t('progress.formula.noTarget') : t('progress.formula.narrative')}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('progress.cell.entries', { count: cell?.entryCount ?? 0 })} ·{' '}
                {formatDateTime(latest.createdAt, i18n.language)}
              </Text>
            </>
          ) : (
            <Text size="sm">{t('progress.cell.none')}</Text>
          )}
          {latest ? (
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                close();
                onHistory();
              }}
              data-testid="progress-cell-history"
            >
              {t('progress.history.open')}
            </Button>
          ) : null}
          {recordable ? (
            <Button
              size="xs"
              onClick={() => {
                close();
                onRecord();
              }}
              data-testid="progress-cell-record"
            >
              {t('progress.record')}
            </Button>
          ) : null}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
