// Long computations report progress through this callback; the CLI turns it into a terminal bar
// (quiet when not a TTY), the browser app into a progress element. The core never prints.
export type Progress = (done: number, total: number, label?: string) => void;

export const noProgress: Progress = () => {};
