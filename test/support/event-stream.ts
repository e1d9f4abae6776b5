import http from 'node:http';

export type EventStream = { connected: Promise<void>; close(): void };

/**
 * Reads a Server-Sent Events stream (the console's live stream) and calls `onEvent` for each event.
 * `connected` resolves once the server's `: connected` comment arrives, so a change made after it
 * cannot be missed; it rejects when the stream is refused.
 */
export function openEventStream(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: { type: string; data: string }) => void,
): EventStream {
  let request: http.ClientRequest | undefined;
  const connected = new Promise<void>((resolve, reject) => {
    request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      if (response.statusCode !== 200)
        return reject(new Error(`live stream answered ${response.statusCode}`));
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        if (buffer.includes(': connected')) resolve();
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (type && data) onEvent({ type, data });
        }
      });
    });
    request.on('error', reject);
  });
  connected.catch(() => {});
  return { connected, close: () => request?.destroy() };
}
