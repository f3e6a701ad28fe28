// Files to and from the server with the session's bearer token: a GraphQL operation with one
// uploaded file (the GraphQL multipart request spec, which graphql-yoga reads) sent through
// XMLHttpRequest because fetch reports no upload progress, and downloads of server-made files
// (templates, error sheets, exports) that need the token and so cannot be plain links.
import { GRAPHQL_ENDPOINT } from './client';
import { ApiError } from './errors';
import { getSessionToken } from './session-token';
import type { GraphQLErrorEntry } from './types';
import type { TypedDocumentString } from '../../gql/graphql';

/** The server refuses a multipart (non-JSON) request without it (CSRF). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export interface UploadOptions {
  /** Called with 0…1 while the file goes up. */
  onProgress?: (fraction: number) => void;
  /** Called once the file is sent: the server is working on it now. */
  onSent?: () => void;
  signal?: AbortSignal;
}

/** Runs `document` with `file` as its `$file` variable; resolves its data or throws an ApiError. */
export function graphqlUpload<TResult, TVariables extends { file: unknown }>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'file'>,
  file: File,
  options: UploadOptions = {},
): Promise<TResult> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: document.toString(), variables: { ...variables, file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', file, file.name);
  return new Promise<TResult>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', GRAPHQL_ENDPOINT);
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.setRequestHeader('accept', 'application/json');
    const token = getSessionToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress?.(e.loaded / e.total);
    };
    xhr.upload.onload = () => {
      options.onProgress?.(1);
      options.onSent?.();
    };
    xhr.onerror = () => reject(new ApiError('network', 'GraphQL endpoint unreachable'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] };
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch (cause) {
        const kind = xhr.status >= 500 ? 'network' : xhr.status >= 400 ? 'http' : 'parse';
        reject(new ApiError(kind, `HTTP ${xhr.status}`, { status: xhr.status, cause }));
        return;
      }
      if (body.errors?.length) {
        reject(new ApiError('graphql', body.errors.map((e) => e.message).join('; '), { status: xhr.status, graphqlErrors: body.errors }));
      } else if (body.data == null) reject(new ApiError('parse', 'Response had no data', { status: xhr.status }));
      else resolve(body.data);
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** Why a download failed: the HTTP status and the server's own words when it gave some. */
export class DownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first). */
export function dispositionName(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      return null;
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? null;
}

/**
 * Fetches `url` with the bearer token and saves the answer as a file (the name the server gives,
 * else `fallbackName`). Throws DownloadError on a non-2xx answer, ApiError('network') offline.
 */
export async function downloadWithToken(url: string, fallbackName: string, init: { method?: string; body?: Blob } = {}): Promise<void> {
  const token = getSessionToken();
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(init.body ? { body: init.body } : {}),
    });
  } catch (cause) {
    throw new ApiError('network', 'server unreachable', { cause });
  }
  if (!res.ok) {
    const said = await res
      .json()
      .then((b: unknown) => (b && typeof b === 'object' && 'error' in b ? String((b as { error: unknown }).error) : ''))
      .catch(() => '');
    throw new DownloadError(res.status, said || `HTTP ${res.status}`);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = dispositionName(res.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser the click before the blob goes.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
