package org.frontline.benchmarks.cases;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the SQL statements the application sends while one operation runs (with their bound values), so that
 * the harness can say how many round trips an operation makes and EXPLAIN ANALYZE exactly those statements.
 * Recording is off during the timed runs: then connections hand out the driver's statements untouched.
 */
final class StatementLog implements BeanPostProcessor {

    /** One statement as sent: its SQL and the setter calls that bound its parameters, in order. */
    record Sent(String sql, List<Binding> bindings) {}

    record Binding(Method setter, Object[] args) {}

    private volatile boolean recording;
    private final List<Sent> sent = new ArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, (target, method, args) -> {
                var result = invoke(dataSource, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    /** Runs the operation once and answers the statements it sent. */
    synchronized List<Sent> record(IntSupplier operation) {
        sent.clear();
        recording = true;
        try {
            operation.getAsInt();
        } finally {
            recording = false;
        }
        return List.copyOf(sent);
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, (target, method, args) -> {
            var result = invoke(connection, method, args);
            if (!recording) {
                return result;
            }
            if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
                return prepared(statement, (String) args[0]);
            }
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return plain(statement);
            }
            return result;
        });
    }

    private PreparedStatement prepared(PreparedStatement statement, String sql) {
        var bindings = new ArrayList<Binding>();
        return proxy(PreparedStatement.class, (target, method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bindings.add(new Binding(method, args.clone()));
            }
            if (method.getName().startsWith("execute")) {
                synchronized (sent) {
                    sent.add(new Sent(sql, List.copyOf(bindings)));
                }
            }
            return invoke(statement, method, args);
        });
    }

    private Statement plain(Statement statement) {
        return proxy(Statement.class, (target, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
                synchronized (sent) {
                    sent.add(new Sent(sql, List.of()));
                }
            }
            return invoke(statement, method, args);
        });
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of a recorded SELECT with the values it was sent with. */
    static List<String> explain(Connection connection, Sent statement) throws SQLException {
        try (var explain = connection.prepareStatement("explain (analyze, buffers) " + statement.sql())) {
            for (var binding : statement.bindings()) {
                try {
                    binding.setter().invoke(explain, binding.args());
                } catch (ReflectiveOperationException e) {
                    throw new SQLException("Could not bind " + binding.setter().getName(), e);
                }
            }
            var lines = new ArrayList<String>();
            try (var rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return lines;
        }
    }

    /** Calls through to the driver's object, passing on what it throws unchanged (SQLExceptions included). */
    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
