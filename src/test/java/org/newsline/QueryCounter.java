package org.newsline;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements that request threads send, so tests can check that a page costs a fixed,
 * small number of queries whatever the data. Background threads (followers, jobs) are not counted.
 * While {@link #recording} runs, the queries request threads execute are also kept, with their parameter
 * values written in, so a test can {@code EXPLAIN} exactly what the pages ask.
 */
public final class QueryCounter implements BeanPostProcessor {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static volatile List<String> recorded;

    public static long statements() {
        return STATEMENTS.get();
    }

    /** Runs {@code action} and returns the SQL of every query request threads executed meanwhile. */
    public static synchronized List<String> recording(Runnable action) {
        List<String> queries = Collections.synchronizedList(new ArrayList<>());
        recorded = queries;
        try {
            action.run();
        } finally {
            recorded = null;
        }
        return List.copyOf(queries);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? countingConnection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection countingConnection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            String name = method.getName();
            boolean request = Thread.currentThread().getName().contains("-exec-");
            if ((name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall"))
                    && request) {
                STATEMENTS.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            List<String> queries = recorded;
            if (queries != null && request && name.equals("prepareStatement")) {
                return recordingStatement((PreparedStatement) result, queries);
            }
            return result;
        });
    }

    /** PostgreSQL's driver prints a prepared statement as its SQL with the bound values written in. */
    private static PreparedStatement recordingStatement(PreparedStatement statement, List<String> queries) {
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                queries.add(((PreparedStatement) target)
                        .unwrap(PreparedStatement.class)
                        .toString());
            }
            return invoke(target, method, args);
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> method.getDeclaringClass() == Object.class
                ? invoke(target, method, args)
                : handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }
}
