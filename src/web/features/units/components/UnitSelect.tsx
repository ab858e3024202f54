import { Select, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitTree } from '../api/get-unit-tree';

interface UnitSelectProps {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** units that cannot be chosen (a unit and its descendants, when choosing its parent) */
  excludeIds?: ReadonlySet<string>;
  error?: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  required?: boolean;
  clearable?: boolean;
  testId?: string;
  size?: 'xs' | 'sm' | 'md';
}

/** A searchable unit picker in tree order, indented by depth. */
export function UnitSelect({
  label,
  value,
  onChange,
  excludeIds,
  error,
  description,
  placeholder,
  required,
  clearable,
  testId,
  size,
}: UnitSelectProps) {
  const { t } = useTranslation();
  const tree = useUnitTree();
  const depthById = new Map((tree.data ?? []).map((u) => [u.id, u.depth]));
  const data = (tree.data ?? [])
    .filter((u) => !excludeIds?.has(u.id))
    .map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }));
  return (
    <Select
      label={label}
      description={description}
      placeholder={tree.isPending ? t('common.loading') : (placeholder ?? t('units.select.placeholder'))}
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      searchable
      clearable={clearable ?? !required}
      required={required ?? false}
      error={error ?? (tree.isError ? t('units.select.loadFailed') : undefined)}
      nothingFoundMessage={t('units.select.nothingFound')}
      disabled={tree.isPending}
      data-testid={testId}
      size={size ?? 'sm'}
      maxDropdownHeight={320}
      renderOption={({ option }) => (
        <Text size="sm" pl={(depthById.get(option.value) ?? 0) * 12}>
          {option.label}
        </Text>
      )}
    />
  );
}
