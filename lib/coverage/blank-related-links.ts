/**
 * Links to other stories that a saved page keeps inline ("ALSO READ: …",
 * "Read more: …", "Related: …"): another story's headline, blanked up to the
 * end of its sentence or line so that it counts neither as the lead nor as
 * evidence. A colon, bar or dash after the label is required, so prose that
 * says "read more" is left alone.
 */
const RELATED_LINK =
  /(?<![\p{L}\p{N}])(?:also\s+read(?:\s+this)?|read\s+(?:this\s+)?also|read\s+more|see\s+also|must\s+read|related(?:\s+(?:stories|news|articles?|coverage))?|recommended)\s*[:|–—]\s*[^\n]*?(?:[.!?]["'’”]?(?=\s)|(?=\n)|$)/giu;

/** @example blankRelatedLinks('ALSO READ: Other story.\nText') // '                       \nText' */
export function blankRelatedLinks(text: string): string {
  return text.replace(RELATED_LINK, (m) => m.replace(/[^\n]/g, ' '));
}
