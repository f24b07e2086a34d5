package io.onboard.domain.seller;

import java.math.BigInteger;

/** The check-digit algorithms that organization and bank account numbers carry. */
final class Checksums {
    private Checksums() {
    }

    /** Weighted digit sum of the first {@code weights.length} digits. */
    static int weightedSum(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /**
     * The classic MOD11 control digit over the digits before the last one: 11 minus the remainder,
     * where 11 means 0 and 10 means no valid number has these leading digits.
     */
    static boolean mod11ControlDigitMatches(String digits, int... weights) {
        int remainder = weightedSum(digits, weights) % 11;
        int control = remainder == 0 ? 0 : 11 - remainder;
        return control != 10 && control == digits.charAt(weights.length) - '0';
    }

    /** Luhn (MOD10) over all digits, the last one being the check digit. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 MOD97: country and check digits moved to the end, letters as 10..35, remainder 1. */
    static boolean iban(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.getNumericValue(c));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
