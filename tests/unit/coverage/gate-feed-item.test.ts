import { describe, expect, it } from 'vitest';
import { gateFeedItem, type FeedItemGateInput } from '../../../lib/coverage/gate-feed-item';

/** Feed items written for these tests, in the shapes feeds give them (title, one-paragraph summary, tags). */
const FETCH: readonly (readonly [string, FeedItemGateInput])[] = [
  [
    'a clash told in Urdu',
    { title: 'پاک افغان سرحد پر رات بھر جھڑپیں، کئی چوکیاں تباہ', summary: '' },
  ],
  [
    'air strikes told in Hindi',
    { title: 'पाकिस्तान ने अफगानिस्तान के खोस्त में किए हवाई हमले', summary: '' },
  ],
  ['operation name alone', { title: "'Righteous Fury': Operation Ghazab lil-Haq", summary: '' }],
  ['operation name transliterated', { title: 'Ghazab-ul-Haq: day three', summary: '' }],
  [
    'tally under the operation name',
    {
      title: 'Tarar updates tally of Operation Ghazab Lil Haqq',
      summary: 'The minister said 600 operatives were killed.',
    },
  ],
  ['both sides, terse', { title: 'Kabul and Islamabad trade blame', summary: '' }],
  [
    'both sides and a ceasefire',
    { title: 'Pakistan, Afghanistan agree to truce in Doha', summary: '' },
  ],
  ['one side and strikes', { title: 'Civilians killed in Khost strikes', summary: '' }],
  [
    'cricketers killed in a strike',
    {
      title: 'Three club cricketers among dead in Paktika air strike',
      summary:
        'The Afghanistan Cricket Board said the players were killed in an air strike on their village.',
    },
  ],
  ['spokesman and the fighting', { title: 'Mujahid says retaliation will follow', summary: '' }],
  [
    'the subject only in the summary',
    {
      title: 'Overnight raids leave 18 dead',
      summary: 'Taliban officials said Pakistani jets hit homes in Nangarhar and Paktika.',
    },
  ],
  [
    'the subject only in the categories',
    {
      title: 'What we know so far',
      summary: '',
      categories: ['Pakistan', 'Afghanistan', 'Conflict'],
    },
  ],
  ['Durand Line', { title: 'Firing reported along the Durand Line', summary: '' }],
  ['border crossing shut', { title: 'Torkham stays shut for a third week', summary: '' }],
  [
    'a date it cannot be sure of',
    { title: 'Pakistan and Afghanistan exchange fire', summary: '', published: 'last Tuesday' },
  ],
  [
    'a date after the last known episode (a new round may have begun)',
    { title: 'Fresh clashes on Pakistan-Afghanistan border', summary: '', published: '2026-09-01' },
  ],
  [
    'a date inside an episode',
    { title: 'Afghan forces attack border posts', summary: '', published: '2025-10-12T08:00:00Z' },
  ],
];

const SKIP: readonly (readonly [string, FeedItemGateInput])[] = [
  [
    'a cricket win told in Hindi',
    { title: 'एशिया कप: अफगानिस्तान ने पाकिस्तान को 6 विकेट से हराया', summary: '' },
  ],
  [
    'an earthquake told in Urdu',
    { title: 'افغانستان میں زلزلہ، پاکستان میں بھی جھٹکے محسوس', summary: '' },
  ],
  ['cricket score', { title: 'Pakistan beat Afghanistan by 39 runs', summary: '' }],
  [
    'cricket with a summary',
    {
      title: 'Afghanistan stun Pakistan in tri-series opener',
      summary: 'Rashid Khan took four wickets as Afghanistan won by 18 runs in Sharjah.',
    },
  ],
  ['earthquake', { title: 'Quake in Kunar kills hundreds, Pakistan sends aid', summary: '' }],
  [
    'Iran–Afghanistan border',
    { title: 'Iranian border guards clash with Taliban in Nimroz', summary: '' },
  ],
  [
    'nothing of either side',
    { title: 'Markets close higher on tech rally', summary: 'Stocks rose.' },
  ],
  ['one side, no fighting', { title: 'Pakistan budget raises tax on property', summary: '' }],
  [
    'certain date between episodes',
    { title: 'Pakistan and Afghanistan clash at border', summary: '', published: '2025-12-20' },
  ],
  [
    'certain date before every episode',
    {
      title: 'Afghan and Pakistani forces exchange fire',
      summary: '',
      published: '2022-05-10T10:00:00Z',
    },
  ],
];

const NOW = Date.parse('2026-10-01T00:00:00Z');

describe('gateFeedItem', () => {
  it.each(FETCH)('fetches: %s', (_name, item) => {
    expect(gateFeedItem(item, NOW).passed).toBe(true);
  });

  it.each(SKIP)('skips: %s', (_name, item) => {
    expect(gateFeedItem(item, NOW).passed).toBe(false);
  });

  it('says why it skipped an item for its date', () => {
    const v = gateFeedItem(SKIP.find(([n]) => n.startsWith('certain date between'))![1], NOW);
    expect(v.reason).toBe('outside every episode');
  });

  it('does not trust a date in the future', () => {
    const item = {
      title: 'Pakistan and Afghanistan clash at border',
      summary: '',
      published: '2027-01-01',
    };
    expect(gateFeedItem(item, NOW).passed).toBe(true);
  });

  it('reports the operation name among its signals', () => {
    const v = gateFeedItem(FETCH.find(([name]) => name === 'operation name alone')![1], NOW);
    expect(v.reason).toBe('episode name');
    expect(v.signals.length).toBeGreaterThan(0);
  });
});
