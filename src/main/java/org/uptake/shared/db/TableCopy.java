package org.uptake.shared.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many rows with PostgreSQL's {@code COPY … FROM STDIN}, on the connection of the current
 * transaction, as one statement: ten to fifty times faster than batched inserts, and
 * foreign keys between rows of the same copy (a manager in the same file) are checked at its end.
 */
@Component
public class TableCopy {

    private static final int FLUSH_BYTES = 256 * 1024;

    private final DataSource dataSource;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TableCopy(DataSource dataSource, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Takes {@code count} ids from the identity sequence of {@code table} (a constant of the
     * caller, never user input), so that copied rows can point at each other before they exist.
     */
    public java.util.List<Long> nextIds(String table, int count) {
        if (count == 0) {
            return java.util.List.of();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params(table, count).query(Long.class).list();
    }

    /**
     * Copies the rows the producer emits into {@code target}, e.g. {@code "person (id, full_name)"}.
     * Must run inside a transaction so that the rows commit or roll back with the rest.
     *
     * @return the number of rows copied
     */
    public long copy(String target, Consumer<Rows> producer) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin (format text)");
            var rows = new Rows(copy);
            try {
                producer.accept(rows);
                rows.flush();
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw translate(target, e);
        } catch (CopyFailed e) {
            throw translate(target, e.cause);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static RuntimeException translate(String target, SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
            return new DataIntegrityViolationException(e.getMessage(), e);
        }
        return new UncategorizedSQLException("copy " + target, null, e);
    }

    /** Carries a failure of the server out of a producer callback, which cannot throw SQLException. */
    private static final class CopyFailed extends RuntimeException {
        private final SQLException cause;

        CopyFailed(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** The rows of one copy, encoded in PostgreSQL's text format as they come. */
    public static final class Rows {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        /** One row; {@code null} is SQL NULL, everything else is written as its {@code toString()}. */
        public void add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                append(values[i]);
            }
            buffer.append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void append(Object value) {
            if (value == null) {
                buffer.append("\\N");
                return;
            }
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }

        void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new CopyFailed(e);
            }
            buffer.setLength(0);
        }
    }
}
