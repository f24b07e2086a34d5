package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Backoffice in Debian's headless Chromium against the built server jar, as an operator uses it: signed in
 * with the credentials the server printed, onboarding through the pages only. Each test leaves a screenshot
 * under {@code target/screenshots/}, and every page it visits is checked with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackofficeIT {
    private static final String ACCOUNT = "/v1/accounts/T00000001";

    @TempDir
    static Path folder;
    private ServerProcess server;
    private String base;
    private Browser browser;
    private String test;

    @BeforeAll
    void start() throws Exception {
        server = startServer();
        base = "http://localhost:" + server.port;
    }

    /** The built jar on the database under test: a SQLite file here, PostgreSQL in {@code PostgresBackofficeIT}. */
    ServerProcess startServer() throws Exception {
        return ServerProcess.start(folder.resolve("onboard.db"));
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
    }

    @BeforeEach
    void open(TestInfo info) throws Exception {
        test = info.getTestMethod().orElseThrow().getName();
        browser = Browser.open();
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.screenshot(test);
            browser.close();
        }
    }

    @Test
    void the_guides_flow_runs_entirely_in_the_console_by_keyboard_at_both_widths() {
        signInByKeyboard();
        browser.waitForHeading("Overview");
        browser.assertAccessible("the overview");

        sellerForm("seller-1", "923663487");
        browser.type("payout_destination_name", "Oslo Kaffe");
        browser.type("payout_destination_description", "AUTO_APPROVE");
        browser.type("organization.name", "Oslo Kaffe AS");
        browser.assertAccessible("the seller form");
        browser.click("Apply");
        browser.waitForHeading("Seller seller-1");
        assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText()).contains("ACTIVE");

        createStore("oslo-center", "Oslo Center", "seller-1");
        browser.assertAccessible("a store");

        browser.get(base + "/backoffice/#/terminals/new");
        browser.waitForHeading("Register a terminal");
        browser.type("device_serial_number", "158222607285");
        browser.type("store_id", "oslo-center");
        browser.click("Register");
        browser.waitForHeading("Terminal T00000001-T");
        assertThat(browser.waitFor(By.id("readiness")).getText()).startsWith("Ready");
        browser.screenshot(test + "-ready");
        browser.assertAccessible("a terminal");

        browser.click("Check with a session");
        browser.waitForText(By.id("session-result"), "is CREATED");
        assertThat(browser.script("return document.cookie === '' && localStorage.length === 0 && sessionStorage.length === 0;"))
                .as("the token lives in the tab's memory only").isEqualTo(true);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(server.credentials[1]);

        browser.get(base + "/backoffice/#/events");
        browser.waitForText(By.cssSelector("main table"), "account_terminal_add");
        browser.driver.findElement(By.linkText("account_terminal_add")).click();
        browser.waitForHeading("account_terminal_add");
        assertThat(browser.driver.findElement(By.cssSelector("main pre")).getText()).contains("{}");
        browser.assertAccessible("an event");

        browser.width(375);
        browser.get(base + "/backoffice/#/overview");
        browser.waitForHeading("Overview");
        assertThat(browser.fitsTheWindow()).as("the overview at 375 pixels").isTrue();
        browser.assertAccessible("the overview at 375 pixels");
        browser.get(base + "/backoffice/#/terminals");
        browser.waitForText(By.cssSelector("main table"), "158222607285");
        assertThat(browser.fitsTheWindow()).as("the terminal list at 375 pixels").isTrue();
        browser.screenshot(test + "-375");
    }

    @Test
    void a_refusal_shows_the_apis_code_and_message_and_the_field_errors_at_their_fields() {
        browser.get(base + "/backoffice/");
        browser.waitForHeading("Sign in");
        browser.type("client_id", server.credentials[0]);
        browser.type("client_secret", "not-the-secret");
        browser.click("Sign in");
        browser.waitForText(By.cssSelector("main .refusal"), "UNAUTHORIZED");
        assertThat(browser.alertShown()).as("no credential prompt of the browser's own").isFalse();

        signIn();
        browser.get(base + "/backoffice/#/stores/new");
        browser.waitForHeading("New store");
        browser.type("payout_destination.payout_destination_id", "nobody");
        browser.type("phone_number", "12");
        browser.click("Create store");
        browser.waitForText(By.cssSelector("main .refusal"), "VALIDATION_ERROR");
        WebElement name = browser.field("store_name");
        WebElement nameError = browser.errorOf(name);
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(nameError.isDisplayed()).isTrue();
        assertThat(nameError.getText()).isNotBlank();
        assertThat(browser.errorOf(browser.field("phone_number")).getText()).as("the phone number's own error, beside it")
                .isNotBlank();
        browser.assertAccessible("a refused form");
    }

    @Test
    void a_csv_of_1000_terminals_is_imported_with_progress_and_a_report_row_by_row() throws Exception {
        ApiClient api = signedInApi();
        String token = token(api);
        activeSellerAndStore(api, token, "seller-import", "912345688", "import-store");
        List<String> rows = IntStream.range(0, 1000).mapToObj(i -> switch (i) {
            case 10 -> "IMP-%06d,TOASTER9,import-store".formatted(i);
            case 20 -> "IMP-%06d,SATURN1000,no-such-store".formatted(i);
            default -> "IMP-%06d,SATURN1000,import-store,Till %d".formatted(i, i);
        }).toList();
        Path csv = Files.writeString(folder.resolve("terminals.csv"),
                "device_serial_number,device_model,store_id,label\n" + String.join("\n", rows) + "\n");

        signIn();
        browser.get(base + "/backoffice/#/import");
        browser.waitForHeading("Import terminals");
        browser.driver.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.waitForValue(By.id("import-text"), "IMP-000999");
        browser.click("Import");
        browser.waitForText(By.id("import-counter"), "rows");
        browser.screenshot(test + "-running");
        browser.waitForText(By.id("import-counter"), "1000 rows: 998 registered, 2 refused.");

        WebElement progress = browser.driver.findElement(By.id("import-progress"));
        List<WebElement> report = browser.driver.findElements(By.cssSelector("#import-report tbody tr"));
        String refused = browser.driver.findElements(By.cssSelector("#import-report .row-refused")).stream()
                .map(WebElement::getText).collect(Collectors.joining("\n"));
        assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max")).isEqualTo("1000");
        assertThat(report).hasSize(1000);
        assertThat(refused).contains("UNSUPPORTED_DEVICE_MODEL").contains("STORE_NOT_FOUND");
        assertThat(report.get(10).getText()).as("row 10 of the data, line 12 of the file").startsWith("12")
                .contains("UNSUPPORTED_DEVICE_MODEL");
        assertThat(api.get(ACCOUNT + "/terminals?device_serial_number=IMP-000999").token(token).send().json()
                .get("terminals")).hasSize(1);
        browser.assertAccessible("the import report");
    }

    @Test
    void a_terminal_moves_to_another_store() {
        ApiClient api = signedInApi();
        String token = token(api);
        activeSellerAndStore(api, token, "seller-move", "912345696", "move-from");
        api.post(ACCOUNT + "/stores").token(token).json(Bodies.store("move-to", "seller-move")).send();
        String terminal = api.post(ACCOUNT + "/terminals").token(token).json(Bodies.terminal("MOVE-0001", "move-from"))
                .send().text("/terminal_id");

        signIn();
        browser.get(base + "/backoffice/#/terminals/" + terminal);
        browser.waitForHeading("Terminal " + terminal);
        new Select(browser.field("store_id")).selectByVisibleText("move-to");
        browser.click("Move");
        browser.waitForText(By.cssSelector(".facts"), "move-to");

        assertThat(api.get(ACCOUNT + "/terminals/" + terminal).token(token).send().text("/store_id")).isEqualTo("move-to");
    }

    @Test
    void a_kyc_case_is_taken_through_its_actions() {
        signIn();
        sellerForm("seller-review", "912345718");
        browser.type("organization.name", "Review AS");
        browser.type("address.address_line", "Storgata 1");
        browser.type("address.postal_code", "0155");
        browser.type("address.postal_place", "Oslo");
        browser.type("bank_accounts[0].bank_account_number", "NO9386011117947");
        new Select(browser.field("bank_accounts[0].bank_account_number_type")).selectByVisibleText("IBAN");
        browser.click("Apply");
        expectCase("WAITING_FOR_DECLARATION");

        browser.click("Submit declaration");
        expectCase("WAITING_FOR_SIGNATURE");
        browser.click("Sign");
        expectCase("UNDER_MANUAL_REVIEW");
        browser.type("reason", "Add a phone number");
        browser.click("Request details");
        expectCase("WAITING_FOR_DETAILS");
        browser.type("phone_number", "+4722334466");
        browser.click("Submit details");
        expectCase("UNDER_MANUAL_REVIEW");
        browser.driver.findElements(By.cssSelector("main [name='reason']")).get(1).sendKeys("Phone number confirmed");
        browser.click("Approve");
        expectCase("ACTIVE");

        assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText()).contains("Phone number confirmed");
        browser.assertAccessible("a seller's case");
    }

    @Test
    void names_show_as_the_characters_they_are_and_no_script_runs() {
        String sellerName = "\"><script>window.__xss = 1</script>";
        String storeName = "<img src=x onerror=alert(1)>";
        signIn();
        sellerForm("seller-xss", "912345726");
        browser.type("payout_destination_name", sellerName);
        browser.type("payout_destination_description", "AUTO_APPROVE");
        browser.click("Apply");
        browser.waitForHeading("Seller seller-xss");
        createStore("xss-store", storeName, "seller-xss");

        browser.get(base + "/backoffice/#/stores");
        browser.waitForText(By.cssSelector("main table"), storeName);
        browser.get(base + "/backoffice/#/sellers/seller-xss");
        browser.waitForHeading("Seller seller-xss");

        assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText()).contains(sellerName);
        assertThat(browser.alertShown()).isFalse();
        assertThat(browser.script("return window.__xss === undefined;")).isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
        browser.get(base + "/backoffice/#/stores/xss-store");
        browser.waitForText(By.cssSelector(".facts"), storeName);
        assertThat(browser.alertShown()).isFalse();
        assertThat(browser.driver.findElements(By.cssSelector("main img"))).isEmpty();
    }

    @Test
    void an_operation_is_started_on_a_terminal_page_and_watched_until_the_device_has_done_it() {
        ApiClient api = signedInApi();
        String token = token(api);
        activeSellerAndStore(api, token, "seller-ops", "912345742", "ops-store");
        String terminal = api.post(ACCOUNT + "/terminals").token(token).json(Bodies.terminal("OPS-0001", "ops-store"))
                .send().text("/terminal_id");

        signIn();
        browser.get(base + "/backoffice/#/terminals/" + terminal);
        browser.waitForHeading("Terminal " + terminal);
        new Select(browser.field("operation")).selectByVisibleText("end_of_day");
        browser.click("Start operation");
        browser.waitForText(By.id("operation-status"), "end_of_day COMPLETED");

        assertThat(browser.driver.findElement(By.id("operations")).getText()).contains("end_of_day", "COMPLETED");
        browser.assertAccessible("a terminal's operations");
        assertThat(api.get(ACCOUNT + "/terminals/" + terminal + "/operations").token(token).send().text("/operations/0/status"))
                .isEqualTo("COMPLETED");
    }

    @Test
    void a_webhook_subscription_is_made_pinged_and_its_delivery_log_watched_and_redelivered() throws Exception {
        ApiClient api = signedInApi();
        String token = token(api);
        activeSellerAndStore(api, token, "seller-hooks", "912345734", "hooks-store");
        try (LoopbackReceiver receiver = LoopbackReceiver.start(Clock.systemUTC())) {
            signIn();
            browser.get(base + "/backoffice/#/webhooks/new");
            browser.waitForHeading("New subscription");
            browser.type("url", receiver.url());
            browser.type("events", "account_store_update");
            browser.click("Create subscription");
            browser.waitForText(By.cssSelector(".notice"), "whsec_");
            receiver.trust(browser.driver.findElement(By.cssSelector(".secret")).getText());
            browser.assertAccessible("a new subscription with its secret shown once");

            browser.click("Send ping");
            browser.waitForText(By.cssSelector("main [role=status][aria-live]"), "Ping delivered: HTTP 204");
            api.put(ACCOUNT + "/stores/hooks-store").token(token).json("{\"store_name\": \"Hooks, renamed\"}").send();
            awaitReceived(receiver, 2);
            browser.get(base + "/backoffice/#/webhooks");
            browser.waitForHeading("Webhooks");
            browser.driver.findElement(By.cssSelector("main table a")).click();
            browser.waitForText(By.cssSelector("main table"), "DELIVERED");
            browser.assertAccessible("a subscription's delivery log");
            browser.click("Redeliver");
            browser.waitForText(By.cssSelector("main [role=status][aria-live]"), "queued again");
            awaitReceived(receiver, 3);

            List<LoopbackReceiver.Received> received = receiver.received();
            assertThat(received).extracting(LoopbackReceiver.Received::event)
                    .containsExactly("ping", "account_store_update", "account_store_update");
            assertThat(received).allMatch(LoopbackReceiver.Received::verified);
            assertThat(received.get(2).deliveryId()).isEqualTo(received.get(1).deliveryId());
        }
    }

    private static void awaitReceived(LoopbackReceiver receiver, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (receiver.received().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(receiver.received()).as("deliveries by the running server's dispatcher").hasSize(count);
    }

    /** The new-seller form, with the seller's id and its company's organization number filled in. */
    private void sellerForm(String id, String organizationNumber) {
        browser.get(base + "/backoffice/#/sellers/new");
        browser.waitForHeading("New seller");
        browser.type("payout_destination_id", id);
        browser.type("organization_number", organizationNumber);
    }

    private void createStore(String id, String name, String seller) {
        browser.get(base + "/backoffice/#/stores/new");
        browser.waitForHeading("New store");
        browser.type("store_id", id);
        browser.type("store_name", name);
        browser.type("payout_destination.payout_destination_id", seller);
        browser.click("Create store");
        browser.waitForHeading("Store " + id);
    }

    private void expectCase(String status) {
        browser.waitForText(By.cssSelector(".facts dd"), status);
    }

    /** Signs in as the README says: the credentials the server printed on first start. */
    private void signIn() {
        browser.get(base + "/backoffice/");
        browser.waitForHeading("Sign in");
        browser.type("client_id", server.credentials[0]);
        browser.type("client_secret", server.credentials[1]);
        browser.click("Sign in");
        browser.waitForHeading("Overview");
    }

    private void signInByKeyboard() {
        browser.get(base + "/backoffice/");
        browser.waitForHeading("Sign in");
        WebElement id = browser.field("client_id");
        id.click();
        id.sendKeys(server.credentials[0], Keys.TAB, server.credentials[1], Keys.ENTER);
    }

    private ApiClient signedInApi() {
        return new ApiClient(base, OpenApiContract.shared());
    }

    private String token(ApiClient api) {
        return api.post("/v1/auth/token").header("Authorization", TokenTest.basic(server.credentials[0], server.credentials[1]))
                .json("{\"grant_type\": \"client_credentials\"}").send().text("/access_token");
    }

    private static void activeSellerAndStore(ApiClient api, String token, String seller, String organization, String store) {
        assertThat(api.post(ACCOUNT + "/management/settings/approvals/payout-destinations").token(token)
                .json(Bodies.seller(seller, organization, "AUTO_APPROVE")).send().status()).isEqualTo(201);
        assertThat(api.post(ACCOUNT + "/stores").token(token).json(Bodies.store(store, seller)).send().status()).isEqualTo(201);
    }
}
