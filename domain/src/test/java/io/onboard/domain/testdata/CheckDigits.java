package io.onboard.domain.testdata;

/**
 * The check-digit algorithms of SPEC 2, written again independently of the domain, so the tests can
 * compute and verify examples instead of trusting the code under test.
 */
public final class CheckDigits {
    private CheckDigits() {
    }

    private static int weightedSum(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Character.digit(digits.charAt(i), 10) * weights[i];
        }
        return sum;
    }

    /** The MOD11 control digit for the leading digits, or -1 when it would be 10 (no valid number). */
    public static int mod11Control(String leading, int... weights) {
        int remainder = weightedSum(leading, weights) % 11;
        int control = remainder == 0 ? 0 : 11 - remainder;
        return control == 10 ? -1 : control;
    }

    /** Norwegian organization number control digit for 8 leading digits (weights 3,2,7,6,5,4,3,2). */
    public static int norwegianOrgControl(String eightDigits) {
        return mod11Control(eightDigits, 3, 2, 7, 6, 5, 4, 3, 2);
    }

    /** Norwegian bank account (BBAN) control digit for 10 leading digits (weights 5,4,3,2,7,6,5,4,3,2). */
    public static int norwegianBbanControl(String tenDigits) {
        return mod11Control(tenDigits, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2);
    }

    public static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = Character.digit(digits.charAt(i), 10);
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** Danish CVR: weights 2,7,6,5,4,3,2,1 over all 8 digits, valid when the sum is divisible by 11. */
    public static boolean danishValid(String eightDigits) {
        return weightedSum(eightDigits, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0;
    }

    /** Finnish Y-tunnus remainder of the 7 leading digits (weights 7,9,10,5,8,4,2); 1 means never issued. */
    public static int finnishRemainder(String sevenDigits) {
        return weightedSum(sevenDigits, 7, 9, 10, 5, 8, 4, 2) % 11;
    }

    public static boolean finnishValid(String written) {
        int remainder = finnishRemainder(written.substring(0, 7));
        if (remainder == 1) {
            return false;
        }
        return (remainder == 0 ? 0 : 11 - remainder) == Character.digit(written.charAt(8), 10);
    }

    /** ISO 13616: move the first four characters to the end, letters become 10..35, the number mod 97 is 1. */
    public static boolean ibanValid(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            String part = Integer.toString(Character.digit(c, 36));
            for (char p : part.toCharArray()) {
                remainder = (remainder * 10 + (p - '0')) % 97;
            }
        }
        return remainder == 1;
    }
}
