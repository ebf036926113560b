package io.meterflow.jobs.config;

import io.meterflow.jobs.services.LocalServiceException;
import io.meterflow.jobs.services.RepositoryRoot;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.services.ServiceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The endpoints of the local services, which {@code bin/meterflow services start} writes to {@code
 * <servicesDir>/endpoints.properties}: when present, they replace the built-in defaults, so that
 * every command finds the local Kafka, registry and Cassandra on whatever free ports they got.
 */
final class ServicesEndpointsFile {

  private ServicesEndpointsFile() {}

  /**
   * The services folder of this process, as {@code services start} chose it ({@link
   * ServiceSettings}). Outside a checkout (a job on a cluster) only MF_SERVICES_DIR can name one.
   */
  static Path servicesDirectory() {
    return ServiceSettings.forThisProcess(ServicesEndpointsFile::checkoutOrWorkingDirectory)
        .servicesRoot();
  }

  private static Path checkoutOrWorkingDirectory() {
    try {
      return RepositoryRoot.locate();
    } catch (LocalServiceException e) {
      // Not in a checkout: there is no services folder to find, and none will be read.
      return Path.of("").toAbsolutePath();
    }
  }

  /** The endpoint settings in the folder's file, or none when there is no file. */
  static Map<String, String> read(Path servicesDirectory) {
    Path file = servicesDirectory.resolve(ServiceSettings.ENDPOINTS_FILE);
    Map<String, String> endpoints = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return endpoints;
    }
    ServiceEndpoints services;
    try {
      services = ServiceEndpoints.readFrom(file);
    } catch (IOException e) {
      throw new ConfigException(
          file + " cannot be read (" + e.getMessage() + "): run 'bin/meterflow services start'.");
    }
    endpoints.put(KafkaSettings.BOOTSTRAP_SERVERS.key(), services.kafkaBootstrapServers());
    endpoints.put(RegistrySettings.URL.key(), services.registryUrl());
    endpoints.put(CassandraSettings.CONTACT_POINTS.key(), services.cassandraContactPoint());
    endpoints.put(CassandraSettings.LOCAL_DATACENTER.key(), services.cassandraLocalDatacenter());
    return endpoints;
  }
}
