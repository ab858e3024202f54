import { Alert, Button, Group, Input, NativeSelect, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entryProblems } from '../../../../domain/progress/rules';
import { linkEvidenceSchema, recordProgressSchema } from '../../../../domain/progress/schemas';
import { achievement } from '../../../../domain/work-plans/achievement';
import { NumberField } from '../../../components/NumberField';
import { ApiError } from '../../../lib/api-client';
import { fieldIssuesFor, maxLengthOf } from '../../../lib/form';
import { formatNumber } from '../../../lib/format';
import { numberProblemKey, parseLocaleNumber } from '../../../lib/numbers';
import { errorMessage } from '../../../lib/notify';
import { uploadSizeProblem, useMaxUploadBytes } from '../../../lib/upload-limit';
import { formatTarget } from '../../work-plans';
import { addEvidenceLink, uploadEvidence } from '../api/add-evidence';
import { recordProgress } from '../api/record-progress';
import { defaultPeriodId, formulaFor } from '../format';
import { progressKeys, type ProgressEntryView, type ProgressGridView } from '../types';
import { LimitedTextarea } from '../../../components/LimitedText';
import { usePeriodLabel } from '../../../lib/use-period-label';

/** What phones may attach: camera photos, PDF and office documents (the server judges the content). */
export const EVIDENCE_ACCEPT = 'image/*,application/pdf,.doc,.docx,.xls,.xlsx';

interface Props {
  planId: string;
  grid: ProgressGridView;
  initialPeriodId?: string | null;
  initialIndicatorId?: string | null;
  onDone?: () => void;
}

type Errors = Partial<Record<'periodId' | 'indicatorId' | 'value' | 'text' | 'note' | 'url', string>>;

/**
 * Quick entry (phones first): period, indicator, the realised value (numeric keypad) or narrative, a note and the
 * evidence (camera photo, file or link) in one short form. The entry is recorded first, then each file uploads
 * with its progress; a refused file (413/415) leaves the entry saved and can be replaced and sent again.
 */
