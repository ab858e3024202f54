import { Button, Card } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { useCan } from '../../../lib/auth';
import { useUnitTree } from '../api/get-unit-tree';
import { ActingOfficialsModal } from '../components/ActingOfficialsModal';
import { UnitFormModal, type UnitModalState } from '../components/UnitFormModal';
import { UnitTree } from '../components/UnitTree';
import type { UnitTreeItem } from '../types';

/** Organisasi: the unit tree for everyone; HR also creates and edits units and their acting officials. */
export function UnitsPage() {
  const { t } = useTranslation();
  const canEdit = useCan('manage:org');
  const tree = useUnitTree();
  const [modal, setModal] = useState<UnitModalState>(null);
  const [acting, setActing] = useState<UnitTreeItem | null>(null);

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={canEdit ? t('units.descriptionEdit') : t('units.description')}
        actions={
          canEdit ? (
            <Button onClick={() => setModal({ mode: 'create', parentId: null })} data-testid="unit-create">
              {t('units.create')}
            </Button>
          ) : null
        }
      />
      <Card withBorder padding="md">
        <QueryState query={tree} loading={<ListSkeleton rows={8} />}>
          {(units) =>
            units.length === 0 ? (
              <EmptyState
                title={t('units.empty')}
                description={canEdit ? t('units.emptyHintEdit') : t('units.emptyHint')}
              />
            ) : (
              <UnitTree
                items={units}
                canEdit={canEdit}
                onEdit={(u) => setModal({ mode: 'edit', unitId: u.id })}
                onAddChild={(u) => setModal({ mode: 'create', parentId: u.id })}
                onActing={(u) => setActing(u)}
              />
            )
          }
        </QueryState>
      </Card>
      {canEdit ? (
        <>
          <UnitFormModal state={modal} tree={tree.data ?? []} onClose={() => setModal(null)} />
          <ActingOfficialsModal unit={acting} onClose={() => setActing(null)} />
        </>
      ) : null}
    </>
  );
}

export default UnitsPage;
