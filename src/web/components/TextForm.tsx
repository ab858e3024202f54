import { Button, Group, Stack, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyServerErrors, blankToNull, maxLengthOf, zodValidate } from '../lib/form';
import { useUnsavedWarning } from '../lib/use-unsaved-warning';
import { withCharCount } from './CharCount';

export interface TextFormProps {
  /** the text's name in the request: the schema checks `{ [field]: text }` and the server's issues land on it */
  field: string;
  schema: z.ZodType;
  /** an empty text is allowed (it is checked as null; `onSubmit` gets '') */
  optional?: boolean;
  /** sends the trimmed text; a rejection shows the server's answer (on the field, else as a toast) */
  onSubmit: (text: string) => Promise<unknown>;
  /** a sentence above the field */
  hint?: ReactNode;
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  required?: boolean;
  minRows?: number;
  maxRows?: number;
  /** the most characters the field takes; by default the schema's own limit for `field` */
  maxLength?: number;
  submitLabel: ReactNode;
  submitColor?: ButtonProps['color'];
  submitVariant?: ButtonProps['variant'];
  /** the buttons' size */
  size?: ButtonProps['size'];
  /** offers "Batal" */
  onCancel?: () => void;
  /**
   * Asked before sending (a formal step: a summary to confirm); false keeps the text in the field and sends
   * nothing.
   */
  confirm?: (text: string) => Promise<boolean>;
  testIds: { form?: string; field: string; submit: string };
}

/**
 * A form of one text (a comment, a reason, an explanation): checked against the shared schema before it is sent,
 * the server's field issues shown on the field, emptied after it was sent.
 */
export function TextForm({
  field,
  schema,
  optional = false,
  onSubmit,
  hint,
  label,
  description,
  placeholder,
  required = false,
  minRows = 2,
  maxRows,
  maxLength: maxLengthProp,
  submitLabel,
  submitColor,
  submitVariant,
  size,
  onCancel,
  confirm,
  testIds,
}: TextFormProps) {
  const { t, i18n } = useTranslation();
  const maxLength = maxLengthProp ?? maxLengthOf(schema, field);
  const form = useForm<Record<string, string>>({
    initialValues: { [field]: '' },
    validate: zodValidate(schema, i18n, (v: Record<string, string>) => ({
      [field]: optional ? blankToNull(v[field]) : (v[field] ?? '').trim(),
    })),
  });
  useUnsavedWarning((form.values[field] ?? '').trim() !== '');
  const submit = form.onSubmit(async (values) => {
    const text = (values[field] ?? '').trim();
    if (confirm && !(await confirm(text))) return;
    try {
      await onSubmit(text);
      form.reset();
    } catch (error) {
      applyServerErrors(error, form, [field], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid={testIds.form}>
      <Stack gap={hint ? 'sm' : 'xs'}>
        {hint ? <Text size="sm">{hint}</Text> : null}
        <Textarea
          label={label}
          description={withCharCount(
            description,
            (form.values[field] ?? '').length,
            maxLength,
            `${testIds.field}-count`,
          )}
          placeholder={placeholder}
          required={required}
          autosize
          minRows={minRows}
          maxRows={maxRows}
          maxLength={maxLength}
          data-testid={testIds.field}
          {...form.getInputProps(field)}
        />
        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" size={size} onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
          ) : null}
          <Button
            type="submit"
            size={size}
            color={submitColor}
            variant={submitVariant}
            loading={form.submitting}
            data-testid={testIds.submit}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
