import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { parseHTML } from 'linkedom';
import { MarkCard } from '../../../components/MarkCard';

const mark = {
  kind: 'parties' as const,
  title: 'Afghan forces killed — claimed by Pakistan',
  label: 'Parties disagree',
  pageValue: 'at least 274',
  others: [{ value: '13', source: 'Dawn, 27 Feb 2026', claim: 'claimed by Afghanistan (Taliban)' }],
};

describe('MarkCard', () => {
  it('names the disagreement in words with an icon, the page’s value and the others’', () => {
    const html = renderToString(<MarkCard mark={mark} onClose={() => {}} />);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const card = document.querySelector('[role="dialog"]')!;
    expect(card.getAttribute('aria-label')).toBe('Crosscheck: Parties disagree');
    expect(card.querySelector('.label [aria-hidden="true"]')!.textContent).toContain('⚖');
    expect(card.textContent).toContain('This page: at least 274');
    expect(card.querySelector('li')!.textContent).toBe(
      '13 — Dawn, 27 Feb 2026 (claimed by Afghanistan (Taliban))',
    );
    expect(card.querySelector('button')!.textContent).toContain('Close');
  });

  it('renders outlet text as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = renderToString(
      <MarkCard
        mark={{ ...mark, others: [{ ...mark.others[0]!, source: evil }] }}
        onClose={() => {}}
      />,
    );
    expect(html).not.toContain('<img');
  });
});
