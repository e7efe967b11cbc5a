import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

export interface DisclosureProps {
  /** What the toggle button shows (a value, "Show sentence"). */
  summary: ComponentChildren;
  /** Accessible name of the button when the summary alone is not enough. */
  label?: string;
  /** Open at first render (tests, or a single item). */
  initiallyOpen?: boolean;
  class?: string;
  children: ComponentChildren;
}

/**
 * A button that shows and hides its content, with `aria-expanded` and
 * `aria-controls`: reachable and operable from the keyboard.
 */
export function Disclosure({
  summary,
  label,
  initiallyOpen = false,
  class: className,
  children,
}: DisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <div class={`disclosure ${className ?? ''}`.trim()}>
      <button
        type="button"
        class="disclosure__toggle"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={id}
        aria-label={label}
        onClick={() => setOpen((o) => !o)}
      >
        <span class="disclosure__summary">{summary}</span>
        <span class="disclosure__chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      <div id={id} class="disclosure__body" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
