package io.onboard.http;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one table of error codes: what each means, the status it comes with, and which operation can answer
 * with which. The served {@code openapi.yaml} lists exactly these per operation ({@link OpenApiDocument} writes
 * them in at build time), and the tests' oracle refuses any response whose code its operation does not list,
 * so the document cannot promise less than the server does.
 */
final class ErrorCatalog {

    /** One code and the status it always comes with. */
    record Code(String name, int status, String meaning) {
        /** Whether an answer with this code says in {@code Retry-After} when to try again. */
        boolean saysWhenToRetry() {
            return name.equals("OPERATION_IN_PROGRESS");
        }
    }

    private static final Map<String, Code> CODES = new LinkedHashMap<>();

    private static final Code VALIDATION_ERROR = code("VALIDATION_ERROR", 400,
            "The request is invalid; `errors` names every field (or query parameter, or header) at fault, all at once.");
    private static final Code MALFORMED_JSON = code("MALFORMED_JSON", 400,
            "The body is not one JSON object in UTF-8.");
    private static final Code INVALID_TYPE = code("INVALID_TYPE", 400,
            "A field has the wrong JSON type; `errors` names it.");
    private static final Code UNKNOWN_FIELD = code("UNKNOWN_FIELD", 400,
            "The body has a field this request does not take; `errors` names it.");
    private static final Code BAD_REQUEST = code("BAD_REQUEST", 400,
            "The HTTP request itself is broken (framing, encoding, headers); also 414, 431 and 505 from the web server.");
    private static final Code INVALID_CURSOR = code("INVALID_CURSOR", 400,
            "`starting_after` is not a cursor this list gave out.");
    private static final Code UNSUPPORTED_DEVICE_MODEL = code("UNSUPPORTED_DEVICE_MODEL", 400,
            "The device model is not one Onboard supports.");
    private static final Code PAYOUT_DESTINATION_NOT_FOUND = code("PAYOUT_DESTINATION_NOT_FOUND", 400,
            "The seller the request links to does not exist in this account.");
    private static final Code ORGANIZATION_MISMATCH = code("ORGANIZATION_MISMATCH", 400,
            "The store's organization number is not its seller's.");
    private static final Code STORE_NOT_FOUND = code("STORE_NOT_FOUND", 400,
            "The store the request names does not exist (or was deleted) in this account.");
    private static final Code STORE_NOT_ACTIVE = code("STORE_NOT_ACTIVE", 400,
            "The store is not active, so terminals cannot be added or provisioned there.");
    private static final Code STORE_FIELDS_INCOMPLETE = code("STORE_FIELDS_INCOMPLETE", 400,
            "`order.store` needs `id`, `terminal_id` and `payout_destination_id`, or none of them.");
    private static final Code TERMINAL_NOT_IN_STORE = code("TERMINAL_NOT_IN_STORE", 400,
            "The terminal is not registered to the store the session names.");
    private static final Code PAYOUT_DESTINATION_MISMATCH = code("PAYOUT_DESTINATION_MISMATCH", 400,
            "The store is linked to another seller than the session names.");
    private static final Code TERMINAL_NOT_ENROLLED = code("TERMINAL_NOT_ENROLLED", 400,
            "The terminal's chain is not in place; `errors` lists each failed enrollment check.");
    private static final Code TERMINAL_NOT_ACTIVE = code("TERMINAL_NOT_ACTIVE", 409,
            "Only an ACTIVE terminal takes operations.");
    private static final Code OPERATION_IN_PROGRESS = code("OPERATION_IN_PROGRESS", 409,
            "The terminal is running another operation (named in the message); `Retry-After` says when to try again at the latest.");
    private static final Code INVALID_WEBHOOK_URL = code("INVALID_WEBHOOK_URL", 400,
            "The account may not deliver webhooks to this URL: production needs https and a host with public addresses only.");
    private static final Code UNAUTHORIZED = code("UNAUTHORIZED", 401,
            "Missing, invalid or expired bearer token; on the token call, wrong client credentials.");
    private static final Code ACCOUNT_MISMATCH = code("ACCOUNT_MISMATCH", 403,
            "The token belongs to another account than the path names.");
    private static final Code INSUFFICIENT_SCOPE = code("INSUFFICIENT_SCOPE", 403,
            "The token lacks the scope this operation needs.");
    private static final Code NOT_FOUND = code("NOT_FOUND", 404,
            "No such resource in this account (or no such endpoint).");
    /** No operation answers with it: it is what a path answers to a method it has no operation for. */
    private static final Code METHOD_NOT_ALLOWED = code("METHOD_NOT_ALLOWED", 405,
            "The path exists but takes other methods; `Allow` names them.");
    private static final Code DUPLICATE_PAYOUT_DESTINATION = code("DUPLICATE_PAYOUT_DESTINATION", 409,
            "The account already has a seller with this `payout_destination_id`.");
    private static final Code DUPLICATE_LEGAL_ENTITY = code("DUPLICATE_LEGAL_ENTITY", 409,
            "The account already has a seller for this organization.");
    private static final Code DUPLICATE_STORE_ID = code("DUPLICATE_STORE_ID", 409,
            "The account already has a store with this `store_id`.");
    private static final Code DUPLICATE_SERIAL_NUMBER = code("DUPLICATE_SERIAL_NUMBER", 409,
            "A terminal with this model and serial number is already registered.");
    private static final Code INVALID_CASE_TRANSITION = code("INVALID_CASE_TRANSITION", 409,
            "The seller's case status does not allow this step.");
    private static final Code CASE_LOCKED = code("CASE_LOCKED", 409,
            "The case has been approved, so its legal data can no longer change.");
    private static final Code STORE_HAS_TERMINALS = code("STORE_HAS_TERMINALS", 409,
            "The store still has terminals; remove them first.");
    private static final Code STORE_DELETED = code("STORE_DELETED", 409,
            "The store has been deleted and can no longer change.");
    private static final Code TERMINAL_DELETED = code("TERMINAL_DELETED", 409,
            "The terminal has been removed and can no longer change.");
    private static final Code INVALID_STATUS_TRANSITION = code("INVALID_STATUS_TRANSITION", 409,
            "The terminal's status does not allow this change.");
    private static final Code TERMINAL_NOT_RETRYABLE = code("TERMINAL_NOT_RETRYABLE", 409,
            "Provisioning can be retried only for a terminal whose provisioning failed.");
    private static final Code CONCURRENT_MODIFICATION = code("CONCURRENT_MODIFICATION", 409,
            "Another request changed the resource at the same moment; read it again and retry.");
    private static final Code IDEMPOTENCY_KEY_REUSED = code("IDEMPOTENCY_KEY_REUSED", 409,
            "This `Idempotency-Key` was used for a different request.");
    private static final Code PRECONDITION_FAILED = code("PRECONDITION_FAILED", 412,
            "`If-Match` names no current representation of the resource.");
    private static final Code PAYLOAD_TOO_LARGE = code("PAYLOAD_TOO_LARGE", 413,
            "The body is larger than 1 MiB.");
    private static final Code UNSUPPORTED_MEDIA_TYPE = code("UNSUPPORTED_MEDIA_TYPE", 415,
            "The body is not sent as `application/json` (UTF-8).");
    private static final Code INTERNAL_ERROR = code("INTERNAL_ERROR", 500,
            "A bug on our side; the message carries the request id, which is also in the server's log line for it.");

