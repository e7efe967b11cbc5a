import { useState } from 'preact/hooks';

export interface ImportExportProps {
  onExport: () => void;
  /** Reads and applies a settings file; resolves to its errors (empty when imported). */
  onImport: (file: File) => Promise<string[]>;
  /** Clears stored reports; resolves to how many were removed. */
  onClear: () => Promise<number>;
}

/** Settings export/import and clearing stored reports. */
export function ImportExport({ onExport, onImport, onClear }: ImportExportProps) {
  const [errors, setErrors] = useState<string[]>([]);
  const [imported, setImported] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState<string | null>(null);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImported(null);
    setErrors([]);
    const problems = await onImport(file);
    input.value = '';
    if (problems.length > 0) setErrors(problems);
    else setImported(`Imported ${file.name}.`);
  };

  const clear = async () => {
    setConfirming(false);
    try {
      const removed = await onClear();
      setCleared(removed === 1 ? 'Removed 1 stored report.' : `Removed ${removed} stored reports.`);
    } catch (e) {
      setCleared(`Nothing was cleared: ${(e as Error).message}`);
    }
  };

  return (
    <div class="data">
      <div class="data__block">
        <h3>Settings file</h3>
        <p class="hint">
          Your sources and preferences as a JSON file, to keep or to move to another browser.
        </p>
        <div class="actions">
          <button type="button" class="button" onClick={onExport}>
            Export settings
          </button>
          <label class="button file-button">
            Import settings…
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(e) => void pick(e.currentTarget)}
            />
          </label>
        </div>
        {errors.length > 0 ? (
          <div class="error-box" role="alert">
            <p>
              Nothing was changed: the file has{' '}
              {errors.length === 1 ? 'a problem' : `${errors.length} problems`}.
            </p>
            <ul>
              {errors.slice(0, 20).map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
            {errors.length > 20 ? <p>…and {errors.length - 20} more.</p> : null}
          </div>
        ) : null}
        {imported ? (
          <p class="notice" role="status">
            {imported}
          </p>
        ) : null}
      </div>
      <div class="data__block">
        <h3>Stored reports</h3>
        <p class="hint">Articles Crosscheck has read and kept for comparison.</p>
        <div class="actions">
          {confirming ? (
            <>
              <button type="button" class="button button--danger" onClick={() => void clear()}>
                Yes, clear all stored reports
              </button>
              <button type="button" class="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button
              type="button"
              class="button"
              onClick={() => {
                setCleared(null);
                setConfirming(true);
              }}
            >
              Clear stored reports
            </button>
          )}
        </div>
        {cleared ? (
          <p class="notice" role="status">
            {cleared}
          </p>
        ) : null}
      </div>
    </div>
  );
}
