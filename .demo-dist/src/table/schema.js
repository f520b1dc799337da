export const COLUMN_ROLES = [
    'identifier',
    'quasi-identifier',
    'sensitive',
    'special-category',
    'other',
    'ignore',
];
//# sourceMappingURL=schema.js.map