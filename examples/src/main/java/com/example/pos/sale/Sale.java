package com.example.pos.sale;

import java.util.Objects;

/** A sale rung up at a till: the point-of-sale system's own domain, which knows nothing of Onboard. */
public record Sale(String reference, long amountInMinorUnits, String currency) {
    public Sale {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(currency, "currency");
        if (amountInMinorUnits <= 0) {
            throw new IllegalArgumentException("a sale is for a positive amount, got " + amountInMinorUnits);
        }
    }
}
