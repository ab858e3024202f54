import {
  Autocomplete,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  INDICATOR_CATEGORIES,
  normaliseCompetence,
  TRAINING_MODES,
  type TrainingMode,
} from '../../../../domain/trainings/competences';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyState } from '../../../components/EmptyState';
import { SearchIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton, ListSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { formatNumber } from '../../../lib/format';
import { isStaleWrite } from '../../../lib/form';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useTrainings } from '../api/list-trainings';
import { useUpdateTraining } from '../api/save-training';
import { CompetenceBadges } from '../components/CompetenceBadges';
import { TrainingFormModal, type TrainingModalState } from '../components/TrainingFormModal';
import { TrainingImportCard } from '../components/TrainingImportCard';
import type { Training } from '../types';

const PAGE_SIZE = 25;
type ActiveFilter = 'true' | 'false' | 'all';

const isMode = (v: unknown): v is TrainingMode =>
  typeof v === 'string' && (TRAINING_MODES as readonly string[]).includes(v);
const isActiveFilter = (v: unknown): v is ActiveFilter => v === 'true' || v === 'false' || v === 'all';

function useFigures() {
  const { t, i18n } = useTranslation();
  return {
    hours: (x: Training) => t('trainings.hoursValue', { hours: formatNumber(x.hours, i18n.language) }),
    cost: (x: Training) =>
      x.cost === null
        ? t('common.none')
        : x.cost === 0
          ? t('trainings.free')
          : `Rp${formatNumber(x.cost, i18n.language)}`,
  };
}

interface ListProps {
  items: Training[];
  onEdit: (t: Training) => void;
  onToggle: (t: Training) => void;
}

function Actions({ training, onEdit, onToggle }: { training: Training } & Omit<ListProps, 'items'>) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => onEdit(training)}
        aria-label={t('trainings.editLabel', { title: training.title })}
        data-testid="training-edit"
      >
        {t('actions.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color={training.active ? 'red' : 'teal'}
        onClick={() => onToggle(training)}
        aria-label={t(training.active ? 'trainings.deactivateLabel' : 'trainings.activateLabel', {
          title: training.title,
        })}
        data-testid="training-toggle"
      >
        {training.active ? t('trainings.deactivate') : t('trainings.activate')}
      </Button>
    </Group>
  );
}

