export const noProgress = () => { };
//# sourceMappingURL=progress.js.map