import { useCallback, useEffect, useRef, useState } from 'react';
import { amends, type CaseFilter } from '../api/amends.ts';
import { type ApiError, toApiError } from '../api/client.ts';
import type { CaseListItem } from '../api/types.ts';

/** Cases per "Load more"; a refresh asks for at most this many at once (the API's limit is 200). */
export const PAGE_SIZE = 50;
const MAX_LIMIT = 200;

export type CasePages = {
  /** Every case loaded so far, in the server's order; undefined until the first page arrives. */
  items: CaseListItem[] | undefined;
  /** Whether the server has more after `items`. */
  hasMore: boolean;
  loadingMore: boolean;
  error: ApiError | undefined;
  loadMore(): void;
  /**
   * Fetch again from the top as many cases as are shown (a live change), in fresh order, so a case
   * that moved up is not shown twice and one that moved down is not lost between pages.
   */
  refresh(): void;
};

/** The inbox for `filter` (compared by `key`), a page at a time; a newer request always wins. */
export function useCasePages(filter: CaseFilter, key: string): CasePages {
  const [state, setState] = useState<{
    items?: CaseListItem[];
    cursor?: string | null;
    error?: ApiError;
    loadingMore?: boolean;
  }>({});
  const generation = useRef(0);
  // How many to fetch on a refresh: as many as are shown, or, when the list was complete, a page
  // more, so a case that arrives at the end of a complete list appears instead of behind "Load more".
  const refreshCount = useRef(PAGE_SIZE);
  refreshCount.current = Math.max(PAGE_SIZE, (state.items?.length ?? 0) + (state.cursor ? 0 : PAGE_SIZE));
  const latestFilter = useRef(filter);
  latestFilter.current = filter;

  /** Pages from the top until `count` cases (or the end), as one list. */
  const loadTop = useCallback(async (count: number) => {
    const mine = ++generation.current;
    try {
      const items: CaseListItem[] = [];
      let cursor: string | null | undefined;
      do {
        const page = await amends.cases(latestFilter.current, {
          limit: Math.min(MAX_LIMIT, Math.max(count - items.length, 1)),
          cursor: cursor ?? undefined,
        });
        items.push(...page.cases);
        cursor = page.nextCursor;
      } while (cursor && items.length < count);
      if (mine === generation.current) setState({ items, cursor: cursor ?? null });
    } catch (caught) {
      if (mine === generation.current) setState((previous) => ({ ...previous, error: toApiError(caught) }));
    }
  }, []);

  // A new filter (a new `key`) starts from its first page, never showing the old filter's cases as its own.
  useEffect(() => {
    setState({});
    void loadTop(PAGE_SIZE);
  }, [key, loadTop]);

  const refresh = useCallback(() => void loadTop(refreshCount.current), [loadTop]);

  const loadMore = useCallback(() => {
    const cursor = state.cursor;
    if (!cursor || state.loadingMore) return;
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loadingMore: true }));
    amends.cases(latestFilter.current, { limit: PAGE_SIZE, cursor }).then(
      (page) => {
        if (mine !== generation.current) return;
        setState((previous) => {
          const seen = new Set(previous.items?.map((item) => item.case.id));
          const fresh = page.cases.filter((item) => !seen.has(item.case.id));
          return { items: [...(previous.items ?? []), ...fresh], cursor: page.nextCursor };
        });
      },
      (caught: unknown) => {
        if (mine === generation.current)
          setState((previous) => ({ ...previous, loadingMore: false, error: toApiError(caught) }));
      },
    );
  }, [state.cursor, state.loadingMore]);

  return {
    items: state.items,
    hasMore: Boolean(state.cursor),
    loadingMore: state.loadingMore ?? false,
    error: state.error,
    loadMore,
    refresh,
  };
}