export function QuickEntryForm({ planId, grid, initialPeriodId, initialIndicatorId, onDone }: Props) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const openPeriods = grid.periods.filter((p) => p.status === 'open');
  const indicators = useMemo(() => grid.results.flatMap((r) => r.indicators), [grid]);
  const [periodId, setPeriodId] = useState(
    initialPeriodId && openPeriods.some((p) => p.id === initialPeriodId)
      ? initialPeriodId
      : (defaultPeriodId(grid.periods) ?? ''),
  );
  const [indicatorId, setIndicatorId] = useState(initialIndicatorId ?? indicators[0]?.id ?? '');
  const [value, setValue] = useState('');
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [url, setUrl] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState<'entry' | 'evidence' | null>(null);
  const [upload, setUpload] = useState<{ name: string; percent: number | null } | null>(null);
  const [saved, setSaved] = useState<ProgressEntryView | null>(null);
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  /** a chosen file above the server's limit: refused here, before a byte is sent */
  const [fileError, setFileError] = useState<string | null>(null);
  const maxUploadBytes = useMaxUploadBytes('evidence');
  const [done, setDone] = useState(false);

  const indicator = indicators.find((i) => i.id === indicatorId);
  const read = parseLocaleNumber(value, i18n.language, { allowNegative: false });
  const parsed = read.ok ? read.value : null;
  // an entry is measured against its period's target (domain §4: 310 of a month's 300 is 103%, not 8.6% of 3,600)
  const periodTarget = indicator
    ? (indicator.cells.find((c) => c.periodId === periodId)?.target ?? indicator.target)
    : null;
  const preview =
    indicator && parsed !== null && indicator.numeric && periodTarget !== null
      ? achievement({
          target: periodTarget,
          realised: parsed,
          direction: indicator.direction,
          cap: grid.cap,
        })
      : null;
  const formula =
    indicator && preview !== null
      ? formulaFor(
          { direction: indicator.direction, target: periodTarget },
          parsed,
          preview,
          grid.cap,
          t,
          i18n.language,
        )
      : null;

  const resetForNext = () => {
    setValue('');
    setText('');
    setNote('');
    setUrl('');
    setFiles([]);
    if (fileInput.current) fileInput.current.value = '';
    setFileError(null);
    setSaved(null);
    setEvidenceError(null);
    setUpload(null);
  };

  const sendEvidence = async (entry: ProgressEntryView): Promise<boolean> => {
    setBusy('evidence');
    setEvidenceError(null);
    try {
      for (const file of files) {
        setUpload({ name: file.name, percent: 0 });
        await uploadEvidence(planId, entry.id, file, (p) =>
          setUpload({ name: file.name, percent: p.percent }),
        );
      }
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      if (url.trim()) {
        await addEvidenceLink(planId, entry.id, url.trim());
        setUrl('');
      }
      return true;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 413 || error.status === 415)) {
        // the server's own (localised) words; ours only when a proxy answered without the envelope
        const bare = [
          error.code,
          'Payload Too Large',
          'Request Entity Too Large',
          'Unsupported Media Type',
          '',
        ];
        setEvidenceError(
          bare.includes(error.message)
            ? t(error.status === 413 ? 'progress.evidence.tooLarge' : 'progress.evidence.badType')
            : error.message,
        );
      } else if (error instanceof ApiError && fieldIssuesFor(error).some((i) => i.path === 'url')) {
        setErrors((e) => ({ ...e, url: fieldIssuesFor(error).find((i) => i.path === 'url')?.message }));
        setEvidenceError(errorMessage(error, t));
      } else {
        setEvidenceError(errorMessage(error, t));
      }
      return false;
    } finally {
      setUpload(null);
      setBusy(null);
      void queryClient.invalidateQueries({ queryKey: progressKeys.all(planId) });
    }
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (saved) {
      // the entry is in: only the evidence is left to send
      if (await sendEvidence(saved)) setDone(true);
      return;
    }
    const next: Errors = {};
    if (!periodId) next.periodId = t('validation.required');
    if (!indicator) next.indicatorId = t('validation.required');
    if (!read.ok) next.value = t(numberProblemKey(read.problem));
    if (indicator) {
      for (const p of entryProblems(indicator, { value: parsed, text: text.trim() || null })) {
        next[p.path] ??= t(`validation.${p.code}`);
      }
    }
    if (url.trim() && !linkEvidenceSchema.safeParse({ url: url.trim() }).success)
      next.url = t('validation.evidence.urlProtocol');
    setErrors(next);
    if (Object.keys(next).length > 0) return;

    setBusy('entry');
    let entry: ProgressEntryView;
    try {
      entry = await recordProgress(planId, {
        periodId,
        indicatorId,
        value: parsed,
        text: text.trim() || null,
        note: note.trim() || null,
      });
    } catch (error) {
      const issues = fieldIssuesFor(error);
      if (issues.length > 0) {
        const fieldErrors: Errors = {};
        for (const i of issues) {
          if (['periodId', 'indicatorId', 'value', 'text', 'note'].includes(i.path))
            fieldErrors[i.path as keyof Errors] = i.message;
        }
        setErrors(fieldErrors);
      }
      setEvidenceError(errorMessage(error, t));
      setBusy(null);
      return;
    }
    setSaved(entry);
    void queryClient.invalidateQueries({ queryKey: progressKeys.all(planId) });
    if (files.length > 0 || url.trim()) {
      if (!(await sendEvidence(entry))) return;
    } else setBusy(null);
    setDone(true);
  };

  if (done) {
    return (
      <Stack gap="sm">
        <Alert color="teal" title={t('progress.savedTitle')} data-testid="progress-saved" role="status">
          {t('progress.savedText', {
            period: periodName(grid.periods.find((p) => p.id === periodId)?.label),
          })}
        </Alert>
        <Group gap="xs" grow>
          <Button
            size="md"
            variant="light"
            onClick={() => {
              resetForNext();
              setDone(false);
            }}
            data-testid="progress-another"
          >
            {t('progress.another')}
          </Button>
          {onDone ? (
            <Button size="md" onClick={onDone} data-testid="progress-close">
              {t('progress.backToGrid')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  if (openPeriods.length === 0) {
    return (
      <Alert color="gray" data-testid="progress-no-open-period">
        {t('progress.noOpenPeriod')}
      </Alert>
    );
  }

  const locked = Boolean(saved);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="progress-quick">
      <Stack gap="sm">
        <NativeSelect
          size="md"
          label={t('progress.period')}
          value={periodId}
          onChange={(e) => setPeriodId(e.currentTarget.value)}
          data={openPeriods.map((p) => ({ value: p.id, label: periodName(p.label) }))}
          error={errors.periodId}
          disabled={locked}
          data-testid="progress-period"
        />
        <NativeSelect
          size="md"
          label={t('progress.indicator')}
          value={indicatorId}
          onChange={(e) => {
            setIndicatorId(e.currentTarget.value);
            setErrors({});
          }}
          data={grid.results.map((r) => ({
            group: r.text.length > 60 ? `${r.text.slice(0, 59)}…` : r.text,
            items: r.indicators.map((i) => ({ value: i.id, label: i.text })),
          }))}
          error={errors.indicatorId}
          disabled={locked}
          data-testid="progress-indicator"
        />
        {indicator ? (
          <Text size="xs" c="dimmed" data-testid="progress-target">
            {t('progress.target')}: {formatTarget(indicator, i18n.language) ?? t('common.none')}
            {indicator.numeric ? ` · ${t(`terms.direction.${indicator.direction}`)}` : ''}
            {indicator.numeric && periodTarget !== null && periodTarget !== indicator.target
              ? ` · ${t('progress.periodTarget')}: ${formatNumber(periodTarget, i18n.language)}${indicator.unit?.trim() ? ` ${indicator.unit.trim()}` : ''}`
              : ''}
          </Text>
        ) : null}
        {indicator?.numeric !== false ? (
          <NumberField
            size="md"
            label={t('progress.value')}
            description={indicator?.unit ? t('progress.valueUnit', { unit: indicator.unit }) : undefined}
            value={value}
            onChange={setValue}
            error={errors.value}
            disabled={locked}
            data-testid="progress-value"
          />
        ) : null}
        {formula && preview !== null ? (
          <Text size="sm" ff="monospace" data-testid="progress-preview" aria-live="polite">
            {t('progress.previewLabel')}: {formula.worked}
          </Text>
        ) : null}
        <LimitedTextarea
          maxLength={maxLengthOf(recordProgressSchema, 'text')}
          size="md"
          label={indicator?.numeric === false ? t('progress.text') : t('progress.textOptional')}
          autosize
          minRows={2}
          maxRows={6}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.text}
          disabled={locked}
          data-testid="progress-text"
        />
        <LimitedTextarea
          maxLength={maxLengthOf(recordProgressSchema, 'note')}
          size="md"
          label={t('progress.noteLabel')}
          autosize
          minRows={1}
          maxRows={4}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          disabled={locked}
          data-testid="progress-note"
        />
        <Input.Wrapper
          label={t('progress.evidence.title')}
          description={t('progress.evidence.hint')}
          id="evidence-file-wrapper"
          labelProps={{ htmlFor: 'evidence-file-input' }}
          error={fileError}
        >
          <input
            ref={fileInput}
            id="evidence-file-input"
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            capture="environment"
            aria-describedby={
              fileError
                ? 'evidence-file-wrapper-description evidence-file-wrapper-error'
                : 'evidence-file-wrapper-description'
            }
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              const chosen = Array.from(e.currentTarget.files ?? []);
              const problem = uploadSizeProblem(chosen, maxUploadBytes, i18n.language);
              setEvidenceError(null);
              setFileError(problem ? t(problem.key, problem.values) : null);
              if (problem) {
                // nothing of a refused choice is kept, so nothing of it can be sent
                e.currentTarget.value = '';
                setFiles([]);
              } else setFiles(chosen);
            }}
            data-testid="evidence-file"
            style={{
              display: 'block',
              width: '100%',
              minHeight: 48,
              padding: 10,
              border: '1px dashed var(--mantine-color-gray-5)',
              borderRadius: 'var(--mantine-radius-md)',
              fontSize: 'var(--mantine-font-size-sm)',
            }}
          />
        </Input.Wrapper>
        {files.length > 0 ? (
          <Text size="xs" c="dimmed" data-testid="evidence-selected">
            {files.map((f) => f.name).join(', ')}
          </Text>
        ) : null}
        <TextInput
          size="md"
          type="url"
          inputMode="url"
          label={t('progress.evidence.link')}
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={errors.url}
          data-testid="evidence-link"
        />
        {upload ? (
          <Stack gap={2} data-testid="evidence-progress">
            <Text size="xs">
              {t('progress.evidence.uploading', {
                name: upload.name,
                percent: upload.percent === null ? '…' : formatNumber(upload.percent, i18n.language),
              })}
            </Text>
            <Progress
              value={upload.percent ?? 100}
              animated={upload.percent === null}
              aria-label={t('progress.evidence.uploadLabel')}
            />
          </Stack>
        ) : null}
        {saved ? (
          <Alert color="blue" variant="light" data-testid="progress-entry-saved">
            {t('progress.entrySavedEvidenceLeft')}
          </Alert>
        ) : null}
        {evidenceError ? (
          <Alert color="red" variant="light" role="alert" data-testid="progress-error">
            {evidenceError}
          </Alert>
        ) : null}
        <Group gap="xs" grow>
          {saved ? (
            <Button
              size="md"
              variant="default"
              onClick={() => setDone(true)}
              data-testid="progress-skip-evidence"
            >
              {t('progress.skipEvidence')}
            </Button>
          ) : null}
          <Button type="submit" size="md" loading={busy !== null} data-testid="progress-save">
            {saved ? t('progress.evidence.send') : t('progress.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