    /** What any call can meet: a broken HTTP request, or a bug. */
    private static final List<Code> ANY = List.of(BAD_REQUEST, INTERNAL_ERROR);
    /** What every call with a bearer token can meet. */
    private static final List<Code> BEARER = join(ANY, List.of(UNAUTHORIZED, INSUFFICIENT_SCOPE));
    /** Calls under {@code /v1/accounts/{aid}}. */
    private static final List<Code> IN_ACCOUNT = plus(BEARER, ACCOUNT_MISMATCH);
    private static final List<Code> JSON_BODY = List.of(VALIDATION_ERROR, MALFORMED_JSON, INVALID_TYPE, UNKNOWN_FIELD,
            PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE);
    /** A POST may carry an {@code Idempotency-Key}, which must be well formed and not reused. */
    private static final List<Code> IDEMPOTENT = List.of(VALIDATION_ERROR, IDEMPOTENCY_KEY_REUSED);
    private static final List<Code> LIST = List.of(VALIDATION_ERROR, INVALID_CURSOR);
    /** Changes to an existing resource, which may name an {@code If-Match} and may race another writer. */
    private static final List<Code> CONDITIONAL = List.of(NOT_FOUND, PRECONDITION_FAILED, CONCURRENT_MODIFICATION);
    /** A call that takes no body refuses one it is sent. */
    private static final List<Code> NO_BODY = List.of(UNKNOWN_FIELD, BAD_REQUEST, PAYLOAD_TOO_LARGE);
    private static final List<Code> CASE_ACTION = join(IN_ACCOUNT, JSON_BODY, IDEMPOTENT,
            List.of(NOT_FOUND, INVALID_CASE_TRANSITION, CONCURRENT_MODIFICATION));
    /** The seller's steps that may complete or correct the case data, which an approved case refuses. */
    private static final List<Code> CASE_ACTION_WITH_DATA = plus(CASE_ACTION, CASE_LOCKED);

