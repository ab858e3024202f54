import { Anchor, Button, Card, Drawer, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { SearchIcon } from '../../../components/icons';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton } from '../../../components/Skeletons';
import { useTemplates } from '../api/list-templates';
import { SECTORS, type IndicatorTemplate, type Sector } from '../types';
import { TemplateExamples, TemplateMeta } from './TemplateMeta';

interface LibraryDrawerProps {
  opened: boolean;
  onClose: () => void;
  onInsert: (template: IndicatorTemplate) => void;
}

/** "Pilih dari pustaka": searches the adopted templates and hands one to the indicator form. */
export function LibraryDrawer({ opened, onClose, onInsert }: LibraryDrawerProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [search, setSearch] = useState('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = useTemplates(
    { q: q || undefined, sector: sector || undefined, status: 'adopted', limit: 30, offset: 0 },
    { enabled: opened },
  );

  const body = (
    <QueryState query={query} loading={<CardsSkeleton count={3} />}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState
            title={q || sector ? t('library.emptyFiltered') : t('library.empty')}
            description={t('library.drawerEmptyHint')}
          />
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            {data.items.map((template) => (
              <Card key={template.id} withBorder padding="sm" data-testid="library-template">
                <Text size="sm" fw={600} mb={4}>
                  {template.text}
                </Text>
                <TemplateMeta template={template} />
                <TemplateExamples template={template} />
                <Group justify="flex-end" mt="xs">
                  <Button
                    size="sm"
                    onClick={() => onInsert(template)}
                    data-testid="library-insert"
                    aria-label={t('library.insertLabel', { text: template.text })}
                  >
                    {t('library.insert')}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )
      }
    </QueryState>
  );

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={t('library.drawerTitle')}
      zIndex={400}
      data-testid="library-drawer"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('library.drawerHint')}
        </Text>
        <Group gap="sm" grow wrap="wrap" align="flex-end">
          <TextInput
            label={t('library.search')}
            placeholder={t('library.searchPlaceholder')}
            leftSection={<SearchIcon />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            data-testid="library-search"
            miw={180}
          />
          <NativeSelect
            label={t('library.filters.sector')}
            data={[
              { value: '', label: t('library.filters.allSectors') },
              ...SECTORS.map((s) => ({ value: s, label: t(`library.sector.${s}`) })),
            ]}
            value={sector}
            onChange={(e) => setSector(e.currentTarget.value as Sector | '')}
            data-testid="library-sector"
            miw={160}
          />
        </Group>
        {body}
        <Anchor component={Link} to="/library" size="sm" target="_blank">
          {t('library.openLibrary')}
        </Anchor>
      </Stack>
    </Drawer>
  );
}
