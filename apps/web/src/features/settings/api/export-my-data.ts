import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server does not say. */
  total: number | null;
}

/** GET /me/export: everything hashidari holds about the user, read as a stream so that progress can be shown. */
export async function exportMyData(onProgress: (progress: DownloadProgress) => void): Promise<Blob> {
  const call = api.GET('/api/v1/me/export', { parseAs: 'stream' });
  const stream = await unwrap(call);
  const { response } = await call;
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  if (stream) {
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  }
  return new Blob(chunks, { type: 'application/json' });
}

export function useExportMyData(onProgress: (progress: DownloadProgress) => void) {
  return useMutation({ mutationFn: () => exportMyData(onProgress) });
}