    private static final Map<String, List<Code>> BY_OPERATION = new LinkedHashMap<>();

    static {
        List<Code> token = join(ANY, JSON_BODY, List.of(UNAUTHORIZED));
        operation("issueToken", token);
        operation("revokeApiClient", join(IN_ACCOUNT, NO_BODY, List.of(NOT_FOUND)));
        operation("issueClientToken", token);
        operation("applyForPayoutDestination", join(IN_ACCOUNT, JSON_BODY, IDEMPOTENT,
                List.of(DUPLICATE_PAYOUT_DESTINATION, DUPLICATE_LEGAL_ENTITY)));
        for (String list : List.of("listPayoutDestinationApprovals", "listPayoutDestinations")) {
            operation(list, join(IN_ACCOUNT, LIST));
        }
        for (String get : List.of("getPayoutDestinationApproval", "getPayoutDestination")) {
            operation(get, plus(IN_ACCOUNT, NOT_FOUND));
        }
        for (String action : List.of("submitPayoutDestinationDeclaration", "submitPayoutDestinationDetails")) {
            operation(action, CASE_ACTION_WITH_DATA);
        }
        for (String action : List.of("signPayoutDestination", "archivePayoutDestination", "approvePayoutDestination",
                "declinePayoutDestination", "requestPayoutDestinationDetails", "terminatePayoutDestination")) {
            operation(action, CASE_ACTION);
        }
        operation("createStore", join(IN_ACCOUNT, JSON_BODY, IDEMPOTENT,
                List.of(DUPLICATE_STORE_ID, PAYOUT_DESTINATION_NOT_FOUND, ORGANIZATION_MISMATCH)));
        operation("listStores", join(IN_ACCOUNT, LIST));
        operation("getStore", plus(IN_ACCOUNT, NOT_FOUND));
        operation("updateStore", join(IN_ACCOUNT, JSON_BODY, CONDITIONAL,
                List.of(STORE_DELETED, PAYOUT_DESTINATION_NOT_FOUND, ORGANIZATION_MISMATCH)));
        operation("deleteStore", join(IN_ACCOUNT, NO_BODY, CONDITIONAL, List.of(STORE_HAS_TERMINALS, STORE_DELETED)));
        operation("registerTerminal", join(IN_ACCOUNT, JSON_BODY, IDEMPOTENT,
                List.of(UNSUPPORTED_DEVICE_MODEL, STORE_NOT_FOUND, DUPLICATE_SERIAL_NUMBER)));
        operation("listTerminals", join(IN_ACCOUNT, LIST, List.of(UNSUPPORTED_DEVICE_MODEL)));
        operation("getTerminal", join(IN_ACCOUNT, List.of(VALIDATION_ERROR, NOT_FOUND)));
        operation("updateTerminal", join(IN_ACCOUNT, JSON_BODY, CONDITIONAL,
                List.of(UNSUPPORTED_DEVICE_MODEL, INVALID_STATUS_TRANSITION, TERMINAL_DELETED, STORE_NOT_FOUND)));
        operation("removeTerminal", join(IN_ACCOUNT, NO_BODY, CONDITIONAL, List.of(VALIDATION_ERROR, TERMINAL_DELETED,
                OPERATION_IN_PROGRESS)));
        operation("syncTerminal", join(IN_ACCOUNT, NO_BODY, CONDITIONAL, IDEMPOTENT,
                List.of(TERMINAL_NOT_RETRYABLE, TERMINAL_DELETED, STORE_NOT_ACTIVE)));
        operation("checkReadiness", plus(IN_ACCOUNT, NOT_FOUND));
        operation("createSession", join(BEARER, JSON_BODY, IDEMPOTENT, List.of(STORE_FIELDS_INCOMPLETE, STORE_NOT_FOUND,
                TERMINAL_NOT_IN_STORE, PAYOUT_DESTINATION_MISMATCH, TERMINAL_NOT_ENROLLED)));
        operation("getSession", plus(BEARER, NOT_FOUND));
        operation("listEvents", join(IN_ACCOUNT, LIST));
        operation("getEvent", plus(IN_ACCOUNT, NOT_FOUND));
        operation("createSubscription", join(IN_ACCOUNT, JSON_BODY, IDEMPOTENT, List.of(INVALID_WEBHOOK_URL)));
        operation("listSubscriptions", join(IN_ACCOUNT, LIST));
        operation("getSubscription", plus(IN_ACCOUNT, NOT_FOUND));
        operation("updateSubscription", join(IN_ACCOUNT, JSON_BODY, CONDITIONAL, List.of(INVALID_WEBHOOK_URL)));
        operation("deleteSubscription", join(IN_ACCOUNT, NO_BODY, CONDITIONAL));
        operation("rotateSubscriptionSecret", join(IN_ACCOUNT, JSON_BODY, IDEMPOTENT,
                List.of(NOT_FOUND, CONCURRENT_MODIFICATION)));
        operation("pingSubscription", join(IN_ACCOUNT, NO_BODY, IDEMPOTENT, List.of(NOT_FOUND)));
        operation("listDeliveries", join(IN_ACCOUNT, LIST, List.of(NOT_FOUND)));
        operation("redeliver", join(IN_ACCOUNT, NO_BODY, IDEMPOTENT, List.of(NOT_FOUND, CONCURRENT_MODIFICATION)));
        operation("startTerminalOperation", join(IN_ACCOUNT, JSON_BODY, IDEMPOTENT,
                List.of(NOT_FOUND, TERMINAL_NOT_ACTIVE, OPERATION_IN_PROGRESS)));
        operation("listTerminalOperations", join(IN_ACCOUNT, LIST, List.of(NOT_FOUND)));
        operation("getTerminalOperation", plus(IN_ACCOUNT, NOT_FOUND));
        operation("health", ANY);
        operation("healthLive", ANY);
        operation("healthReady", ANY);
        operation("metrics", ANY);
        operation("openApi", ANY);
    }

    private ErrorCatalog() {
    }

    /** Every code, in the table's order. */
    static List<Code> codes() {
        return List.copyOf(CODES.values());
    }

    /** The operations the table knows, by {@code operationId}. */
    static Set<String> operations() {
        return BY_OPERATION.keySet();
    }

    /** The codes {@code operationId} can answer with, each once, in the table's order; unknown operations fail. */
    static List<Code> of(String operationId) {
        List<Code> codes = BY_OPERATION.get(operationId);
        if (codes == null) {
            throw new IllegalArgumentException("the error catalog has no operation " + operationId);
        }
        return codes;
    }

    private static Code code(String name, int status, String meaning) {
        Code code = new Code(name, status, meaning);
        CODES.put(name, code);
        return code;
    }

    private static void operation(String operationId, List<Code> codes) {
        Set<Code> distinct = new LinkedHashSet<>(codes);
        BY_OPERATION.put(operationId, CODES.values().stream().filter(distinct::contains).toList());
    }

    private static List<Code> plus(List<Code> codes, Code more) {
        return join(codes, List.of(more));
    }

    @SafeVarargs
    private static List<Code> join(List<Code>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
