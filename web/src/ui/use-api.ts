import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiProblem } from '../api/client';

export interface Loaded<T> {
  data: T | null;
  problems: ApiProblem[] | null;
  loading: boolean;
  reload(): void;
}

/** Loads data when the keys change; keeps the previous data while loading, so the page does not jump. */
export function useApi<T>(load: () => Promise<T>, keys: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; problems: ApiProblem[] | null; loading: boolean }>({
    data: null,
    problems: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    loadRef.current().then(
      (data) => current && setState({ data, problems: null, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          data: null,
          problems: error instanceof ApiError ? error.problems : [{ code: 'UNKNOWN' }],
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
  }, [...keys, tick]);
  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { ...state, reload };
}
