import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocaleNumber, numberProblemKey, parseLocaleNumber } from '../lib/numbers';

export interface NumberFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** the typed text; a number (e.g. a saved value) is shown in the reader's format */
  value?: string | number | null;
  onChange: (text: string) => void;
  /** default false: most numbers here (targets, realisations, counts) cannot be negative */
  allowNegative?: boolean;
}

/** The text a NumberField starts with for a saved value. */
export function numberText(value: number | string | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? formatLocaleNumber(value, language) : value;
}

/**
 * A number typed in the reader's language (`1.250.000`, `8,5` in Indonesian): a text input with the numeric
 * keypad, formatted on blur, and a clear error for anything that is not a number — never silently dropped. The
 * form reads the text with `parseLocaleNumber`.
 */
export function NumberField({
  value,
  onChange,
  allowNegative = false,
  error,
  onBlur,
  ...rest
}: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const text = numberText(value, i18n.language);
  return (
    <TextInput
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      error={error || problem}
      onChange={(e) => {
        setProblem(null);
        onChange(e.currentTarget.value);
      }}
      onBlur={(e) => {
        const parsed = parseLocaleNumber(text, i18n.language, { allowNegative });
        if (!parsed.ok) setProblem(t(numberProblemKey(parsed.problem)));
        else if (parsed.value !== null) {
          const formatted = formatLocaleNumber(parsed.value, i18n.language);
          if (formatted !== text) onChange(formatted);
        }
        onBlur?.(e);
      }}
    />
  );
}

/**
 * The form-side check of a NumberField's text: the localised problem, or null when it is a number (or blank).
 */
export function numberFieldError(
  text: string | number | null,
  language: string,
  t: (key: string) => string,
  allowNegative = false,
): string | null {
  if (typeof text === 'number' || text === null) return null;
  const parsed = parseLocaleNumber(text, language, { allowNegative });
  return parsed.ok ? null : t(numberProblemKey(parsed.problem));
}
