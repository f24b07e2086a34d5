package com.example.shop.application.service;

/** Onboard-layout fixture: a service, itself innocent. */
public class CheckoutService {
    public void checkout(String basket) {
    }
}
