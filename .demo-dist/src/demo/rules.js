// placeholder replaced below
export const DEMO_RULES = [];
//# sourceMappingURL=rules.js.map