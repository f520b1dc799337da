import { Table } from '../table/table.js';
export declare function parseParquet(bytes: Uint8Array, options?: {
    file?: string;
}): Promise<Table>;
/** A Parquet file written chunk by chunk: `write` emits one row group, bytes go to `flush`. */
export declare class ParquetChunkWriter {
    private readonly flush;
    private writer;
    private readonly bytes;
    constructor(flush: (bytes: Uint8Array) => Promise<void>);
    write(chunk: Table): Promise<void>;
    close(empty: Table): Promise<void>;
    private drain;
}
/** A whole table as Parquet bytes. */
export declare function formatParquet(table: Table): Promise<Uint8Array>;
