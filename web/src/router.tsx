import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

/** A tiny router on the History API: the app has a handful of pages, so no routing library is needed. */
const listeners = new Set<() => void>();

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});

export interface Location {
  path: string;
  params: URLSearchParams;
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): Location {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((tick) => tick + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return { path: location.pathname, params: new URLSearchParams(location.search) };
}

/** Replaces one query parameter and keeps the rest (for month pickers and the like). */
export function setParam(name: string, value: string | null): void {
  const params = new URLSearchParams(location.search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  navigate(`${location.pathname}${query ? `?${query}` : ''}`, { replace: true });
}

/** A link that navigates inside the app without reloading; a normal link for new tabs and modifier keys. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { onClick, ...rest } = props;
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...rest} onClick={click} />;
}
