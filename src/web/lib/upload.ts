import { buildUrl, csrfToken, errorFromResponse, language, NetworkError } from './api-client';

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, or null while the size is unknown */
  percent: number | null;
}

/**
 * POSTs a multipart body with upload progress (fetch cannot report it, XMLHttpRequest can). Same contract as
 * `apiRequest`: Accept-Language, the CSRF header, the error envelope as ApiError, a network failure as NetworkError.
 */
export function uploadWithProgress<T>(
  path: string,
  body: FormData,
  onProgress?: (progress: UploadProgress) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language());
    const token = csrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      onProgress?.({
        loaded: event.loaded,
        total: event.total,
        percent:
          event.lengthComputable && event.total > 0 ? Math.round((event.loaded / event.total) * 100) : null,
      });
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      if (xhr.status === 0) {
        reject(new NetworkError(new Error('no answer')));
        return;
      }
      const headers = new Headers();
      const requestId = xhr.getResponseHeader('x-request-id');
      if (requestId) headers.set('x-request-id', requestId);
      const text = typeof xhr.responseText === 'string' ? xhr.responseText : '';
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((text ? JSON.parse(text) : undefined) as T);
        } catch (error) {
          reject(error instanceof Error ? error : new Error('bad JSON'));
        }
        return;
      }
      const response = new Response(text || null, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers,
      });
      void errorFromResponse(response).then(reject, reject);
    };
    xhr.send(body);
  });
}
