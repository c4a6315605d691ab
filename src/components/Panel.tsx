import type { ReactNode, SyntheticEvent } from 'react';

export interface PanelProps {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
  readonly className?: string | undefined;
}

/** Enter in a field never submits: RiskDesk has nowhere to send a form, and the page must stay. */
function stayOnPage(event: SyntheticEvent<HTMLFormElement>) {
  event.preventDefault();
}

/**
 * A group of fields in a form of its own. Chrome's autofill reads the whole form of a field on every
 * keystroke, and every form-less field of the page as one form: a form per panel keeps that to the
 * panel's few fields (`npm run bench:browser`, typing into Account equity: overhead p50 4.05 ms before,
 * 0.85–3.2 ms in three runs after).
 */
export function FieldGroup({ className, children }: { className: string; children: ReactNode }) {
  return (
    <form className={className} noValidate onSubmit={stayOnPage}>
      {children}
    </form>
  );
}

/** A titled section of the page; its heading names the region for assistive technology. */
export function Panel({ id, title, children, className }: PanelProps) {
  return (
    <section
      className={className === undefined ? 'panel' : `panel ${className}`}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <FieldGroup className="panel__fields">{children}</FieldGroup>
    </section>
  );
}
