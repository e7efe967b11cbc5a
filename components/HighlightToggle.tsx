export interface HighlightToggleProps {
  /** null while the setting is being read. */
  checked: boolean | null;
  onChange: (on: boolean) => void;
  /** Longer help under the label (Options). */
  help?: boolean;
}

/** The reader's "mark disputed figures in the article" setting (prefs.highlight). */
export function HighlightToggle({ checked, onChange, help = false }: HighlightToggleProps) {
  return (
    <div class="highlight-toggle">
      <label class="check">
        <input
          type="checkbox"
          checked={checked === true}
          disabled={checked === null}
          aria-describedby={help ? 'highlight-help' : undefined}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Mark disputed figures in the article
      </label>
      {help ? (
        <p id="highlight-help" class="muted">
          Figures other outlets report differently get a wavy underline; figures the parties dispute
          get a double underline. Click a marked figure for the other values. Marks change nothing
          in the page, and turning this off removes them at once.
        </p>
      ) : null}
    </div>
  );
}
