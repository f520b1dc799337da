// Guessing the layout of delimited text from its first lines: line ending, delimiter, leading comments.

export const DELIMITERS = [',', ';', '\t', '|'] as const;

export type Newline = '\n' | '\r\n' | '\r';

/** The line ending of the first line break outside quotes (a quoted field may hold any). */
export function sniffNewline(text: string): Newline {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 10) return '\n';
    else if (!quoted && c === 13) {
      if (i + 1 === text.length) break; // its "\n" may follow: decide as below
      return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    }
  }
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/**
 * The delimiter that splits the first lines into the same number of fields, most often and into the
 * most fields; ',' when none splits anything (a one-column file).
 */
export function sniffDelimiter(text: string, newline: Newline, complete: boolean): string {
  let lines = text.split(newline);
  if (!complete && lines.length > 1) lines.pop();
  lines = lines.filter((l) => l.trim() !== '').slice(0, 50);
  if (lines.length === 0) return ',';
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0;
    let modeFreq = 0;
    for (const [c, f] of freq)
      if (c > 0 && (f > modeFreq || (f === modeFreq && c > mode))) [mode, modeFreq] = [c, f];
    if (mode === 0) continue;
    // Consistency first (share of lines with the usual count), then the number of fields.
    const score = (modeFreq / lines.length) * 1000 + Math.min(mode, 999);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/**
 * Leading lines starting with '#' are comments. Returns them (without the '#' and one space) and where
 * the data starts, or null when the text ends inside the comments and more text is needed.
 */
export function leadingComments(
  text: string,
  newline: Newline,
  complete: boolean,
): { comments: string[]; start: number; lines: number } | null {
  const comments: string[] = [];
  let at = 0;
  let lines = 0;
  while (at < text.length && text[at] === '#') {
    const end = text.indexOf(newline, at);
    if (end < 0) {
      if (!complete) return null;
      comments.push(text.slice(at + 1).replace(/^ /, ''));
      return { comments, start: text.length, lines: lines + 1 };
    }
    comments.push(text.slice(at + 1, end).replace(/^ /, ''));
    at = end + newline.length;
    lines++;
  }
  return { comments, start: at, lines };
}
