import { useTranslation } from 'react-i18next';
import { TextForm } from '../../../components/TextForm';
import { notifySuccess } from '../../../lib/notify';
import { useRequestExplanations } from '../api/request-explanations';
import { explanationRequestSchema } from '../types';

/** "Minta Penjelasan": the decider asks both parties to explain, with an optional note of what to address. */
export function RequestExplanationsForm({ objectionId }: { objectionId: string }) {
  const { t } = useTranslation();
  const request = useRequestExplanations(objectionId);
  return (
    <TextForm
      field="note"
      schema={explanationRequestSchema}
      optional
      onSubmit={async (note) => {
        await request.mutateAsync(note || null);
        notifySuccess(t('objections.request.done'));
      }}
      label={t('objections.request.note')}
      description={t('objections.request.noteHint')}
      maxRows={6}
      submitLabel={t('objections.request.submit')}
      submitVariant="light"
      testIds={{
        form: 'objection-request-form',
        field: 'objection-request-note',
        submit: 'objection-request-submit',
      }}
    />
  );
}
