import type { ReactNode } from 'react';

/**
 * A table wider than a phone scrolls sideways inside this box, not the page. The box is a named region
 * that takes the keyboard focus, so that keyboard users can scroll it even when the rows hold no link
 * (axe: scrollable-region-focusable).
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </div>
  );
}
