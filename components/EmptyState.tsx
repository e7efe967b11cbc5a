import type { ComponentChildren } from 'preact';

export interface EmptyStateProps {
  /** A symbol shown large, decorative only. */
  icon?: string;
  title: string;
  children?: ComponentChildren;
  /** `status` announces changes politely (loading states); `alert` for errors. */
  role?: 'status' | 'alert';
  busy?: boolean;
}

/** A friendly message in place of content: not coverage, loading, nothing to compare yet. */
export function EmptyState({ icon, title, children, role, busy }: EmptyStateProps) {
  return (
    <div class="empty" role={role} aria-busy={busy ? 'true' : undefined}>
      {icon ? (
        <div class={`empty__icon${busy ? ' empty__icon--spin' : ''}`} aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <p class="empty__title">{title}</p>
      {children ? <div class="empty__body">{children}</div> : null}
    </div>
  );
}
