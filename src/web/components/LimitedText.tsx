import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { withCharCount } from './CharCount';

type Limited<P> = P & {
  /** the server's limit for this field (`maxLengthOf(schema, field)`); no counter when undefined */
  maxLength: number | undefined;
  'data-testid'?: string;
};

const counterId = (testId: string | undefined) => (testId ? `${testId}-count` : undefined);

/**
 * A Mantine Textarea that stops at the server's limit and shows "123/2.000" after its description (the counter
 * of `TextForm` and the autosaved texts, for every other form). The value must be controlled (`value` or
 * `form.getInputProps`).
 */
export function LimitedTextarea({ maxLength, description, ...props }: Limited<TextareaProps>) {
  const length = typeof props.value === 'string' ? props.value.length : 0;
  return (
    <Textarea
      {...props}
      maxLength={maxLength}
      description={withCharCount(description, length, maxLength, counterId(props['data-testid']))}
    />
  );
}

/** The one-line sibling of `LimitedTextarea` (a name, a title, a link). */
export function LimitedTextInput({ maxLength, description, ...props }: Limited<TextInputProps>) {
  const length = typeof props.value === 'string' ? props.value.length : 0;
  return (
    <TextInput
      {...props}
      maxLength={maxLength}
      description={withCharCount(description, length, maxLength, counterId(props['data-testid']))}
    />
  );
}
