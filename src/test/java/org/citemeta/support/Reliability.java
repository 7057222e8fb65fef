package org.citemeta.support;

import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The ledger of the {@code reliability} test group: what was tried, and what it cost. Tests of the group send
 * their requests through {@link #api()} / {@link #invalidRequest()} (contract validation plus counting), record
 * their cases, injected faults and lost documents; the table is printed once when the test plan ends (registered
 * as a JUnit Platform listener in {@code META-INF/services}).
 */
public final class Reliability implements TestExecutionListener {

    // @QuarkusTest classes run in Quarkus' class loader and the listener in the launcher's: the counters live in
    // the system properties (one JDK object per JVM, so both see the same ones), as strings (libraries such as
    // Narayana copy the system properties and fail on non-string values), updated under the Properties' lock.
    static final Counter CASES = new Counter("cases");
    static final Counter REQUESTS = new Counter("requests");
    static final Counter FAULTS = new Counter("faults");
    static final Counter LOST = new Counter("lost");
    static final Counter SERVER_ERRORS = new Counter("server-errors");
    static final Counter UNAVAILABLE = new Counter("unavailable");

    /** A counter shared by every class loader of this JVM. */
    record Counter(String key) {
        Counter {
            key = "reliability-ledger." + key; // outside the citemeta.* config root, which Quarkus validates
        }

        long addAndGet(long n) {
            java.util.Properties p = System.getProperties();
            synchronized (p) {
                long v = Long.parseLong(p.getProperty(key, "0")) + n;
                p.setProperty(key, Long.toString(v));
                return v;
            }
        }

        long incrementAndGet() {
            return addAndGet(1);
        }

        long get() {
            return addAndGet(0);
        }
    }

    private static final Filter COUNT = (req, res, ctx) -> {
        REQUESTS.incrementAndGet();
        var response = ctx.next(req, res);
        int status = response.getStatusCode();
        if (status == 503) {
            UNAVAILABLE.incrementAndGet();
        } else if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        return response;
    };

    /** A contract-checked request that the ledger counts. */
    public static RequestSpecification api() {
        return Contract.api().filter(COUNT);
    }

    /** A deliberately invalid request (response still contract-checked) that the ledger counts. */
    public static RequestSpecification invalidRequest() {
        return Contract.invalidRequest().filter(COUNT);
    }

    /** Counts a request sent outside REST Assured (raw sockets, HttpClient), with its status. */
    public static void countRequest(int status) {
        REQUESTS.incrementAndGet();
        if (status == 503) {
            UNAVAILABLE.incrementAndGet();
        } else if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
    }

    public static void caseTried() {
        CASES.incrementAndGet();
    }

    public static void faultInjected() {
        FAULTS.incrementAndGet();
    }

    public static void documentsLost(long n) {
        LOST.addAndGet(n);
    }

    public static long serverErrors() {
        return SERVER_ERRORS.get();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (CASES.get() == 0) {
            return;
        }
        System.out.println();
        System.out.println("+------------------------- reliability -------------------------+");
        row("cases tried", CASES.get());
        row("requests sent", REQUESTS.get());
        row("faults injected", FAULTS.get());
        row("documents lost (must be 0)", LOST.get());
        row("5xx answers other than 503 (must be 0)", SERVER_ERRORS.get());
        row("503 answers (database outage / busy)", UNAVAILABLE.get());
        System.out.println("+---------------------------------------------------------------+");
    }

    private static void row(String name, long value) {
        System.out.printf("| %-48s %12d |%n", name, value);
    }
}
