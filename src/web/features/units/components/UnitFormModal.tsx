import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUnitSchema } from '../../../../domain/people/schemas';
import { ErrorState } from '../../../components/ErrorState';
import { FieldConflict, type FormConflict } from '../../../components/FieldConflict';
import { ListSkeleton } from '../../../components/Skeletons';
import { differingFields } from '../../../lib/conflict';
import { applyServerErrors, isStaleWrite, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { EmployeePicker } from '../../employees';
import { useCreateUnit } from '../api/create-unit';
import { getUnit, useUnit } from '../api/get-unit';
import { useUpdateUnit } from '../api/update-unit';
import { subtreeIds } from '../tree';
import type { Unit, UnitInput, UnitTreeItem } from '../types';
import { UnitSelect } from './UnitSelect';

export type UnitModalState =
  { mode: 'create'; parentId: string | null } | { mode: 'edit'; unitId: string } | null;

interface UnitFormValues {
  name: string;
  code: string;
  parentId: string | null;
  headId: string | null;
}

const FIELDS = ['name', 'code', 'parentId', 'headId'] as const;

type UnitField = (typeof FIELDS)[number];

const toInput = (v: UnitFormValues): UnitInput => ({
  name: v.name.trim(),
  code: v.code.trim(),
  parentId: v.parentId,
  headId: v.headId,
});

function UnitForm({
  unit,
  parentId,
  tree,
  onDone,
  onReload,
}: {
  unit: Unit | null;
  parentId: string | null;
  tree: UnitTreeItem[];
  onDone: () => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit(unit?.id ?? '');
  const [conflict, setConflict] = useState<string | null>(null);
  /** the version this form writes over: the one it opened with, or the newer one the user chose to overwrite */
  const [version, setVersion] = useState(unit?.version);
  /** someone saved this unit first: both versions side by side, the typing kept */
  const [sideBySide, setSideBySide] = useState<{ view: FormConflict<UnitField>; theirs: Unit } | null>(null);
  const form = useForm<UnitFormValues>({
    initialValues: {
      name: unit?.name ?? '',
      code: unit?.code ?? '',
      parentId: unit ? unit.parentId : parentId,
      headId: unit?.headId ?? null,
    },
    validate: zodValidate(createUnitSchema, i18n, toInput),
  });
  const excluded = useMemo(() => (unit ? subtreeIds(tree, unit.id) : new Set<string>()), [tree, unit]);

  const unitName = (id: string | null) =>
    id === null ? t('units.fields.parentNone') : (tree.find((u) => u.id === id)?.name ?? id);
  const headName = (id: string | null, theirs: Unit) =>
    id === null
      ? null
      : ([unit?.head, theirs.head].find((h) => h?.id === id)?.name ?? t('conflict.otherChoice'));

  /** On 409: read the saved version and, where it differs from the typing, show both beside the field. */
  const showConflict = async (message: string) => {
    if (!unit) {
      setConflict(message);
      return;
    }
    try {
      const theirs = await getUnit(unit.id);
      const mine = form.getValues();
      const theirsValues: UnitFormValues = {
        name: theirs.name,
        code: theirs.code,
        parentId: theirs.parentId,
        headId: theirs.headId,
      };
      const fields = differingFields(FIELDS, mine, theirsValues);
      if (fields.length === 0) {
        // the other save changed nothing this form shows: write over it on the next save
        setVersion(theirs.version);
        setConflict(message);
        return;
      }
      const read = (v: UnitFormValues): Record<UnitField, string | null> => ({
        name: v.name.trim() || null,
        code: v.code.trim() || null,
        parentId: unitName(v.parentId),
        headId: headName(v.headId, theirs),
      });
      setSideBySide({
        theirs,
        view: {
          fields,
          mine: read(mine),
          theirs: read(theirsValues),
          labels: {
            name: t('units.fields.name'),
            code: t('units.fields.code'),
            parentId: t('units.fields.parent'),
            headId: t('units.fields.head'),
          },
        },
      });
    } catch {
      setConflict(message);
    }
  };

  const useTheirs = () => {
    if (!sideBySide) return;
    const { theirs } = sideBySide;
    setVersion(theirs.version);
    form.setValues({
      name: theirs.name,
      code: theirs.code,
      parentId: theirs.parentId,
      headId: theirs.headId,
    });
    setSideBySide(null);
  };
  const keepMine = () => {
    if (!sideBySide) return;
    const next = sideBySide.theirs.version;
    setVersion(next);
    setSideBySide(null);
    if (!form.validate().hasErrors) void save(form.getValues(), next);
  };
  const slot = (field: UnitField) => (
    <FieldConflict
      field={field}
      conflict={sideBySide?.view ?? null}
      onUseTheirs={useTheirs}
      onKeepMine={keepMine}
      testId="unit-conflict-view"
    />
  );

  const save = async (values: UnitFormValues, over = version) => {
    setConflict(null);
    setSideBySide(null);
    const input = toInput(values);
    try {
      if (unit) {
        await update.mutateAsync({ ...input, version: over ?? unit.version });
        notifySuccess(t('units.saved'));
      } else {
        await create.mutateAsync(input);
        notifySuccess(t('units.created'));
      }
      onDone();
    } catch (error) {
      if (isStaleWrite(error)) {
        await showConflict(error.message);
        return;
      }
      applyServerErrors(error, form, FIELDS, t);
    }
  };
  const submit = form.onSubmit((values) => save(values));

  return (
    <form onSubmit={submit} noValidate data-testid="unit-form">
      <Stack gap="sm">
        {conflict ? (
          <Alert color="orange" title={t('errors.conflictTitle')} data-testid="unit-conflict">
            {conflict}
            {unit ? (
              <Group mt="xs">
                <Button size="xs" variant="white" onClick={onReload}>
                  {t('actions.reloadData')}
                </Button>
              </Group>
            ) : null}
          </Alert>
        ) : null}
        <TextInput
          label={t('units.fields.name')}
          required
          data-testid="unit-name-input"
          {...form.getInputProps('name')}
        />
        {slot('name')}
        <TextInput
          label={t('units.fields.code')}
          description={t('units.fields.codeHint')}
          required
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-testid="unit-code-input"
          {...form.getInputProps('code')}
        />
        {slot('code')}
        <UnitSelect
          label={t('units.fields.parent')}
          placeholder={t('units.fields.parentNone')}
          value={form.values.parentId}
          onChange={(v) => form.setFieldValue('parentId', v)}
          excludeIds={excluded}
          error={form.errors.parentId}
          clearable
          testId="unit-parent-select"
        />
        {slot('parentId')}
        <EmployeePicker
          label={t('units.fields.head')}
          value={form.values.headId}
          initial={unit?.head ?? null}
          onChange={(v) => form.setFieldValue('headId', v)}
          error={form.errors.headId}
          testId="unit-head-select"
        />
        {slot('headId')}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="unit-save">
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function UnitFormModal({
  state,
  tree,
  onClose,
}: {
  state: UnitModalState;
  tree: UnitTreeItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const editId = state?.mode === 'edit' ? state.unitId : null;
  const unit = useUnit(editId);
  const [formKey, setFormKey] = useState(0);
  const stateKey = state
    ? state.mode === 'edit'
      ? `edit-${state.unitId}`
      : `create-${state.parentId ?? ''}`
    : 'none';

  const reload = () => {
    void unit.refetch().then(() => setFormKey((k) => k + 1));
  };

  let body;
  if (!state) body = null;
  else if (state.mode === 'create') {
    body = (
      <UnitForm
        key={`${stateKey}-${formKey}`}
        unit={null}
        parentId={state.parentId}
        tree={tree}
        onDone={onClose}
        onReload={reload}
      />
    );
  } else if (unit.isPending) body = <ListSkeleton rows={4} />;
  else if (unit.isError) body = <ErrorState error={unit.error} onRetry={() => void unit.refetch()} />;
  else
    body = (
      <UnitForm
        key={`${stateKey}-${formKey}`}
        unit={unit.data}
        parentId={null}
        tree={tree}
        onDone={onClose}
        onReload={reload}
      />
    );

  return (
    <Modal
      opened={state !== null}
      onClose={onClose}
      title={state?.mode === 'edit' ? t('units.editTitle') : t('units.createTitle')}
      size="lg"
      fullScreen={false}
    >
      {body}
    </Modal>
  );
}
