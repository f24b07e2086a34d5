package com.example.shop.http;

import com.example.shop.application.service.CheckoutService;
import com.example.shop.jdbc.Orders;

/** Onboard-layout fixture: a class named Main in an adapter is a composition root, so it may wire all this. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        new Orders().insert(args[0]);
        new CheckoutService().checkout(args[0]);
    }
}
