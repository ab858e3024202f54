import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/notify';
import { useCreateVoluntaryPlan } from '../api/create-voluntary-plan';

/** "Buat rencana mandiri": any employee may keep a voluntary development plan (domain §7). */
export function VoluntaryPlanButton({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  const [area, setArea] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = useCreateVoluntaryPlan(employeeId);

  const submit = () => {
    if (!note.trim()) {
      setError(t('development.voluntary.noteRequired'));
      return;
    }
    create.mutate(
      { note: note.trim(), ...(area.trim() ? { focusAreas: [{ text: area.trim() }] } : {}) },
      {
        onSuccess: (plan) => {
          setOpened(false);
          void navigate(`/development-plans/${plan.id}`);
        },
        onError: (err) => setError(errorMessage(err, t)),
      },
    );
  };

  return (
    <>
      <Group>
        <Button variant="light" onClick={() => setOpened(true)} data-testid="voluntary-plan-start">
          {t('development.voluntary.start')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('development.voluntary.title')}>
        <Stack gap="sm">
          <Textarea
            label={t('development.voluntary.note')}
            description={t('development.voluntary.noteHint')}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-testid="voluntary-plan-note"
          />
          <Textarea
            label={t('development.voluntary.area')}
            value={area}
            onChange={(e) => setArea(e.currentTarget.value)}
            autosize
            maxLength={300}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('actions.cancel')}
            </Button>
            <Button onClick={submit} loading={create.isPending} data-testid="voluntary-plan-submit">
              {t('development.voluntary.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
