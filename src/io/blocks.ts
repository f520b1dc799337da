// Growable typed storage sized from an estimate of the row count (from the file size and the sample),
// so that the finished column is the same array, not a copy: a column's peak is its size, not twice it.
// One class per array type: a store shared by several typed-array types is polymorphic, and this one
// runs for every cell. Storage past `length` is always zero (a missing mask needs only its ones written).

/** The values as one array: a view when the estimate was close, else a trimmed copy. */
function trim<T extends Float64Array | Int32Array | Uint8Array>(data: T, n: number): T {
  return (data.length - n <= n / 6 ? data.subarray(0, n) : data.slice(0, n)) as T;
}

export class F64Blocks {
  private data: Float64Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Float64Array(Math.max(16, capacity));
  }
  /**
   * Room for n more values: the storage, to write at [length, length + n) and then move `length`
   * (a loop over many cells writes there directly instead of calling push for each).
   */
  reserve(n: number): Float64Array {
    if (this.length + n > this.data.length)
      this.data = grown(this.data, new Float64Array(Math.max(bigger(this.data.length), this.length + n)));
    return this.data;
  }
  push(v: number): void {
    if (this.length === this.data.length)
      this.data = grown(this.data, new Float64Array(bigger(this.data.length)));
    this.data[this.length++] = v;
  }
  toArray(): Float64Array {
    const out = trim(this.data, this.length);
    this.data = new Float64Array(0);
    return out;
  }
}

export class I32Blocks {
  private data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  /**
   * Room for n more values: the storage, to write at [length, length + n) and then move `length`
   * (a loop over many cells writes there directly instead of calling push for each).
   */
  reserve(n: number): Int32Array {
    if (this.length + n > this.data.length)
      this.data = grown(this.data, new Int32Array(Math.max(bigger(this.data.length), this.length + n)));
    return this.data;
  }
  push(v: number): void {
    if (this.length === this.data.length)
      this.data = grown(this.data, new Int32Array(bigger(this.data.length)));
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    const out = trim(this.data, this.length);
    this.data = new Int32Array(0);
    return out;
  }
}

export class U8Blocks {
  private data: Uint8Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint8Array(Math.max(16, capacity));
  }
  /**
   * Room for n more values: the storage, to write at [length, length + n) and then move `length`
   * (a loop over many cells writes there directly instead of calling push for each).
   */
  reserve(n: number): Uint8Array {
    if (this.length + n > this.data.length)
      this.data = grown(this.data, new Uint8Array(Math.max(bigger(this.data.length), this.length + n)));
    return this.data;
  }
  push(v: number): void {
    if (this.length === this.data.length)
      this.data = grown(this.data, new Uint8Array(bigger(this.data.length)));
    this.data[this.length++] = v;
  }
  /** Push a 0: new storage is zeroed, so only the length moves. */
  pushZero(): void {
    if (this.length === this.data.length)
      this.data = grown(this.data, new Uint8Array(bigger(this.data.length)));
    this.length++;
  }
  toArray(): Uint8Array {
    const out = trim(this.data, this.length);
    this.data = new Uint8Array(0);
    return out;
  }
}

function bigger(n: number): number {
  return Math.ceil(n * 1.5) + 16;
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(old: T, fresh: T): T {
  fresh.set(old);
  return fresh;
}

export const f64Blocks = (capacity?: number) => new F64Blocks(capacity);
export const i32Blocks = (capacity?: number) => new I32Blocks(capacity);
export const u8Blocks = (capacity?: number) => new U8Blocks(capacity);
