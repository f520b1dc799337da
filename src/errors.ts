// One error type for everything a user can cause. The CLI prints `message` on one line and exits with
// `exitCode`; it never shows a stack trace unless --debug.

export type ErrorKind = 'usage' | 'data';

export interface ErrorPlace {
  file?: string;
  /** 1-based line number in the file. */
  line?: number;
  /** Column name or 1-based field number. */
  column?: string | number;
}

export class FictifError extends Error {
  readonly kind: ErrorKind;
  readonly place: ErrorPlace;
  constructor(kind: ErrorKind, message: string, place: ErrorPlace = {}) {
    super(message);
    this.name = 'FictifError';
    this.kind = kind;
    this.place = place;
  }
  /** Exit code: 2 for usage errors (bad options, unknown column), 1 for data errors (bad file). */
  get exitCode(): number {
    return this.kind === 'usage' ? 2 : 1;
  }
  /** "file.csv:12: column 'age': message" */
  describe(): string {
    const { file, line, column } = this.place;
    let where = file ?? '';
    if (line !== undefined) where += `${where ? ':' : 'line '}${line}`;
    const col =
      column === undefined ? '' : typeof column === 'number' ? `field ${column}: ` : `column '${column}': `;
    return `${where ? `${where}: ` : ''}${col}${this.message}`;
  }
}

export const usageError = (message: string, place?: ErrorPlace) => new FictifError('usage', message, place);
export const dataError = (message: string, place?: ErrorPlace) => new FictifError('data', message, place);
