package com.example.shop.jdbc;

/** Onboard-layout fixture: the driven adapter, itself innocent. */
public class Orders {
    public void insert(String basket) {
    }
}
