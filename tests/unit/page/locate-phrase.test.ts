import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locatePhrase } from '../../../lib/page/locate-phrase';

/** The phrase as the position points at it, joined across nodes. */
function read(nodes: string[], at: NonNullable<ReturnType<typeof locatePhrase>>): string {
  if (at.startNode === at.endNode) return nodes[at.startNode]!.slice(at.startOffset, at.endOffset);
  return (
    nodes[at.startNode]!.slice(at.startOffset) +
    nodes.slice(at.startNode + 1, at.endNode).join('') +
    nodes[at.endNode]!.slice(0, at.endOffset)
  );
}

describe('locatePhrase', () => {
  it('finds a phrase inside one text node', () => {
    const nodes = ['Officials said 12 soldiers died.'];
    const at = locatePhrase(nodes, nodes[0]!, '12 soldiers');
    expect(at).toEqual({ startNode: 0, startOffset: 15, endNode: 0, endOffset: 26 });
  });

  it('finds a phrase split across elements (bold numbers, links)', () => {
    const nodes = ['Officials said ', 'at least 274', ' Afghan fighters were killed.'];
    const at = locatePhrase(
      nodes,
      'Officials said at least 274 Afghan fighters were killed.',
      'at least 274 Afghan fighters',
    );
    expect(at && read(nodes, at)).toBe('at least 274 Afghan fighters');
  });

  it('treats line breaks and repeated spaces on the page as one space', () => {
    const nodes = ['The military said at least\n      274 members were killed.'];
    const at = locatePhrase(
      nodes,
      'The military said at least 274 members were killed.',
      'at least 274 members',
    );
    expect(at && read(nodes, at)).toBe('at least\n      274 members');
  });

  it('prefers the mention in the figure’s own sentence over an earlier repeat', () => {
    const nodes = [
      'Earlier, 12 soldiers were reported hurt. ',
      'Later the army said 12 soldiers died.',
    ];
    const at = locatePhrase(nodes, 'Later the army said 12 soldiers died.', '12 soldiers');
    expect(at?.startNode).toBe(1);
  });

  it('answers null when the page no longer shows the phrase', () => {
    expect(
      locatePhrase(['Nothing here.'], 'Officials said 12 soldiers died.', '12 soldiers'),
    ).toBeNull();
    expect(locatePhrase(['Anything'], 'x', '   ')).toBeNull();
  });

  it('always points at text that reads as the phrase (whitespace aside)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (nodes, a, b) => {
          const flat = nodes.join('');
          const from = a % (flat.length + 1);
          const phrase = flat.slice(from, from + (b % 10));
          const at = locatePhrase(nodes, flat, phrase);
          if (phrase.trim() === '') return;
          expect(at).not.toBeNull();
          expect(read(nodes, at!).replace(/\s+/g, ' ').trim()).toBe(
            phrase.replace(/\s+/g, ' ').trim(),
          );
        },
      ),
    );
  });
});
