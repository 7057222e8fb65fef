package org.citemeta.support;

import org.junit.jupiter.api.AfterEach;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of the fault ITs: a PostgreSQL the test owns and the service processes it starts against it, all stopped
 * (services first, then the database) and cleaned up after each test, whatever happened.
 */
public abstract class WithOwnDatabase {

    protected OwnPostgres db;
    private final List<ServiceProcess> services = new ArrayList<>();

    /** Starts the test's own PostgreSQL. */
    protected OwnPostgres startDatabase() {
        db = new OwnPostgres().start();
        return db;
    }

    /** A service process on the test's database (not launched yet), stopped after the test. */
    protected ServiceProcess newService(String... properties) {
        ServiceProcess s = new ServiceProcess(db.jdbcUrl(), properties);
        services.add(s);
        return s;
    }

    @AfterEach
    void stopEverything() throws Exception {
        Exception first = null;
        for (ServiceProcess s : services) {
            try {
                s.close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        services.clear();
        if (db != null) {
            db.close();
            db = null;
        }
        if (first != null) {
            throw first;
        }
    }
}
