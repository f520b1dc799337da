export function generateDirectory() {
    throw new Error('x');
}
//# sourceMappingURL=directory.js.map