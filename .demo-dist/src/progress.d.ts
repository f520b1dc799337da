export type Progress = (done: number, total: number, label?: string) => void;
export declare const noProgress: Progress;
