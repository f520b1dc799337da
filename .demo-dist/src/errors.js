// One error type for everything a user can cause. The CLI prints `message` on one line and exits with
// `exitCode`; it never shows a stack trace unless --debug.
export class FictifError extends Error {
    kind;
    place;
    constructor(kind, message, place = {}) {
        super(message);
        this.name = 'FictifError';
        this.kind = kind;
        this.place = place;
    }
    /** Exit code: 2 for usage errors (bad options, unknown column), 1 for data errors (bad file). */
    get exitCode() {
        return this.kind === 'usage' ? 2 : 1;
    }
    /** "file.csv:12: column 'age': message" */
    describe() {
        const { file, line, column } = this.place;
        let where = file ?? '';
        if (line !== undefined)
            where += `${where ? ':' : 'line '}${line}`;
        const col = column === undefined ? '' : typeof column === 'number' ? `field ${column}: ` : `column '${column}': `;
        return `${where ? `${where}: ` : ''}${col}${this.message}`;
    }
}
export const usageError = (message, place) => new FictifError('usage', message, place);
export const dataError = (message, place) => new FictifError('data', message, place);
//# sourceMappingURL=errors.js.map