/**
 * One report of the bundled reference set as the generator writes it
 * (scripts/build-reference.ts, from the labelled real-reporting corpus).
 * Facts only: no sentence of the article travels with it.
 */
import type { Claimant, Measure, Qualifier, Subject } from '../types';

export interface ReferenceFigure {
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  /** The short figure phrase as the outlet wrote it ("at least 274 Afghan fighters"). */
  text: string;
}

export interface ReferenceEntry {
  /** Id of the label it was built from (tests/realworld/labels/<label>.json). */
  label: string;
  /** The article's address exactly as labelled. */
  url: string;
  outlet: string;
  domain: string;
  /** ISO date, or null when the label has none. */
  published: string | null;
  /** Id of the episode in lib/conflict/events.ts. */
  eventId: string;
  /** Our own short description (episode and topic words), never the outlet's headline. */
  title: string;
  /** Actors and places named in our title and the figure phrases (canonical names). */
  signals: string[];
  figures: ReferenceFigure[];
}
