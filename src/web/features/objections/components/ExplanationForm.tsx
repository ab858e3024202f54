import { useTranslation } from 'react-i18next';
import { TextForm } from '../../../components/TextForm';
import { notifySuccess } from '../../../lib/notify';
import { useExplainObjection } from '../api/explain-objection';
import { explanationSchema } from '../types';

/** The employee's or the assessor's own explanation, asked for by the decider. */
export function ExplanationForm({ objectionId, as }: { objectionId: string; as: 'employee' | 'assessor' }) {
  const { t } = useTranslation();
  const explain = useExplainObjection(objectionId);
  return (
    <TextForm
      field="text"
      schema={explanationSchema}
      onSubmit={async (text) => {
        await explain.mutateAsync(text);
        notifySuccess(t('objections.explain.done'));
      }}
      label={t(`objections.explain.label.${as}`)}
      required
      minRows={3}
      maxRows={10}
      submitLabel={t('objections.explain.submit')}
      testIds={{
        form: 'objection-explain-form',
        field: 'objection-explain-text',
        submit: 'objection-explain-submit',
      }}
    />
  );
}
