import type { Rng } from '../random.js';
import { type Column, type NumberKind, type StringKind } from '../table/column.js';
import { type Benefits } from './benefits.js';
import { type Household } from './household.js';
interface NumSlot {
    kind: NumberKind;
    v: Float64Array;
}
interface CatSlot {
    categories: readonly string[];
    v: Int32Array;
}
interface BoolSlot {
    v: Uint8Array;
}
interface StrSlot {
    kind: StringKind;
    v: string[];
    m: Uint8Array;
}
type Slot = {
    name: string;
} & (({
    t: 'num';
} & NumSlot) | ({
    t: 'cat';
} & CatSlot) | ({
    t: 'bool';
} & BoolSlot) | ({
    t: 'str';
} & StrSlot));
/** Typed buffers for n rows, one per column, in file order. */
export declare function createDemoColumns(n: number): {
    n: number;
    slots: Slot[];
    id: {
        name: string;
        t: "str";
        kind: StringKind;
        v: string[];
        m: Uint8Array<ArrayBuffer>;
    };
    nir: {
        name: string;
        t: "str";
        kind: StringKind;
        v: string[];
        m: Uint8Array<ArrayBuffer>;
    };
    phone: {
        name: string;
        t: "str";
        kind: StringKind;
        v: string[];
        m: Uint8Array<ArrayBuffer>;
    };
    email: {
        name: string;
        t: "str";
        kind: StringKind;
        v: string[];
        m: Uint8Array<ArrayBuffer>;
    };
    opened: Float64Array<ArrayBuffer>;
    streetNumber: Float64Array<ArrayBuffer>;
    streetSuffix: Int32Array<ArrayBuffer>;
    street: {
        name: string;
        t: "str";
        kind: StringKind;
        v: string[];
        m: Uint8Array<ArrayBuffer>;
    };
    postal: Int32Array<ArrayBuffer>;
    commune: Int32Array<ArrayBuffer>;
    communeName: Int32Array<ArrayBuffer>;
    housingType: Int32Array<ArrayBuffer>;
    aSex: Int32Array<ArrayBuffer>;
    aBirth: Float64Array<ArrayBuffer>;
    aNationality: Int32Array<ArrayBuffer>;
    aActivity: Int32Array<ArrayBuffer>;
    aOccupation: Int32Array<ArrayBuffer>;
    marital: Int32Array<ArrayBuffer>;
    hasPartner: Uint8Array<ArrayBuffer>;
    pNir: {
        name: string;
        t: "str";
        kind: StringKind;
        v: string[];
        m: Uint8Array<ArrayBuffer>;
    };
    pSex: Int32Array<ArrayBuffer>;
    pBirth: Float64Array<ArrayBuffer>;
    pNationality: Int32Array<ArrayBuffer>;
    pActivity: Int32Array<ArrayBuffer>;
    pOccupation: Int32Array<ArrayBuffer>;
    adults: Float64Array<ArrayBuffer>;
    children: Float64Array<ArrayBuffer>;
    under3: Float64Array<ArrayBuffer>;
    under6: Float64Array<ArrayBuffer>;
    others: Float64Array<ArrayBuffer>;
    dependants: Float64Array<ArrayBuffer>;
    persons: Float64Array<ArrayBuffer>;
    singleParent: Uint8Array<ArrayBuffer>;
    child: {
        birth: Float64Array<ArrayBuffer>;
        sex: Int32Array<ArrayBuffer>;
        joint: Uint8Array<ArrayBuffer>;
    }[];
    aEarned: Float64Array<ArrayBuffer>;
    pEarned: Float64Array<ArrayBuffer>;
    earned: Float64Array<ArrayBuffer>;
    other: Float64Array<ArrayBuffer>;
    earnedYear: Float64Array<ArrayBuffer>;
    otherYear: Float64Array<ArrayBuffer>;
    rfr: Float64Array<ArrayBuffer>;
    qf: Float64Array<ArrayBuffer>;
    tenure: Int32Array<ArrayBuffer>;
    social: Uint8Array<ArrayBuffer>;
    surface: Float64Array<ArrayBuffer>;
    rent: Float64Array<ArrayBuffer>;
    loan: Float64Array<ArrayBuffer>;
    zone: Int32Array<ArrayBuffer>;
    disability: Float64Array<ArrayBuffer>;
    aeehChildren: Float64Array<ArrayBuffer>;
    rsaForfait: Float64Array<ArrayBuffer>;
    alType: Int32Array<ArrayBuffer>;
    series: {
        current: Float64Array<ArrayBuffer>;
        months: Float64Array<ArrayBuffer>[];
    }[];
    ars: Float64Array<ArrayBuffer>;
    total: Float64Array<ArrayBuffer>[];
    totalYear: Float64Array<ArrayBuffer>;
};
export type DemoColumns = ReturnType<typeof createDemoColumns>;
/** Write household `h` with benefits `b` at buffer row i; `ids` draws the identifiers. */
export declare function putHousehold(c: DemoColumns, i: number, h: Household, b: Benefits, allocataire: string, ids: Rng): void;
/** The columns (views over the first `rows` rows). */
export declare function demoColumnList(c: DemoColumns, rows?: number): Column[];
export {};
