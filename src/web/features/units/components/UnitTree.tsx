import { ActionIcon, Anchor, Badge, Box, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronIcon, SearchIcon } from '../../../components/icons';
import { formatDate, formatNumber } from '../../../lib/format';
import { childrenOf, visibleUnits } from '../tree';
import type { UnitTreeItem } from '../types';

interface UnitTreeProps {
  items: UnitTreeItem[];
  canEdit: boolean;
  onEdit: (unit: UnitTreeItem) => void;
  onAddChild: (unit: UnitTreeItem) => void;
  onActing: (unit: UnitTreeItem) => void;
}

/** The organisation as a collapsible tree; each node shows code, name, head, acting head and headcount. */
export function UnitTree({ items, canEdit, onEdit, onAddChild, onActing }: UnitTreeProps) {
  const { t, i18n } = useTranslation();
  const children = useMemo(() => childrenOf(items), [items]);
  const [expanded, setExpanded] = useState<Set<string>>(
    () => new Set(items.filter((u) => u.depth === 0).map((u) => u.id)),
  );
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search, 200);
  const rows = visibleUnits(items, expanded, term);

  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap" align="flex-end">
        <TextInput
          style={{ flex: '1 1 14rem' }}
          label={t('units.tree.search')}
          placeholder={t('units.tree.searchPlaceholder')}
          leftSection={<SearchIcon />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-testid="unit-search"
        />
        <Button
          variant="default"
          onClick={() => setExpanded(new Set(items.map((u) => u.id)))}
          data-testid="unit-expand-all"
        >
          {t('units.tree.expandAll')}
        </Button>
        <Button variant="default" onClick={() => setExpanded(new Set())} data-testid="unit-collapse-all">
          {t('units.tree.collapseAll')}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="md" data-testid="unit-tree-nomatch">
          {t('units.tree.noMatch')}
        </Text>
      ) : null}
      <Box
        component="ul"
        data-testid="unit-tree"
        aria-label={t('units.tree.label')}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {rows.map((unit) => {
          const hasChildren = (children.get(unit.id)?.length ?? 0) > 0;
          const isOpen = term.trim() !== '' || expanded.has(unit.id);
          return (
            <Box
              component="li"
              key={unit.id}
              data-testid="unit-node"
              data-unit-id={unit.id}
              data-depth={unit.depth}
              py="xs"
              pr="xs"
              pl={`calc(${Math.min(unit.depth, 8)} * var(--mantine-spacing-md))`}
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <Group gap="xs" wrap="nowrap" align="flex-start">
                {hasChildren ? (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => toggle(unit.id)}
                    aria-expanded={isOpen}
                    aria-label={
                      isOpen
                        ? t('units.tree.collapse', { name: unit.name })
                        : t('units.tree.expand', { name: unit.name })
                    }
                    data-testid="unit-toggle"
                    disabled={term.trim() !== ''}
                  >
                    <ChevronIcon expanded={isOpen} />
                  </ActionIcon>
                ) : (
                  <Box w={28} style={{ flexShrink: 0 }} aria-hidden="true" />
                )}
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs" wrap="wrap">
                    <Badge
                      variant="outline"
                      radius="sm"
                      size="sm"
                      ff="monospace"
                      tt="none"
                      data-testid="unit-code"
                    >
                      {unit.code}
                    </Badge>
                    <Text fw={600} size="sm" data-testid="unit-name" style={{ overflowWrap: 'anywhere' }}>
                      {unit.name}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" data-testid="unit-head">
                    {t('units.fields.head')}:{' '}
                    {unit.headName && unit.headId ? (
                      <Anchor component={Link} to={`/employees/${unit.headId}`} size="xs">
                        {unit.headName}
                      </Anchor>
                    ) : (
                      t('units.noHead')
                    )}
                  </Text>
                  {unit.actingHead ? (
                    <Text size="xs" data-testid="unit-acting-head">
                      <Badge
                        size="xs"
                        radius="sm"
                        variant="light"
                        color={unit.actingHead.kind === 'plt' ? 'grape' : 'indigo'}
                        mr={4}
                      >
                        {t(`acting.kind.${unit.actingHead.kind}`)}
                      </Badge>
                      <Anchor component={Link} to={`/employees/${unit.actingHead.employeeId}`} size="xs">
                        {unit.actingHead.name}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        ({formatDate(unit.actingHead.startDate, i18n.language)} –{' '}
                        {formatDate(unit.actingHead.endDate, i18n.language)})
                      </Text>
                    </Text>
                  ) : null}
                  <Group gap="xs" wrap="wrap">
                    <Anchor
                      component={Link}
                      to={`/employees?unitId=${unit.id}&subunits=false`}
                      size="xs"
                      data-testid="unit-employee-count"
                    >
                      {t('units.employeeCount', { n: formatNumber(unit.employeeCount, i18n.language) })}
                    </Anchor>
                    {canEdit ? (
                      <>
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => onEdit(unit)}
                          data-testid="unit-edit"
                        >
                          {t('actions.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => onActing(unit)}
                          data-testid="unit-acting"
                        >
                          {t('units.actingOfficials')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => onAddChild(unit)}
                          data-testid="unit-add-child"
                        >
                          {t('units.addChild')}
                        </Button>
                      </>
                    ) : null}
                  </Group>
                </Stack>
              </Group>
            </Box>
          );
        })}
      </Box>
    </Stack>
  );
}
