import { Benefits, computeBenefits } from '../src/demo/benefits.js';
import { drawHousehold, Household } from '../src/demo/household.js';
import { createRng } from '../src/random.js';
const rng = createRng(1);
const h = new Household(); const b = new Benefits();
let tries = 0, kept = 0;
for (let i = 0; i < 50000; i++) { for (let a = 0; a < 6; a++) { tries++; drawHousehold(rng, h); computeBenefits(h, b); if (b.annual > 0) break; } kept++; }
console.log('attempts per household', tries / kept);
