type TypedArray = Float64Array | Int32Array | Uint8Array;
type TypedCtor<T extends TypedArray> = new (n: number) => T;
export declare class Blocks<T extends TypedArray> {
    private readonly Ctor;
    private readonly full;
    private current;
    private pos;
    length: number;
    constructor(Ctor: TypedCtor<T>);
    push(v: number): void;
    get(i: number): number;
    /** The values as one array; the builder must not be used afterwards. */
    toArray(): T;
}
export declare const f64Blocks: () => Blocks<Float64Array<ArrayBuffer>>;
export declare const i32Blocks: () => Blocks<Int32Array<ArrayBuffer>>;
export declare const u8Blocks: () => Blocks<Uint8Array<ArrayBuffer>>;
export {};
