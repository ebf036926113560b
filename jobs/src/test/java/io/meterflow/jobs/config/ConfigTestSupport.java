package io.meterflow.jobs.config;

import io.meterflow.jobs.services.ServiceEndpoints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Loaders isolated from the machine: no environment, and a services folder of the test's own. */
final class ConfigTestSupport {

  static final String PASSWORD = "s3cr3t-Pa55w0rd";

  private ConfigTestSupport() {}

  /** A loader that sees only the given environment and no local services. */
  static MeterflowConfigLoader loader(Path folder, Map<String, String> environment) {
    return new MeterflowConfigLoader()
        .environment(environment)
        .servicesDirectory(folder.resolve("no-services"));
  }

  static MeterflowConfigLoader loader(Path folder) {
    return loader(folder, Map.of());
  }

  /** The error of a configuration that must be rejected. */
  static ConfigException rejected(MeterflowConfigLoader loader) {
    try {
      loader.load();
    } catch (ConfigException e) {
      return e;
    }
    throw new AssertionError("The configuration was accepted");
  }

  static Path yaml(Path folder, String content) throws IOException {
    Path file = folder.resolve("meterflow.yaml");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** A services folder whose endpoints.properties is what services start writes. */
  static Path servicesFolder(Path folder, ServiceEndpoints endpoints) throws IOException {
    Path services = folder.resolve("services");
    endpoints.writeTo(services.resolve("endpoints.properties"));
    return services;
  }
}
