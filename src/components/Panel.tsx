import type { ReactNode } from 'react';

export interface PanelProps {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
  readonly className?: string | undefined;
}

/** A titled section of the page; its heading names the region for assistive technology. */
export function Panel({ id, title, children, className }: PanelProps) {
  return (
    <section
      className={className === undefined ? 'panel' : `panel ${className}`}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}
