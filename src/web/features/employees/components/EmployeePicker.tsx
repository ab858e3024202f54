import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../../domain/people/nip';
import { useEmployees } from '../api/list-employees';
import type { Employee, PersonRef } from '../types';

export interface EmployeeOption {
  id: string;
  name: string;
  nip: string;
}

export function employeeOptionLabel(e: EmployeeOption): string {
  return `${e.name} — ${formatNip(e.nip)}`;
}

interface EmployeePickerProps {
  label: string;
  value: string | null;
  onChange: (value: string | null, option: EmployeeOption | null) => void;
  /** the currently chosen person, so the field can show their name before any search */
  initial?: PersonRef | EmployeeOption | null;
  /** employees that cannot be picked (e.g. the employee themself as their own supervisor) */
  excludeIds?: readonly string[];
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  testId?: string;
  placeholder?: string;
}

/** A searchable select that asks the server (`/employees?q=`, name or NIP) as the user types. */
export function EmployeePicker({
  label,
  value,
  onChange,
  initial,
  excludeIds = [],
  error,
  description,
  required,
  disabled,
  testId,
  placeholder,
}: EmployeePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<EmployeeOption | null>(initial ?? null);
  const selected = value ? (picked?.id === value ? picked : initial?.id === value ? initial : null) : null;
  const selectedLabel = selected ? employeeOptionLabel(selected) : '';
  // After a pick the input shows the chosen label; that is not a new search.
  const term = search === selectedLabel ? '' : search.trim();
  const [debounced] = useDebouncedValue(term, 300);
  const query = useEmployees({ q: debounced || undefined, limit: 20, offset: 0 });

  const options = useMemo(() => {
    const byId = new Map<string, EmployeeOption>();
    if (selected) byId.set(selected.id, selected);
    for (const e of query.data?.items ?? ([] as Employee[])) {
      if (!byId.has(e.id)) byId.set(e.id, { id: e.id, name: e.name, nip: e.nip });
    }
    return byId;
  }, [query.data, selected]);

  const data: ComboboxItem[] = [...options.values()]
    .filter((o) => o.id === value || !excludeIds.includes(o.id))
    .map((o) => ({ value: o.id, label: employeeOptionLabel(o) }));

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('employees.picker.placeholder')}
      data={data}
      value={value}
      onChange={(id) => {
        const option = id ? (options.get(id) ?? null) : null;
        setPicked(option);
        onChange(id, option);
      }}
      searchable
      clearable={!required}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={query.isFetching ? t('common.searching') : t('employees.picker.nothingFound')}
      error={error}
      required={required ?? false}
      disabled={disabled ?? false}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}
