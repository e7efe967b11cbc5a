/**
 * What a member of a counted group takes from the group's head figure: in
 * "killing 10 Afghan civilians, including five boys" or "nine children (five
 * boys and four girls)" the members are on the head's side unless they name
 * their own, and a member of no stated kind ("three men") is of the head's
 * kind. Kept in one place so every inheritance rule agrees on it.
 */
import type { Subject } from '../types';

export type Side = 'afghanistan' | 'pakistan';

/** The side a head figure's subject names, or null when it names none (people, militants, other). */
export function memberSide(head: Subject): Side | null {
  switch (head) {
    case 'afghan-forces':
    case 'afghan-civilians':
      return 'afghanistan';
    case 'pakistani-forces':
    case 'pakistani-civilians':
      return 'pakistan';
    default:
      return null;
  }
}

/** A member's subject: its own, except that "people" of no stated kind are of the head's kind. */
export function memberSubject(own: Subject, head: Subject): Subject {
  return own === 'people' && head !== 'other' ? head : own;
}
