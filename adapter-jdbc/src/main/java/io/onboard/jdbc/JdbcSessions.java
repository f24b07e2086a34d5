package io.onboard.jdbc;

import io.onboard.application.port.out.Sessions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.common.Website;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.session.Money;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.SessionOrder;
import io.onboard.domain.session.SessionStatus;
import io.onboard.domain.session.SessionTarget;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;
import java.util.Optional;

/** Accepted terminal sessions in {@code sessions}. */
final class JdbcSessions implements Sessions {
    private final JdbiTransactions db;

    JdbcSessions(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(TerminalSession session) {
        SessionOrder order = session.order();
        db.with(h -> h.createUpdate("""
                        INSERT INTO sessions (id, account_id, amount, currency, merchant_reference, store_id, terminal_id,
                                              payout_destination_id, profile_id, callback_url, status, created_at)
                        VALUES (:id, :account_id, :amount, :currency, :merchant_reference, :store_id, :terminal_id,
                                :payout_destination_id, :profile_id, :callback_url, :status, :created_at)""")
                .bind("id", session.id().value())
                .bind("account_id", session.accountId().value())
                .bind("amount", order.money().amount())
                .bind("currency", order.money().currency().value())
                .bind("merchant_reference", order.merchantReference())
                .bind("store_id", order.target().storeId().value())
                .bind("terminal_id", order.target().terminalId().value())
                .bind("payout_destination_id", order.target().payoutDestinationId().value())
                .bind("profile_id", session.profileId())
                .bind("callback_url", session.callbackUrl() == null ? null : session.callbackUrl().value())
                .bind("status", session.status().name())
                .bind("created_at", Columns.millis(session.createdAt()))
                .execute());
    }

    @Override
    public Optional<TerminalSession> find(SessionId id) {
        return db.with(h -> h.createQuery("SELECT * FROM sessions WHERE id = ?").bind(0, id.value())
                .map((rs, ctx) -> new TerminalSession(new SessionId(rs.getString("id")),
                        new AccountId(rs.getString("account_id")),
                        new SessionOrder(new Money(rs.getLong("amount"), new CurrencyCode(rs.getString("currency"))),
                                rs.getString("merchant_reference"),
                                new SessionTarget(new StoreId(rs.getString("store_id")),
                                        TerminalId.parse(rs.getString("terminal_id")),
                                        new PayoutDestinationId(rs.getString("payout_destination_id")))),
                        rs.getString("profile_id"), Columns.value(rs.getString("callback_url"), Website::new),
                        SessionStatus.valueOf(rs.getString("status")), Columns.instant(rs, "created_at")))
                .findOne());
    }
}
