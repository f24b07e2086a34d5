package com.example.shop.http;

import com.example.shop.application.service.CheckoutService;
import com.example.shop.jdbc.Orders;

/** Onboard-layout fixture: a controller that uses a service and the JDBC adapter, as only Main may. */
public class CheckoutController {
    public void post(String basket) {
        new Orders().insert(basket);
        new CheckoutService().checkout(basket);
    }
}
