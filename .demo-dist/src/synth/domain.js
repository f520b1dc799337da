// The discrete view of a table that the DP engine works on: every attribute is a small integer domain
// 0..size-1 (categories, bins of numbers and dates, a code for "missing").
/** Number of cells of the joint table over these attributes (indices into domain.attributes). */
export function cells(domain, attrs) {
    let n = 1;
    for (const a of attrs)
        n *= domain.sizes[a];
    return n;
}
//# sourceMappingURL=domain.js.map