import { useId, useRef, useState } from 'preact/hooks';
import { REGIONS, type Region } from '../lib/sources/types';
import { guessRegion } from '../lib/sources/repair-sources';
import { validateDomain, validateFeedUrl } from '../lib/sources/validate';
import { SOURCES_CONFIG } from '../lib/sources/config';
import { REGION_LABELS } from '../lib/format/labels';

/** What the form hands back: normalised and valid. */
export interface SourceDraft {
  name: string;
  domain: string;
  feeds: string[];
  region: Region;
}

export interface SourceFormProps {
  /** 'add' asks for one feed; 'edit' fixes the domain and lists every feed, one per line. */
  mode: 'add' | 'edit';
  initial?: Partial<SourceDraft>;
  /** Domains already in the list (an add must not duplicate them). */
  existingDomains?: readonly string[];
  /** Called only with valid input. Must stay synchronous up to any permission request (user gesture). */
  onSubmit: (draft: SourceDraft) => void;
  onCancel?: () => void;
}

interface Errors {
  domain?: string;
  feeds?: string;
}

/** Checks the form's raw values; returns the draft or the errors, in words. */
export function checkSourceDraft(
  raw: { name: string; domain: string; feeds: string; region: Region | '' },
  mode: 'add' | 'edit',
  existingDomains: readonly string[] = [],
): { ok: true; draft: SourceDraft } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  const domain = validateDomain(raw.domain);
  if (!domain.ok) errors.domain = domain.error;
  else if (mode === 'add' && existingDomains.includes(domain.domain)) {
    errors.domain = `${domain.domain} is already in your sources.`;
  }
  const lines = raw.feeds
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const feeds: string[] = [];
  for (const line of lines) {
    const r = validateFeedUrl(line);
    if (!r.ok) {
      errors.feeds = r.error;
      break;
    }
    if (!feeds.includes(r.url)) feeds.push(r.url);
  }
  if (!errors.feeds && feeds.length > SOURCES_CONFIG.maxFeedsPerSource) {
    errors.feeds = `A source may list at most ${SOURCES_CONFIG.maxFeedsPerSource} feeds.`;
  }
  if (!domain.ok || errors.domain || errors.feeds) return { ok: false, errors };
  const name = raw.name.trim().slice(0, SOURCES_CONFIG.maxNameLength) || domain.domain;
  const region = raw.region === '' ? guessRegion(domain.domain) : raw.region;
  return { ok: true, draft: { name, domain: domain.domain, feeds, region } };
}

/**
 * Add or edit a source. Errors show inline (role="alert", aria-invalid,
 * aria-describedby) and nothing is submitted while any remains.
 */
export function SourceForm({
  mode,
  initial,
  existingDomains = [],
  onSubmit,
  onCancel,
}: SourceFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [domain, setDomain] = useState(initial?.domain ?? '');
  const [feeds, setFeeds] = useState((initial?.feeds ?? []).join('\n'));
  const [region, setRegion] = useState<Region | ''>(initial?.region ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const domainRef = useRef<HTMLInputElement>(null);
  const feedRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const id = useId();

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = checkSourceDraft({ name, domain, feeds, region }, mode, existingDomains);
    if (!checked.ok) {
      setErrors(checked.errors);
      (checked.errors.domain ? domainRef : feedRef).current?.focus();
      return;
    }
    setErrors({});
    onSubmit(checked.draft);
    if (mode === 'add') {
      setName('');
      setDomain('');
      setFeeds('');
      setRegion('');
    }
  };

  const field = (key: keyof Errors) => ({
    'aria-invalid': errors[key] ? ('true' as const) : undefined,
    'aria-describedby': `${id}-${key}-hint${errors[key] ? ` ${id}-${key}-error` : ''}`,
  });

  return (
    <form
      class={`source-form source-form--${mode}`}
      onSubmit={submit}
      noValidate
      aria-label={mode === 'add' ? 'Add a source' : 'Edit source'}
    >
      <div class="field">
        <label for={`${id}-name`}>Outlet name</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={SOURCES_CONFIG.maxNameLength}
          placeholder="Example News"
          onInput={(e) => setName(e.currentTarget.value)}
          aria-describedby={`${id}-name-hint`}
        />
        <p class="hint" id={`${id}-name-hint`}>
          Optional: the domain is used when left blank.
        </p>
      </div>
      <div class="field">
        <label for={`${id}-domain`}>Domain</label>
        <input
          id={`${id}-domain`}
          ref={domainRef}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={domain}
          readOnly={mode === 'edit'}
          placeholder="example.com"
          onInput={(e) => {
            setDomain(e.currentTarget.value);
            if (errors.domain) setErrors({ ...errors, domain: undefined });
          }}
          {...field('domain')}
        />
        <p class="hint" id={`${id}-domain-hint`}>
          {mode === 'edit'
            ? 'The domain of a source cannot change; remove it and add the new one.'
            : 'Subdomains are included: example.com also covers news.example.com.'}
        </p>
        {errors.domain ? (
          <p class="error" id={`${id}-domain-error`} role="alert">
            {errors.domain}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for={`${id}-feeds`}>{mode === 'add' ? 'Feed URL' : 'Feed URLs'}</label>
        {mode === 'add' ? (
          <input
            id={`${id}-feeds`}
            ref={feedRef}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={feeds}
            placeholder="https://example.com/feed"
            onInput={(e) => {
              setFeeds(e.currentTarget.value);
              if (errors.feeds) setErrors({ ...errors, feeds: undefined });
            }}
            {...field('feeds')}
          />
        ) : (
          <textarea
            id={`${id}-feeds`}
            ref={feedRef}
            rows={3}
            spellcheck={false}
            value={feeds}
            onInput={(e) => {
              setFeeds(e.currentTarget.value);
              if (errors.feeds) setErrors({ ...errors, feeds: undefined });
            }}
            {...field('feeds')}
          />
        )}
        <p class="hint" id={`${id}-feeds-hint`}>
          {mode === 'add'
            ? 'Optional: an RSS or Atom feed lets Crosscheck read new articles in the background.'
            : 'One RSS or Atom address per line; may be empty.'}
        </p>
        {errors.feeds ? (
          <p class="error" id={`${id}-feeds-error`} role="alert">
            {errors.feeds}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for={`${id}-region`}>Region</label>
        <select
          id={`${id}-region`}
          value={region}
          onChange={(e) => setRegion(e.currentTarget.value as Region | '')}
        >
          {mode === 'add' ? <option value="">Guess from the domain</option> : null}
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {REGION_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="button button--primary">
          {mode === 'add' ? 'Add source' : 'Save changes'}
        </button>
        {onCancel ? (
          <button type="button" class="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
