export declare const DEMO_RULES: never[];
