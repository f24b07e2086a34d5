package io.onboard.cli.console;

import picocli.CommandLine.Option;

/** How to reach a seller or store: phone, email and website. */
public final class ContactOptions {
    @Option(names = "--phone", paramLabel = "<E.164>", description = "Phone number in E.164 form, e.g. +4722334455 (phone_number).")
    private String phone;

    @Option(names = "--email", paramLabel = "<email>", description = "Email address (email).")
    private String email;

    @Option(names = "--website", paramLabel = "<url>", description = "Website, e.g. https://oslokaffe.no (website).")
    private String website;

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String website() {
        return website;
    }
}
