import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';
import { useMeta } from './meta';

export type UploadKind = 'evidence' | 'imports';

/** The limit in MB as the server words it (one decimal at most), in the reader's number format. */
export function megabytes(bytes: number, language: string): string {
  return formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, language);
}

export interface UploadSizeProblem {
  key: 'upload.tooLarge';
  values: { name: string; maxMb: string };
}

/**
 * The first chosen file larger than the server's limit, as a message key with its values, or null when every file
 * fits (or the limit is not known yet: the server still refuses with 413). Checked before a byte is sent (issue 12).
 */
export function uploadSizeProblem(
  files: readonly { name: string; size: number }[],
  maxBytes: number | null | undefined,
  language: string,
): UploadSizeProblem | null {
  if (!maxBytes || maxBytes <= 0) return null;
  const tooLarge = files.find((f) => f.size > maxBytes);
  if (!tooLarge) return null;
  return { key: 'upload.tooLarge', values: { name: tooLarge.name, maxMb: megabytes(maxBytes, language) } };
}

/** The server's limit for this kind of upload, from GET /meta (undefined until it answered). */
export function useMaxUploadBytes(kind: UploadKind): number | undefined {
  return useMeta().data?.maxUploadBytes?.[kind];
}

/**
 * One chosen file for a single-file input (the imports): a file above the limit is not kept and its message is
 * returned for the input's `error`, so no request can carry it.
 */
export function useSizeCheckedFile(kind: UploadKind) {
  const { t, i18n } = useTranslation();
  const maxBytes = useMaxUploadBytes(kind);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choose = (next: File | null) => {
    const problem = next ? uploadSizeProblem([next], maxBytes, i18n.language) : null;
    setError(problem ? t(problem.key, problem.values) : null);
    setFile(problem ? null : next);
  };
  return { file, error, choose };
}
