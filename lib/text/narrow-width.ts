/**
 * The text with full-width ASCII (digits, Latin letters, "＋", "．" and the like) written
 * half-width, one character for one: offsets into the result are offsets into the text.
 * Kana, kanji and Japanese punctuation (「」、。) are left as written.
 */
export function narrowWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => {
    const narrow = String.fromCharCode(char.charCodeAt(0) - 0xfee0);
    // Brackets, which Japanese text writes full-width as its own punctuation, stay as they are.
    return '()[]{}'.includes(narrow) ? char : narrow;
  });
}
