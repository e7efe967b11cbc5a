/**
 * How the marks look in the article. Inserted by the background with
 * `scripting.insertCSS` (no element in the page). `::highlight()` allows
 * colours, text-decoration and text-shadow only, none of which moves text:
 * no layout shift. The two kinds differ in the underline's shape (wavy for
 * outlets disagreeing, double for the parties), not only in colour.
 */
import { HIGHLIGHT_NAMES } from './mark-config';

export const MARK_STYLES = `
::highlight(${HIGHLIGHT_NAMES.outlets}) {
  background-color: rgb(255 186 0 / 0.28);
  text-decoration-line: underline;
  text-decoration-style: wavy;
  text-decoration-color: #c2410c;
  text-decoration-thickness: 2px;
}
::highlight(${HIGHLIGHT_NAMES.parties}) {
  background-color: rgb(150 110 255 / 0.22);
  text-decoration-line: underline;
  text-decoration-style: double;
  text-decoration-color: #7c3aed;
  text-decoration-thickness: 2px;
}
`;
