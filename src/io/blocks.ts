// Growable typed storage sized from an estimate of the row count (from the file size and the sample),
// so that the finished column is the same array, not a copy: a column's peak is its size, not twice it.

type TypedArray = Float64Array | Int32Array | Uint8Array;
type TypedCtor<T extends TypedArray> = new (n: number) => T;

export class Blocks<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly Ctor: TypedCtor<T>,
    capacity = 1024,
  ) {
    this.data = new Ctor(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = v;
  }

  private grow(): void {
    const bigger = new this.Ctor(Math.ceil(this.data.length * 1.5) + 16);
    bigger.set(this.data);
    this.data = bigger;
  }

  /** The values as one array (a view when the estimate was close, else a trimmed copy). */
  toArray(): T {
    const n = this.length;
    const spare = this.data.length - n;
    const out = spare <= n / 6 ? (this.data.subarray(0, n) as T) : (this.data.slice(0, n) as T);
    this.data = new this.Ctor(0);
    return out;
  }
}

export const f64Blocks = (capacity?: number) => new Blocks(Float64Array, capacity);
export const i32Blocks = (capacity?: number) => new Blocks(Int32Array, capacity);
export const u8Blocks = (capacity?: number) => new Blocks(Uint8Array, capacity);
