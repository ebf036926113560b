package io.meterflow.jobs.testing;

import io.meterflow.jobs.services.LocalServices;
import io.meterflow.jobs.services.ServiceEndpoints;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests a real Kafka broker, Apicurio Registry and Cassandra node: resolves a
 * {@link ServiceEndpoints} parameter of a test constructor, a {@code @BeforeAll} or a test method,
 * and a {@link LocalServices} one for tests that stop and restart a service.
 *
 * <p>The services start once per test run, on first use, and are shared by every test class that
 * uses this extension; they stop when the run ends (or when the test JVM exits early). When {@code
 * MF_SERVICES_DIR} names a folder whose services are running and answer (started with {@code
 * bin/meterflow services start}), the tests use those and leave them running.
 */
public final class RealServicesExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RealServicesExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ServiceEndpoints.class || type == LocalServices.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The root store lives for the whole run and closes its AutoCloseable values at the end.
    SharedServices shared =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                SharedServices.class, key -> SharedServices.acquire(), SharedServices.class);
    return parameter.getParameter().getType() == LocalServices.class
        ? shared.local()
        : shared.endpoints();
  }
}
