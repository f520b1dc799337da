// Growable typed storage in fixed blocks: appending never copies, and the final array is assembled
// once (so a column's peak is its size plus one copy, not the 2x of a doubling buffer).
const BLOCK = 65536;
export class Blocks {
    Ctor;
    full = [];
    current;
    pos = 0;
    length = 0;
    constructor(Ctor) {
        this.Ctor = Ctor;
        this.current = new Ctor(BLOCK);
    }
    push(v) {
        if (this.pos === BLOCK) {
            this.full.push(this.current);
            this.current = new this.Ctor(BLOCK);
            this.pos = 0;
        }
        this.current[this.pos++] = v;
        this.length++;
    }
    get(i) {
        const b = Math.floor(i / BLOCK);
        const block = b < this.full.length ? this.full[b] : this.current;
        return block[i % BLOCK];
    }
    /** The values as one array; the builder must not be used afterwards. */
    toArray() {
        const out = new this.Ctor(this.length);
        let at = 0;
        for (const b of this.full) {
            out.set(b, at);
            at += b.length;
        }
        out.set(this.current.subarray(0, this.pos), at);
        this.full.length = 0;
        return out;
    }
}
export const f64Blocks = () => new Blocks(Float64Array);
export const i32Blocks = () => new Blocks(Int32Array);
export const u8Blocks = () => new Blocks(Uint8Array);
//# sourceMappingURL=blocks.js.map