import { type Column } from './column.js';
import { type ColumnSchema, type Schema } from './schema.js';
import { Table } from './table.js';
/** The schema as read from the data: kinds, missing rates, categories with counts, ranges. */
export declare function inferSchema(table: Table): Schema;
/**
 * The table with each column named in the schema converted to the schema's kind (a postal code read
 * as a number becomes an identifier, a 0/1 column categorical, ...). Columns the schema does not name
 * are kept as they are; roles (even 'ignore') do not drop columns: they are for the other commands.
 * A column the schema names but the table lacks is a usage error.
 */
export declare function applySchema(table: Table, schema: Schema): Table;
/** One column in the kind a schema entry asks for. */
export declare function convertColumn(col: Column, target: ColumnSchema, file?: string): Column;
/**
 * A schema file checked field by field; every problem is one line naming the column and the field.
 * Only `name` and `kind` are required; `nullable` defaults to true.
 */
export declare function parseSchema(text: string, file?: string): Schema;
