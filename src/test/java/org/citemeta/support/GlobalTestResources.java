package org.citemeta.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers the database for every {@code @QuarkusTest} of the suite, so the application starts once. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public final class GlobalTestResources {
    private GlobalTestResources() {
    }
}
