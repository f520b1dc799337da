// SIREN (9 digits) and SIRET (14 digits: SIREN + 5-digit establishment number) carry a Luhn check digit.
// Exception: La Poste's establishments (SIREN 356 000 000) use "sum of digits divisible by 5".
export function luhnValid(digits) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (d < 0 || d > 9)
            return false;
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}
function compact(s) {
    return s.replace(/[\s.]/g, '');
}
export function isValidSiren(value) {
    const s = compact(value);
    return /^\d{9}$/.test(s) && s !== '000000000' && luhnValid(s);
}
export function isValidSiret(value) {
    const s = compact(value);
    if (!/^\d{14}$/.test(s) || /^0+$/.test(s))
        return false;
    if (s.startsWith('356000000')) {
        let sum = 0;
        for (const ch of s)
            sum += ch.charCodeAt(0) - 48;
        return sum % 5 === 0;
    }
    return luhnValid(s);
}
//# sourceMappingURL=luhn.js.map