// A link from Avstämning names the figure it concerns as ?cell=<path in the plan>; the page
// marks the element with that data-path, scrolls it into view and gives it focus.
import { useEffect, useState } from 'react';

export function highlightLink(pagePath: string, figurePath: string): string {
  return `${pagePath}?cell=${encodeURIComponent(figurePath)}`;
}

/** The path to highlight on this page; once `ready`, the element is scrolled to and focused. */
export function useHighlight(ready: boolean): string | null {
  const [path] = useState(() => new URLSearchParams(location.search).get('cell'));
  useEffect(() => {
    if (!ready || !path) return;
    const element = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
    element.focus({ preventScroll: true });
  }, [ready, path]);
  return path;
}
