import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { LiveMessage as ServerLiveMessage } from '../../src/core/live/live-message.ts';
import { amends } from './api/amends.ts';

/**
 * What the server publishes (a type-only import: nothing of the server reaches the bundle), plus
 * `resync`: whatever happened while the stream was down was missed, so refetch.
 */
export type LiveMessage = ServerLiveMessage | { type: 'resync' };
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';
type Listener = (message: LiveMessage) => void;

type Live = { status: LiveStatus; subscribe(listener: Listener): () => void };

const LiveContext = createContext<Live>({ status: 'connecting', subscribe: () => () => {} });

/** After the browser gives up on a stream (e.g. the server restarted), start a new one this much later. */
const RESTART_MS = 3000;

/**
 * One Server-Sent Events stream per signed-in console. Screens subscribe and refetch what they show;
 * there is no polling. A reconnect counts as `resync`: whatever happened meanwhile was missed.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const listeners = useRef(new Set<Listener>());

  useEffect(() => {
    const emit = (message: LiveMessage) => {
      for (const listener of listeners.current) listener(message);
    };
    let source: EventSource | undefined;
    let restart: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;
    let stopped = false;
    const connect = () => {
      source = new EventSource('/api/v1/live');
      source.onopen = () => {
        setStatus('live');
        if (connectedBefore) emit({ type: 'resync' });
        connectedBefore = true;
      };
      source.onerror = () => {
        setStatus('reconnecting');
        // The browser retries by itself unless the server refused the stream (e.g. the session ended).
        if (source?.readyState === EventSource.CLOSED)
          restart = setTimeout(checkSessionThenConnect, RESTART_MS);
      };
      source.addEventListener('case.changed', (event) => {
        const data = JSON.parse((event as MessageEvent<string>).data) as Record<string, unknown>;
        const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
        const caseId = text(data.caseId);
        if (!caseId) return;
        const assignedTo = text(data.assignedTo);
        const by = text(data.by);
        const customerWroteTo = text(data.customerWroteTo);
        const alert = data.promiseAlert as
          | { to?: unknown; promiseId?: unknown; state?: unknown; caseNumber?: unknown }
          | undefined;
        const promiseAlert =
          alert &&
          Array.isArray(alert.to) &&
          typeof alert.promiseId === 'string' &&
          typeof alert.caseNumber === 'number' &&
          (alert.state === 'at_risk' || alert.state === 'broken')
            ? {
                to: alert.to.filter((id): id is string => typeof id === 'string'),
                promiseId: alert.promiseId,
                state: alert.state as 'at_risk' | 'broken',
                caseNumber: alert.caseNumber,
              }
            : undefined;
        const task = data.taskAlert as { to?: unknown; taskId?: unknown; state?: unknown } | undefined;
        const taskAlert =
          task &&
          Array.isArray(task.to) &&
          typeof task.taskId === 'string' &&
          (task.state === 'asked' ||
            task.state === 'commented' ||
            task.state === 'overdue' ||
            task.state === 'done')
            ? {
                to: task.to.filter((id): id is string => typeof id === 'string'),
                taskId: task.taskId,
                state: task.state as 'asked' | 'commented' | 'overdue' | 'done',
              }
            : undefined;
        const updateDueFor = text(data.updateDueFor);
        emit({
          type: 'case.changed',
          caseId,
          ...(assignedTo && { assignedTo }),
          ...(by && { by }),
          ...(customerWroteTo && { customerWroteTo }),
          ...(promiseAlert && { promiseAlert }),
          ...(taskAlert && { taskAlert }),
          ...(updateDueFor && { updateDueFor }),
        });
      });
      // Ratings and comments as they arrive: the feedback monitor refetches; nothing else needs to.
      source.addEventListener('rating.recorded', () => emit({ type: 'rating.recorded' }));
      source.addEventListener('resync', () => emit({ type: 'resync' }));
    };
    // An ended session is noticed by the API client (the console shows the sign-in form and this
    // provider goes away); any other failure means the server is away: try again a little later.
    const checkSessionThenConnect = () => {
      amends.me().then(
        () => !stopped && connect(),
        () => {
          if (!stopped) restart = setTimeout(checkSessionThenConnect, RESTART_MS);
        },
      );
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(restart);
      source?.close();
    };
  }, []);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const live = useMemo(() => ({ status, subscribe }), [status, subscribe]);
  return <LiveContext value={live}>{children}</LiveContext>;
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveContext).status;
}

/** Calls `onMessage` (the latest one given) for every live message while the component is shown. */
export function useLive(onMessage: Listener): void {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef(onMessage);
  useEffect(() => {
    latest.current = onMessage;
  });
  useEffect(() => subscribe((message) => latest.current(message)), [subscribe]);
}
