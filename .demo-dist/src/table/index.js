export * from './column.js';
export * from './schema.js';
export * from './table.js';
//# sourceMappingURL=index.js.map