function TrainingTable({ items, onEdit, onToggle }: ListProps) {
  const { t } = useTranslation();
  const f = useFigures();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="training-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('trainings.fields.code')}</Table.Th>
            <Table.Th>{t('trainings.fields.title')}</Table.Th>
            <Table.Th w={120}>{t('trainings.fields.mode')}</Table.Th>
            <Table.Th w={70} ta="right">
              {t('trainings.fields.hours')}
            </Table.Th>
            <Table.Th w={120} ta="right">
              {t('trainings.fields.cost')}
            </Table.Th>
            <Table.Th>{t('trainings.fields.competences')}</Table.Th>
            <Table.Th w={170}>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((x) => (
            <Table.Tr key={x.id} data-testid="training-row" data-training-code={x.code}>
              <Table.Td ff="monospace" fz="sm">
                {x.code}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {x.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {x.provider}
                  {x.schedule ? ` · ${x.schedule}` : ''}
                </Text>
                {!x.active ? <StatusChip status="inactive" /> : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`trainings.modes.${x.mode}`)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{f.hours(x)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{f.cost(x)}</Text>
              </Table.Td>
              <Table.Td>
                <CompetenceBadges competences={x.competences} />
              </Table.Td>
              <Table.Td>
                <Actions training={x} onEdit={onEdit} onToggle={onToggle} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TrainingCards({ items, onEdit, onToggle }: ListProps) {
  const { t } = useTranslation();
  const f = useFigures();
  return (
    <Stack gap="sm" data-testid="training-cards">
      {items.map((x) => (
        <Card key={x.id} withBorder padding="sm" data-testid="training-row" data-training-code={x.code}>
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Text fw={600} size="sm">
                {x.title}
              </Text>
              <Badge variant="light" radius="sm" style={{ flexShrink: 0 }}>
                {f.hours(x)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              <Text span ff="monospace" size="xs">
                {x.code}
              </Text>{' '}
              · {x.provider}
            </Text>
            <Text size="xs">
              {t(`trainings.modes.${x.mode}`)} · {f.cost(x)}
              {x.schedule ? ` · ${x.schedule}` : ''}
            </Text>
            <CompetenceBadges competences={x.competences} />
            <Group justify="space-between" mt={4}>
              {!x.active ? <StatusChip status="inactive" /> : <span />}
              <Actions training={x} onEdit={onEdit} onToggle={onToggle} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/**
 * Katalog Pengembangan (hr_admin): search the programmes by title, provider or code, filter by competence, mode and
 * state, page through them; add and change programmes in a form, take them out of the catalogue (and back), and
 * export or import the catalogue as XLSX with a row report.
 */
export function TrainingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const isDesktop = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const q = params.get('q') ?? '';
  const competence = params.get('competence') ?? '';
  const modeParam = params.get('mode');
  const mode = isMode(modeParam) ? modeParam : null;
  const activeParam = params.get('active');
  const active: ActiveFilter = isActiveFilter(activeParam) ? activeParam : 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(q);
  const [competenceText, setCompetenceText] = useState(competence);
  const [modal, setModal] = useState<TrainingModalState>(null);
  const [toggling, setToggling] = useState<Training | null>(null);
  const update = useUpdateTraining();

  const setFilters = (changes: Record<string, string | null>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  const pushSearch = useDebouncedCallback((value: string) => setFilters({ q: value.trim() || null }), 350);
  const pushCompetence = useDebouncedCallback(
    (value: string) => setFilters({ competence: normaliseCompetence(value) || null }),
    350,
  );

  const query = useTrainings({
    q: q || undefined,
    competence: competence || undefined,
    mode: mode ?? undefined,
    active,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const filtered = Boolean(q || competence || mode || active !== 'true');

  const competenceOptions = [
    { group: t('trainings.fields.behaviours'), items: BEHAVIOUR_VALUES.map((v) => BERAKHLAK[v].label) },
    {
      group: t('trainings.fields.categories'),
      items: INDICATOR_CATEGORIES.map((c) => t(`trainings.categories.${c}`)),
    },
  ];

  const toggle = async () => {
    if (!toggling) return;
    try {
      await update.mutateAsync({
        id: toggling.id,
        patch: { version: toggling.version, active: !toggling.active },
      });
      notifySuccess(toggling.active ? t('trainings.deactivated') : t('trainings.activated'));
      setToggling(null);
    } catch (error) {
      notifyError(error, t);
      if (isStaleWrite(error)) setToggling(null);
    }
  };

  return (
    <>
      <PageHeader
        title={t('trainings.title')}
        description={t('trainings.description')}
        actions={
          <Button onClick={() => setModal({ mode: 'create' })} data-testid="training-create">
            {t('trainings.create')}
          </Button>
        }
      />
      <Stack gap="md">
        <Card withBorder padding="md">
          <Stack gap="sm">
            <TextInput
              label={t('trainings.search.label')}
              placeholder={t('trainings.search.placeholder')}
              leftSection={<SearchIcon />}
              value={search}
              type="search"
              inputMode="search"
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                pushSearch(e.currentTarget.value);
              }}
              data-testid="training-search"
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Autocomplete
                label={t('trainings.filters.competence')}
                placeholder={t('trainings.filters.competencePlaceholder')}
                data={competenceOptions}
                value={competenceText}
                onChange={(v) => {
                  setCompetenceText(v);
                  pushCompetence(v);
                }}
                clearable
                data-testid="training-filter-competence"
              />
              <Select
                label={t('trainings.fields.mode')}
                placeholder={t('trainings.filters.all')}
                data={TRAINING_MODES.map((m) => ({ value: m, label: t(`trainings.modes.${m}`) }))}
                value={mode}
                onChange={(v) => setFilters({ mode: v })}
                clearable
                data-testid="training-filter-mode"
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="training-filter-active-label">
                  {t('trainings.filters.state')}
                </Text>
                <SegmentedControl
                  value={active}
                  onChange={(v) => setFilters({ active: v === 'true' ? null : v })}
                  data={[
                    { value: 'true', label: t('trainings.filters.active') },
                    { value: 'false', label: t('trainings.filters.inactive') },
                    { value: 'all', label: t('trainings.filters.everything') },
                  ]}
                  aria-labelledby="training-filter-active-label"
                  data-testid="training-filter-active"
                />
              </Stack>
            </SimpleGrid>
            {filtered ? (
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => {
                    setSearch('');
                    setCompetenceText('');
                    pushSearch.cancel();
                    pushCompetence.cancel();
                    setParams(new URLSearchParams(), { replace: true });
                  }}
                  data-testid="training-filter-reset"
                >
                  {t('trainings.filters.reset')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Card>

        <Card withBorder padding={isDesktop ? 'md' : 'xs'} aria-busy={query.isFetching}>
          <QueryState
            query={query}
            loading={isDesktop ? <ListSkeleton rows={8} /> : <CardsSkeleton count={4} />}
          >
            {(data) =>
              data.items.length === 0 ? (
                <EmptyState
                  title={filtered ? t('trainings.emptyFiltered') : t('trainings.empty')}
                  description={filtered ? t('trainings.emptyFilteredHint') : t('trainings.emptyHint')}
                />
              ) : (
                <>
                  <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
                    {isDesktop ? (
                      <TrainingTable
                        items={data.items}
                        onEdit={(x) => setModal({ mode: 'edit', training: x })}
                        onToggle={setToggling}
                      />
                    ) : (
                      <TrainingCards
                        items={data.items}
                        onEdit={(x) => setModal({ mode: 'edit', training: x })}
                        onToggle={setToggling}
                      />
                    )}
                  </div>
                  <Pager
                    total={data.total}
                    page={page}
                    pageSize={PAGE_SIZE}
                    onChange={(p) => setFilters({ page: String(p) })}
                  />
                </>
              )
            }
          </QueryState>
        </Card>

        <TrainingImportCard />
      </Stack>

      <TrainingFormModal state={modal} onClose={() => setModal(null)} />
      <ConfirmModal
        opened={toggling !== null}
        title={toggling?.active ? t('trainings.deactivateTitle') : t('trainings.activateTitle')}
        message={
          toggling
            ? t(toggling.active ? 'trainings.deactivateText' : 'trainings.activateText', {
                title: toggling.title,
              })
            : ''
        }
        confirmLabel={toggling?.active ? t('trainings.deactivate') : t('trainings.activate')}
        loading={update.isPending}
        onConfirm={() => void toggle()}
        onClose={() => setToggling(null)}
      />
    </>
  );
}

export default TrainingsPage;
