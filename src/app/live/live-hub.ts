import type { LiveMessage } from '../../core/live/live-message.ts';
import { type LiveListener, listenLive } from '../../store/live.store.ts';

export type LiveSubscriber = (message: LiveMessage | { type: 'resync' }) => void;

/**
 * One LISTEN connection per instance, fanned out to every open console on it. Because changes are
 * published with NOTIFY inside their transaction, every instance sharing the database hears every
 * committed change. After a lost connection subscribers get `resync` to refetch what they missed.
 */
export class LiveHub {
  readonly #subscribers = new Set<LiveSubscriber>();
  #listener: LiveListener | undefined;

  async start(connectionString: string): Promise<void> {
    this.#listener = await listenLive(connectionString, {
      onMessage: (message) => this.#broadcast(message),
      onReconnect: () => this.#broadcast({ type: 'resync' }),
    });
  }

  subscribe(subscriber: LiveSubscriber): () => void {
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  async stop(): Promise<void> {
    this.#subscribers.clear();
    await this.#listener?.close();
  }

  #broadcast(message: LiveMessage | { type: 'resync' }): void {
    for (const subscriber of this.#subscribers) subscriber(message);
  }
}
