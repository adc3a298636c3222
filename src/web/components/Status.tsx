// A status shown with a symbol and words as well as colour (WCAG 1.4.1).
import type { ReactNode } from 'react';

export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

const SYMBOL: Record<Tone, string> = { good: '✓', bad: '✗', warn: '!', neutral: '–' };

export function Status({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span className={`status status-${tone}`}>
      <span className="status-symbol" aria-hidden="true">
        {SYMBOL[tone]}
      </span>
      {children}
    </span>
  );
}

/** A table wide enough to need scrolling at 320 px scrolls by keyboard too. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
