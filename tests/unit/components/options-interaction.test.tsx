// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SourceForm, checkSourceDraft } from '../../../components/SourceForm';
import { SourceRow } from '../../../components/SourceRow';
import { SourceList } from '../../../components/SourceList';
import { Disclosure } from '../../../components/Disclosure';
import { ImportExport } from '../../../components/ImportExport';
import { RefreshPanel } from '../../../components/RefreshPanel';
import { sourceForDomain } from '../../../lib/sources/repair-sources';
import { mountRoot } from './mount-root';

const root = mountRoot();

const byLabel = (text: string) => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === text)!;
  // Either <label for=…> or a label wrapping its input.
  if (!label.htmlFor) return label.querySelector('input')!;
  return root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
};
const button = (text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const click = (el: Element) => act(() => (el as HTMLElement).click());
const submit = () =>
  act(
    () =>
      void root
        .querySelector('form')!
        .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })),
  );

describe('SourceForm (add)', () => {
  it('shows an inline error for an invalid domain and submits nothing', () => {
    const onSubmit = vi.fn();
    act(() => render(<SourceForm mode="add" onSubmit={onSubmit} />, root));
    type(byLabel('Domain'), 'not a domain');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    const domain = byLabel('Domain');
    expect(domain.getAttribute('aria-invalid')).toBe('true');
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/not a valid domain/);
    expect(domain.getAttribute('aria-describedby')).toContain(alert.id);
  });

  it('rejects a bad feed address even with a good domain', () => {
    const onSubmit = vi.fn();
    act(() => render(<SourceForm mode="add" onSubmit={onSubmit} />, root));
    type(byLabel('Domain'), 'frontier-news.example');
    type(byLabel('Feed URL'), 'ftp://frontier-news.example/feed');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(byLabel('Feed URL').getAttribute('aria-invalid')).toBe('true');
    expect(byLabel('Domain').getAttribute('aria-invalid')).toBeNull();
  });

  it('hands back a normalised draft and clears itself', () => {
    const onSubmit = vi.fn();
    act(() => render(<SourceForm mode="add" onSubmit={onSubmit} />, root));
    type(byLabel('Outlet name'), '  Frontier Post ');
    type(byLabel('Domain'), 'https://www.Frontier-News.pk/latest');
    type(byLabel('Feed URL'), 'frontier-news.pk/rss#top');
    click(button('Add source'));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Frontier Post',
      domain: 'frontier-news.pk',
      feeds: ['https://frontier-news.pk/rss'],
      region: 'pakistani',
    });
    expect(byLabel('Domain').value).toBe('');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('refuses a domain already listed', () => {
    const onSubmit = vi.fn();
    act(() =>
      render(<SourceForm mode="add" existingDomains={['dawn.com']} onSubmit={onSubmit} />, root),
    );
    type(byLabel('Domain'), 'www.dawn.com');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('already in your sources');
  });
});

describe('checkSourceDraft', () => {
  it.each<[string, string, boolean]>([
    ['example.com', '', true],
    ['example.com', 'https://example.com/a\nhttps://example.com/b', true],
    ['example', '', false],
    ['example.com', 'https://example.com/a\nnot a url', false],
  ])('%s + feeds %j → ok %s', (domain, feeds, ok) => {
    expect(checkSourceDraft({ name: '', domain, feeds, region: '' }, 'edit').ok).toBe(ok);
  });
});

describe('SourceRow', () => {
  const source = { ...sourceForDomain('frontier-news.example'), name: 'Frontier' };

  it('is an element keyed by domain, with toggles that report changes', () => {
    const onChange = vi.fn();
    act(() =>
      render(
        <ul>
          <SourceRow
            source={source}
            access="listed"
            now={0}
            onChange={onChange}
            onRemove={vi.fn()}
            onGrant={vi.fn()}
          />
        </ul>,
        root,
      ),
    );
    expect(root.querySelector('[data-domain="frontier-news.example"]')).not.toBeNull();
    click(byLabel('Trusted'));
    expect(onChange).toHaveBeenCalledWith({ ...source, trusted: true });
  });

  it('asks for confirmation before removing', () => {
    const onRemove = vi.fn();
    act(() =>
      render(
        <ul>
          <SourceRow
            source={source}
            access="missing"
            now={0}
            onChange={vi.fn()}
            onRemove={onRemove}
            onGrant={vi.fn()}
          />
        </ul>,
        root,
      ),
    );
    expect(root.textContent).toContain('Allow access to frontier-news.example');
    click(button('Remove'));
    expect(onRemove).not.toHaveBeenCalled();
    click(button('Yes, remove Frontier'));
    expect(onRemove).toHaveBeenCalledWith(source);
  });
});

describe('Disclosure', () => {
  it('toggles aria-expanded and its content', () => {
    act(() => render(<Disclosure summary="Show sentence">The quoted sentence.</Disclosure>, root));
    const toggle = root.querySelector('button')!;
    const body = root.querySelector(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hasAttribute('hidden')).toBe(true);
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.textContent).toBe('The quoted sentence.');
  });
});

describe('ImportExport', () => {
  it('lists import errors and says nothing changed', async () => {
    act(() =>
      render(
        <ImportExport
          onExport={vi.fn()}
          onImport={async () => ['sources[2].domain: bad', 'prefs: missing']}
          onClear={async () => 0}
        />,
        root,
      ),
    );
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'settings.json')] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Nothing was changed');
    expect(alert.querySelectorAll('li').length).toBe(2);
  });

  it('clears reports only after confirmation and reports the count', async () => {
    const onClear = vi.fn(async () => 12);
    act(() =>
      render(<ImportExport onExport={vi.fn()} onImport={async () => []} onClear={onClear} />, root),
    );
    click(button('Clear stored reports'));
    expect(onClear).not.toHaveBeenCalled();
    await act(async () => button('Yes, clear all stored reports').click());
    expect(onClear).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('Removed 12 stored reports.');
  });
});

describe('RefreshPanel', () => {
  it('shows progress while running and offers the four intervals', () => {
    act(() =>
      render(
        <RefreshPanel
          progress={{
            running: true,
            done: 3,
            total: 10,
            current: 'Dawn',
            startedAt: 0,
            finishedAt: null,
          }}
          refreshMinutes={30}
          now={0}
          onRefresh={vi.fn()}
          onIntervalChange={vi.fn()}
        />,
        root,
      ),
    );
    expect(root.querySelector('progress')!.getAttribute('value')).toBe('3');
    expect(root.textContent).toContain('3 of 10 sources read — reading Dawn');
    expect(button('Refreshing').disabled).toBe(true);
    expect([...root.querySelectorAll('option')].map((o) => o.value)).toEqual([
      '15',
      '30',
      '60',
      '180',
    ]);
  });
});

describe('SourceList', () => {
  it('filters by name or domain and says how many are shown', () => {
    const sources = ['alpha-news.example', 'beta-times.example', 'gamma.example'].map((d) =>
      sourceForDomain(d),
    );
    act(() =>
      render(
        <SourceList
          sources={sources}
          health={{}}
          access={() => 'listed'}
          now={0}
          onChange={vi.fn()}
          onRemove={vi.fn()}
          onGrant={vi.fn()}
        />,
        root,
      ),
    );
    expect(root.querySelectorAll('[data-domain]').length).toBe(3);
    type(byLabel('Filter sources'), 'BETA');
    expect(
      [...root.querySelectorAll('[data-domain]')].map((e) => e.getAttribute('data-domain')),
    ).toEqual(['beta-times.example']);
    expect(root.textContent).toContain('Showing 1 of 3 sources');
  });
});
