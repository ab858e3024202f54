import { Button, Group, NativeSelect, SimpleGrid, Stack, Tabs, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASPECTS, CATEGORIES } from '../../../../domain/work-plans/schemas';
import { EmptyState } from '../../../components/EmptyState';
import { SearchIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { useCan } from '../../../lib/auth';
import { CardsSkeleton } from '../../../components/Skeletons';
import { useTemplates } from '../api/list-templates';
import { ProposeModal } from '../components/ProposeModal';
import { TemplateCard } from '../components/TemplateCard';
import { SECTORS, type Sector, type TemplateListParams, type TemplateStatus } from '../types';

const PAGE_SIZE = 24;
const STATUSES: TemplateStatus[] = ['adopted', 'proposed', 'declined'];

/** Pustaka Indikator: adopted templates to reuse, proposals to discuss and endorse, declined ones with reasons. */
export function LibraryPage() {
  const { t } = useTranslation();
  // the auditor reads the library and writes nothing (issue 11)
  const canPropose = useCan('contribute:library');
  const [status, setStatus] = useState<TemplateStatus>('adopted');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sector, setSector] = useState<Sector | ''>('');
  const [category, setCategory] = useState<TemplateListParams['category'] | ''>('');
  const [aspect, setAspect] = useState<TemplateListParams['aspect'] | ''>('');
  const [page, setPage] = useState(1);
  const [proposing, setProposing] = useState(false);
  const filtered = Boolean(q || sector || category || aspect);
  const query = useTemplates({
    q: q || undefined,
    sector: sector || undefined,
    category: category || undefined,
    aspect: aspect || undefined,
    status,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const reset = () => setPage(1);

  const body = (
    <QueryState query={query} loading={<CardsSkeleton count={4} />}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState
            title={filtered ? t('library.emptyFiltered') : t(`library.emptyStatus.${status}`)}
            description={
              status === 'proposed' || !filtered
                ? t('library.proposeInvite')
                : t('employees.emptyFilteredHint')
            }
          />
        ) : (
          <>
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing="sm"
              data-testid="template-list"
              style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
            >
              {data.items.map((template) => (
                <TemplateCard key={template.id} template={template} />
              ))}
            </SimpleGrid>
            <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
          </>
        )
      }
    </QueryState>
  );

  return (
    <>
      <PageHeader
        title={t('library.title')}
        description={t('library.description')}
        actions={
          canPropose ? (
            <Button onClick={() => setProposing(true)} data-testid="library-propose">
              {t('library.propose.button')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="md">
        <Tabs
          value={status}
          onChange={(v) => {
            if (v === 'adopted' || v === 'proposed' || v === 'declined') {
              setStatus(v);
              reset();
            }
          }}
        >
          <Tabs.List>
            {STATUSES.map((s) => (
              <Tabs.Tab key={s} value={s} data-testid={`library-status-${s}`}>
                {t(`library.tabs.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('library.search')}
            placeholder={t('library.searchPlaceholder')}
            leftSection={<SearchIcon />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              reset();
            }}
            data-testid="library-page-search"
            style={{ flex: '2 1 14rem' }}
          />
          <NativeSelect
            label={t('library.filters.sector')}
            data={[
              { value: '', label: t('library.filters.allSectors') },
              ...SECTORS.map((s) => ({ value: s, label: t(`library.sector.${s}`) })),
            ]}
            value={sector}
            onChange={(e) => {
              setSector(e.currentTarget.value as Sector | '');
              reset();
            }}
            data-testid="library-filter-sector"
            style={{ flex: '1 1 10rem' }}
          />
          <NativeSelect
            label={t('plan.indicator.category')}
            data={[
              { value: '', label: t('library.filters.all') },
              ...CATEGORIES.map((c) => ({ value: c, label: t(`terms.category.${c}`) })),
            ]}
            value={category}
            onChange={(e) => {
              setCategory(e.currentTarget.value as typeof category);
              reset();
            }}
            data-testid="library-filter-category"
            style={{ flex: '1 1 9rem' }}
          />
          <NativeSelect
            label={t('plan.indicator.aspect')}
            data={[
              { value: '', label: t('library.filters.all') },
              ...ASPECTS.map((a) => ({ value: a, label: t(`terms.aspect.${a}`) })),
            ]}
            value={aspect}
            onChange={(e) => {
              setAspect(e.currentTarget.value as typeof aspect);
              reset();
            }}
            data-testid="library-filter-aspect"
            style={{ flex: '1 1 9rem' }}
          />
        </Group>
        {body}
      </Stack>
      <ProposeModal opened={proposing} onClose={() => setProposing(false)} />
    </>
  );
}

export default LibraryPage;
