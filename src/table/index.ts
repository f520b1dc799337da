export * from './column.js';
export * from './schema.js';
export * from './table.js';
export * from './concat.js';
export * from './record.js';
