/**
 * Spellings some outlets keep for names the rules know under another one
 * ("Taleban", AFP's and the BBC's older style). Each is replaced by a
 * spelling of the same length, so offsets into the text stay valid.
 */
const SAME_LENGTH_SPELLINGS: readonly [RegExp, string][] = [[/(?<![\p{L}])Taleban/gu, 'Taliban']];

/**
 * The text with the names' other spellings read as the rules know them;
 * `text.length` is unchanged, and so is every offset.
 *
 * @example withCommonSpellings('Taleban fighters') // 'Taliban fighters'
 */
export function withCommonSpellings(text: string): string {
  let out = text;
  for (const [re, to] of SAME_LENGTH_SPELLINGS) out = out.replace(re, to);
  return out;
}
